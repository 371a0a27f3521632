package share

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

// expected is what a link should give back for a: the fields a link carries,
// with notes dropped unless they travel and categories in bit order.
func expected(a engine.Assessment, bank *engine.Bank, notes bool) engine.Assessment {
	want := engine.Assessment{
		ID: a.ID, Name: a.Name, Organization: a.Organization, Created: a.Created, Updated: a.Updated,
		Bank: bank.ID, BankVersion: bank.Version, Scope: a.Scope, Answers: engine.Answers{},
	}
	if mask, ok := categoryMask(a.Scope.Categories); ok {
		want.Scope.Categories, _ = categoryList(mask)
	}
	if len(a.Scope.OutOfScope) == 0 {
		want.Scope.OutOfScope = nil
	}
	if a.Plan != nil && *a.Plan != (engine.PlanInputs{}) {
		want.Plan = a.Plan
	}
	for id, ans := range a.Scoping {
		if ans.Choice == engine.Yes || ans.Choice == engine.No {
			if want.Scoping == nil {
				want.Scoping = engine.Answers{}
			}
			want.Scoping[id] = engine.Answer{Choice: ans.Choice}
		}
	}
	if r := a.Request; r != nil {
		q := engine.Request{ID: r.ID, From: r.From, Due: r.Due}
		if !r.Requirements.Empty() {
			q.Requirements = r.Requirements
		}
		if q != (engine.Request{}) {
			want.Request = &q
		}
	}
	for id, ans := range a.Answers {
		if !notes {
			ans.Note = ""
		}
		if ans != (engine.Answer{}) {
			want.Answers[id] = ans
		}
	}
	return want
}

func TestLinkRoundTrip(t *testing.T) {
	bank := synthBank(130, 3)
	full := completeAssessment(bank, true)
	empty := engine.Assessment{Bank: "soc2", BankVersion: 3, Scope: engine.Scope{Report: engine.SOC3}}
	tricky := engine.Assessment{
		Bank: "soc2", BankVersion: 2,
		Name:         `<script>alert("x")</script> & "quotes"`,
		Organization: "Ünïcödé GmbH 株式会社 🚀",
		Updated:      "2026-05-06T07:08:09+02:00",
		Scope:        engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"privacy", "security"}},
		Answers: engine.Answers{
			"q000": {Choice: engine.Operating, Note: "=HYPERLINK(\"http://x\")"},
			"q129": {Choice: engine.NA, Justification: "n/a\nline two"},
			"q007": {Choice: engine.No},
			"q050": {Note: "a note on an unanswered question"},
			"q051": {Choice: engine.Planned, Justification: "left over from an earlier N/A"},
		},
	}
	for _, tc := range []struct {
		name string
		a    engine.Assessment
		opts Options
	}{
		{"complete without notes", full, Options{}},
		{"complete with notes", full, Options{Notes: true}},
		{"complete, protected", full, Options{Notes: true, Passphrase: "correct horse battery staple"}},
		{"empty", empty, Options{}},
		{"markup and unicode", tricky, Options{Notes: true}},
		{"markup, protected", tricky, Options{Passphrase: "ß"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			frag, err := Encode(tc.a, bank, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(frag, Prefix) {
				t.Fatalf("fragment %q lacks the prefix", frag)
			}
			l, err := DecodeWithPassphrase("#"+frag, tc.opts.Passphrase, lookupOf(bank))
			if err != nil {
				t.Fatal(err)
			}
			want := expected(tc.a, bank, tc.opts.Notes)
			if tc.a.Updated != "" {
				want.Updated = mustStamp(t, tc.a.Updated)
			}
			if tc.a.Created != "" {
				want.Created = mustStamp(t, tc.a.Created)
			}
			if !reflect.DeepEqual(l.Assessment, want) {
				t.Errorf("decoded\n%+v\nwant\n%+v", l.Assessment, want)
			}
			if l.Kind != KindResults || l.Protected != (tc.opts.Passphrase != "") {
				t.Errorf("kind %d protected %v", l.Kind, l.Protected)
			}
			if tc.opts.Passphrase != "" {
				if _, err := Decode(frag, lookupOf(bank)); !errors.Is(err, ErrNeedPassphrase) {
					t.Errorf("no passphrase: got %v, want ErrNeedPassphrase", err)
				}
				if _, err := DecodeWithPassphrase(frag, tc.opts.Passphrase+"x", lookupOf(bank)); !errors.Is(err, ErrWrongPassphrase) {
					t.Errorf("wrong passphrase: got %v, want ErrWrongPassphrase", err)
				}
			}
		})
	}
}

func mustStamp(t *testing.T, s string) string {
	t.Helper()
	v, err := parseStamp(s)
	if err != nil {
		t.Fatal(err)
	}
	return v.UTC().Format("2006-01-02T15:04:05Z07:00")
}

func TestNotesTravelOnlyWhenChosen(t *testing.T) {
	bank := synthBank(130, 1)
	a := completeAssessment(bank, true)
	without, _ := Encode(a, bank, Options{})
	with, _ := Encode(a, bank, Options{Notes: true})
	if len(with) <= len(without) {
		t.Fatalf("with notes %d chars, without %d: notes did not travel", len(with), len(without))
	}
	l, err := Decode(without, lookupOf(bank))
	if err != nil {
		t.Fatal(err)
	}
	justified := 0
	for id, ans := range l.Assessment.Answers {
		if ans.Note != "" {
			t.Errorf("%s: note %q travelled without being chosen", id, ans.Note)
		}
		if ans.Choice == engine.NA && ans.Justification == a.Answers[id].Justification {
			justified++
		}
	}
	if justified == 0 || l.Notes {
		t.Errorf("justifications kept: %d, Notes flag %v", justified, l.Notes)
	}
}

func TestRequestRoundTrip(t *testing.T) {
	for _, r := range []Request{
		{Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 12, Categories: []string{"security", "availability", "confidentiality"}}, Requester: "Acme vendor security", Message: "Please answer by the end of the quarter.", Due: "2026-09-30"},
		{Scope: engine.Scope{Report: engine.SOC1, Type: engine.TypeI, Categories: []string{"entity", "itgc", "business"}}},
		{Scope: engine.Scope{Report: engine.SOC3}, Message: "<img src=x onerror=alert(1)>"},
	} {
		for _, pass := range []string{"", "s3cret"} {
			frag, err := EncodeRequest(r, Options{Passphrase: pass})
			if err != nil {
				t.Fatal(err)
			}
			l, err := DecodeWithPassphrase(frag, pass, lookupOf())
			if err != nil {
				t.Fatal(err)
			}
			if l.Kind != KindRequest || !reflect.DeepEqual(l.Request, r) {
				t.Errorf("got %+v, want %+v", l.Request, r)
			}
		}
	}
}

func TestEncodeRefusesInvalid(t *testing.T) {
	bank := synthBank(20, 1)
	base := func() engine.Assessment {
		return engine.Assessment{Bank: "soc2", BankVersion: 1, Answers: engine.Answers{}}
	}
	for _, tc := range []struct {
		name string
		edit func(*engine.Assessment)
		want error
	}{
		{"N/A without justification", func(a *engine.Assessment) { a.Answers["q001"] = engine.Answer{Choice: engine.NA, Justification: "  "} }, ErrMissingJustification},
		{"unknown question", func(a *engine.Assessment) { a.Answers["nope"] = engine.Answer{Choice: engine.Planned} }, ErrUnknownQuestion},
		{"fact answered on the maturity scale", func(a *engine.Assessment) { a.Answers["q007"] = engine.Answer{Choice: engine.Documented} }, ErrInvalidValue},
		{"maturity answered yes", func(a *engine.Assessment) { a.Answers["q001"] = engine.Answer{Choice: engine.Yes} }, ErrInvalidValue},
		{"choice out of range", func(a *engine.Assessment) { a.Answers["q001"] = engine.Answer{Choice: 12} }, ErrInvalidValue},
		{"window", func(a *engine.Assessment) { a.Scope.Window = 9 }, ErrInvalidValue},
		{"SOC 1 category", func(a *engine.Assessment) { a.Scope.Categories = []string{"itgc"} }, ErrInvalidValue},
		{"SOC 1 report on SOC 2 questions", func(a *engine.Assessment) { a.Scope.Report = engine.SOC1 }, ErrInvalidValue},
		{"start date", func(a *engine.Assessment) { a.Scope.Start = "2026-02-30" }, ErrInvalidValue},
		{"other bank", func(a *engine.Assessment) { a.Bank = "soc1" }, ErrInvalidValue},
		{"newer than the bank", func(a *engine.Assessment) { a.BankVersion = 2 }, ErrInvalidValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := base()
			tc.edit(&a)
			if _, err := Encode(a, bank, Options{}); !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
	if _, err := EncodeRequest(Request{}, Options{}); !errors.Is(err, ErrInvalidValue) {
		t.Errorf("request without a report: %v", err)
	}
}

// TestOlderBankVersion: answers are matched by question id through the
// version the link names, so a reordered newer bank still reads old links
// when the app keeps the old version's order; they are then brought to the
// current version (here nothing was merged or removed: one question is new).
func TestOlderBankVersion(t *testing.T) {
	v1 := synthBank(40, 1)
	v2 := synthBank(41, 2)
	v2.Questions[0], v2.Questions[5] = v2.Questions[5], v2.Questions[0]
	a := engine.Assessment{Bank: "soc2", BankVersion: 1, Answers: engine.Answers{
		"q000": {Choice: engine.Operating}, "q005": {Choice: engine.Planned},
	}}
	frag, err := Encode(a, v1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l, err := Decode(frag, lookupOf(v1, v2))
	if err != nil {
		t.Fatal(err)
	}
	if l.Assessment.BankVersion != 2 || !reflect.DeepEqual(l.Assessment.Answers, a.Answers) {
		t.Errorf("got version %d answers %v", l.Assessment.BankVersion, l.Assessment.Answers)
	}
	if n := l.Migrated; n == nil || n.From != 1 || n.To != 2 || !slices.Equal(n.New, []string{"q040"}) || len(n.Review) != 0 {
		t.Errorf("migration notice %+v", n)
	}
	if _, err := Decode(frag, lookupOf(v2)); !errors.Is(err, ErrUnknownBankVersion) {
		t.Errorf("old version no longer held: got %v", err)
	}
	newer, _ := Encode(engine.Assessment{Bank: "soc2", BankVersion: 2}, v2, Options{})
	if _, err := Decode(newer, lookupOf(v1)); !errors.Is(err, ErrNewerBank) {
		t.Errorf("newer bank: got %v", err)
	}
}

// TestEveryCharacterFlipIsCaught changes each character of a link to each
// other character: every change must be reported as an alteration.
func TestEveryCharacterFlipIsCaught(t *testing.T) {
	bank := synthBank(130, 1)
	frag, _ := Encode(completeAssessment(bank, false), bank, Options{})
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	for i := len(Prefix); i < len(frag); i++ {
		for delta := 1; delta < len(alphabet); delta++ {
			c := alphabet[(strings.IndexByte(alphabet, frag[i])+delta)%len(alphabet)]
			bad := frag[:i] + string(c) + frag[i+1:]
			_, err := Decode(bad, lookupOf(bank))
			if !errors.Is(err, ErrAltered) {
				t.Fatalf("flip at %d to %q: got %v, want ErrAltered", i, c, err)
			}
		}
	}
}

func TestEveryTruncationIsCaught(t *testing.T) {
	bank := synthBank(130, 1)
	frag, _ := Encode(completeAssessment(bank, false), bank, Options{})
	for n := len(Prefix); n < len(frag); n++ {
		_, err := Decode(frag[:n], lookupOf(bank))
		if !errors.Is(err, ErrTruncated) {
			t.Fatalf("cut to %d of %d: got %v, want ErrTruncated", n, len(frag), err)
		}
	}
}

// TestBadLinks covers each bad link of issue 5 with the error it must give.
func TestBadLinks(t *testing.T) {
	bank := synthBank(3, 2) // q000, q001 maturity; q002 maturity
	bank.Questions[2].Kind = engine.KindFact
	lookup := lookupOf(bank)
	good, _ := Encode(engine.Assessment{Bank: "soc2", BankVersion: 2}, bank, Options{})
	results := byte(KindResults)
	bomb := deflate(make([]byte, 2<<20))
	for _, tc := range []struct {
		name string
		frag string
		want error
	}{
		{"empty", "", ErrNotALink},
		{"other fragment", "#/results", ErrNotALink},
		{"several megabytes", Prefix + strings.Repeat("A", 3<<20), ErrLinkTooLarge},
		{"just over the cap", Prefix + strings.Repeat("A", MaxLinkLen), ErrLinkTooLarge},
		{"only the prefix", Prefix, ErrTruncated},
		{"cut off", good[:len(good)-3], ErrTruncated},
		{"extra characters", good + "AAAA", ErrAltered},
		{"non-base64 character", good[:5] + "*" + good[6:], ErrAltered},
		{"padding", good + "==", ErrAltered},
		{"spare bits set in the last character", good[:len(good)-1] + string(good[len(good)-1]+1), ErrAltered},
		{"newer format", frame(3, results, []byte{1}), ErrNewerFormat},
		{"format zero", frame(0, results, []byte{1}), ErrAltered},
		{"reserved flag", frame(1, results|0x40, newResultsBody(1, 2).answers(0, 0, 0).texts().texts().bytes()), ErrNewerFormat},
		{"kind zero", frame(1, 0, []byte{1}), ErrAltered},
		{"unknown bank", frame(1, results, newResultsBody(9, 2).answers(0, 0, 0).texts().texts().bytes()), ErrUnknownBank},
		{"bank the app lacks", frame(1, results, newResultsBody(2, 1).answers().texts().texts().bytes()), ErrUnknownBank},
		{"newer bank version", frame(1, results, newResultsBody(1, 3).answers(0, 0, 0).texts().texts().bytes()), ErrNewerBank},
		{"older bank version not held", frame(1, results, newResultsBody(1, 1).answers(0, 0).texts().texts().bytes()), ErrUnknownBankVersion},
		{"more answers than questions", frame(1, results, newResultsBody(1, 2).answers(1, 1, 7, 1).texts().texts().bytes()), ErrUnknownQuestion},
		{"fewer answers than questions", frame(1, results, newResultsBody(1, 2).answers(1, 1).texts().texts().bytes()), ErrUnknownQuestion},
		{"answer in the padding nibble", frame(1, results, append(newResultsBody(1, 2).bytes(), 3, 0x11, 0x73, 0, 0)), ErrUnknownQuestion},
		{"answer value 9", frame(1, results, newResultsBody(1, 2).answers(9, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"fact answered partial", frame(1, results, newResultsBody(1, 2).answers(1, 1, 3).texts().texts().bytes()), ErrInvalidValue},
		{"N/A without justification", frame(1, results, newResultsBody(1, 2).answers(6, 1, 7).texts().texts().bytes()), ErrMissingJustification},
		{"note after the last question", frame(1, results, newResultsBody(1, 2).answers(1, 1, 7).texts().texts(3, "x").bytes()), ErrUnknownQuestion},
		{"empty note", frame(1, results, newResultsBody(1, 2).answers(1, 1, 7).texts().texts(0, "").bytes()), ErrAltered},
		{"invalid UTF-8", frame(1, results, newResultsBody(1, 2).answers(1, 1, 7).texts().texts(0, "\xff").bytes()), ErrAltered},
		{"trailing data", frame(1, results, append(newResultsBody(1, 2).answers(1, 1, 7).texts().texts().bytes(), 0)), ErrAltered},
		{"body ends early", frame(1, results, newResultsBody(1, 2).answers(1, 1, 7).bytes()), ErrAltered},
		{"huge count", frame(1, results, append(newResultsBody(1, 2).answers(1, 1, 7).bytes(), 0xff, 0xff, 0xff, 0x7f)), ErrAltered},
		{"unknown window", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 2, 5}, 1, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"unknown report", frame(1, results, newResultsBodyWith(1, 2, []byte{7, 1, 0}, 1, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"unknown type", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 3, 0}, 1, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"SOC 1 report on SOC 2 questions", frame(1, results, newResultsBodyWith(1, 2, []byte{1, 1, 0}, 0, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"unknown category bit", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 1, 0}, 1<<8, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"high category bit", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 1, 0}, 1<<63, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"SOC 1 category on SOC 2 questions", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 1, 0}, 1<<6, 0, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"start after year 9999", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 1, 0}, 1, maxDay+2, 0).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"updated after year 9999", frame(1, results, newResultsBodyWith(1, 2, []byte{2, 1, 0}, 1, 0, 1<<40).answers(1, 1, 7).texts().texts().bytes()), ErrInvalidValue},
		{"decompression bomb", frame(1, results|flagDeflate, bomb), ErrBomb},
		{"damaged deflate stream", frame(1, results|flagDeflate, []byte{0xff, 0xff, 0xff}), ErrAltered},
		{"request without report", frame(1, byte(KindRequest), []byte{0, 0, 0, 0, 0, 0, 0, 0}), ErrInvalidValue},
		{"encrypted, header damaged", frame(1, results|flagEncrypted, []byte{1, 2, 3}), ErrAltered},
		{"encrypted, no passphrase", frame(1, results|flagEncrypted, append([]byte{44}, make([]byte, saltLen+nonceLen+gcmTagLen+1)...)), ErrNeedPassphrase},
		{"encrypted, iterations too high", frame(1, results|flagEncrypted, append([]byte{0xff, 0xff, 0x03}, make([]byte, saltLen+nonceLen+gcmTagLen+1)...)), ErrAltered},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Decode(tc.frag, lookup)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v (link %+v), want %v", err, l, tc.want)
			}
			if msg := UserMessage(err); msg == "" || strings.Contains(msg, "Something went wrong") {
				t.Errorf("no specific message for %v", err)
			}
		})
	}
	if _, err := Decode(good, lookup); err != nil {
		t.Fatalf("the unaltered link must decode: %v", err)
	}
}

// TestLookupFrom: the current bank answers version 0 and its own version;
// older versions come from the list given or the orders this package keeps
// (banks/*.txt: soc2 version 1).
func TestLookupFrom(t *testing.T) {
	cur, old := synthBank(5, 4), synthBank(4, 3)
	soc2v1, _ := heldVersion("soc2", 1)
	lookup := LookupFrom(fakeLibrary{cur}, old)
	for _, tc := range []struct {
		id      string
		version int
		want    *engine.Bank
	}{
		{"soc2", 0, cur}, {"soc2", 4, cur}, {"soc2", 3, old}, {"soc2", 1, soc2v1}, {"soc2", 2, nil}, {"soc2", 5, nil}, {"soc1", 0, nil}, {"soc1", 1, nil},
	} {
		got, ok := lookup(tc.id, tc.version)
		if got != tc.want || ok != (tc.want != nil) {
			t.Errorf("lookup(%s, %d) = %v, %v", tc.id, tc.version, got, ok)
		}
	}
	if soc2v1 == nil || soc2v1.Version != 1 || len(soc2v1.Questions) < 100 {
		t.Errorf("kept soc2 version 1 order: %+v", soc2v1)
	}
}

type fakeLibrary []*engine.Bank

func (l fakeLibrary) Bank(id string) *engine.Bank {
	for _, b := range l {
		if b.ID == id {
			return b
		}
	}
	return nil
}

func TestLinkSizes(t *testing.T) {
	bank := synthBank(130, 1)
	for _, tc := range []struct {
		name string
		a    engine.Assessment
		opts Options
		max  int
	}{
		{"complete, no notes", completeAssessment(bank, false), Options{}, 400},
		{"complete, no notes, passphrase", completeAssessment(bank, false), Options{Passphrase: "pw"}, 500},
		{"complete, notes", completeAssessment(bank, true), Options{Notes: true}, 2000},
	} {
		frag, err := Encode(tc.a, bank, tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("synthetic bank, %d questions, %s: %d characters", len(bank.Questions), tc.name, len(frag))
		if len(frag) > tc.max {
			t.Errorf("%s: %d characters, more than %d", tc.name, len(frag), tc.max)
		}
	}
}

func TestCompressionOnlyWhenSmaller(t *testing.T) {
	incompressible := []byte("Zq9!xK#2mW$7vB")
	frag, err := seal(KindRequest, incompressible, "")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := b64.DecodeString(frag[len(Prefix):])
	if data[restLen+1]&flagDeflate != 0 || !bytes.Contains(data, incompressible) {
		t.Errorf("an incompressible body was deflated: %x", data)
	}
	bank := synthBank(130, 1)
	frag, _ = Encode(completeAssessment(bank, true), bank, Options{Notes: true})
	data, _ = b64.DecodeString(frag[len(Prefix):])
	if data[restLen+1]&flagDeflate == 0 {
		t.Errorf("a body with repeated notes was not deflated")
	}
	if !bytes.Equal(data[len(data)-4:], be32(crcAfterRest(data))) {
		t.Errorf("checksum is not the CRC-32 of the rest")
	}
}

func TestUserMessage(t *testing.T) {
	if got := UserMessage(wrap(ErrUnknownQuestion, "question %q", "x1")); got != `This assessment has answers for questions that do not exist in its version of the questions: question "x1".` {
		t.Errorf("wrapped: %q", got)
	}
	if got := UserMessage(wrap(ErrNewerBank, "soc2 version 9")); !strings.HasSuffix(got, "try again. (soc2 version 9)") {
		t.Errorf("wrapped sentence: %q", got)
	}
	if got := UserMessage(errors.New("internal")); strings.Contains(got, "internal") {
		t.Errorf("a foreign error leaked: %q", got)
	}
	if UserMessage(nil) != "" {
		t.Error("nil error has a message")
	}
}

func TestMaxDay(t *testing.T) {
	if d, err := parseDay("9999-12-31"); err != nil || d != maxDay {
		t.Errorf("9999-12-31 is day %d (%v), maxDay is %d", d, err, maxDay)
	}
	if _, err := parseDay("1969-12-31"); err == nil {
		t.Error("a date before 1970 was accepted")
	}
}
