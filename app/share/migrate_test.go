package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// migrationFixture is a bank in two versions and the table between them.
// Version 2 keeps most questions (in another order), merges q008 into q005,
// splits q009 into q009 and q009b, removes q011 and adds q012. q007 is a
// yes/no fact.
func migrationFixture() (v1, v2 *engine.Bank) {
	v1 = synthBank(12, 1)
	v2 = synthBank(12, 2)
	q := map[string]engine.Question{}
	for _, x := range v2.Questions {
		q[x.ID] = x
	}
	split, added := q["q009"], q["q000"]
	split.ID, added.ID = "q009b", "q012"
	v2.Questions = []engine.Question{q["q001"], q["q000"], q["q002"], q["q003"], q["q004"], q["q005"], q["q006"], q["q007"], q["q009"], split, q["q010"], added}
	v2.Migrations = []*engine.Migration{{
		Bank: "soc2", From: 1, To: 2,
		Merged:  []engine.Merge{{Into: "q005", From: []string{"q005", "q008"}}},
		Split:   []engine.Split{{From: "q009", Into: []string{"q009", "q009b"}}},
		Removed: []engine.Removal{{ID: "q011", Reason: "no longer asked"}},
	}}
	return v1, v2
}

// v1Assessment answers version 1 of the fixture.
func v1Assessment() engine.Assessment {
	return engine.Assessment{
		ID: "a1", Name: "Acme", Created: "2026-03-01T09:00:00Z", Updated: "2026-03-02T09:00:00Z",
		Bank: "soc2", BankVersion: 1,
		Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Categories: []string{"security"}},
		Answers: engine.Answers{
			"q000": {Choice: engine.Operating},
			"q001": {Choice: engine.NA, Justification: "No offices."},
			"q005": {Choice: engine.Operating, Note: "Runbook v2."},
			"q007": {Choice: engine.Yes},
			"q008": {Choice: engine.Partial, Note: "Half the teams."},
			"q009": {Choice: engine.Documented, Note: "Okta."},
			"q011": {Choice: engine.Planned, Note: "Next quarter."},
		},
	}
}

// v2Answers is what v1Assessment's answers become under version 2.
var v2Answers = engine.Answers{
	"q000":  {Choice: engine.Operating},
	"q001":  {Choice: engine.NA, Justification: "No offices."},
	"q005":  {Choice: engine.Partial, Note: "Runbook v2.\n\nHalf the teams."},
	"q007":  {Choice: engine.Yes},
	"q009":  {Choice: engine.Documented, Note: "Okta."},
	"q009b": {Choice: engine.Documented, Note: "Okta."},
}

var v2Notice = &engine.MigrationNotice{From: 1, To: 2,
	New: []string{"q012"}, Review: []string{"q009", "q009b"}, Dropped: []string{"q011"}}

// TestV1LinkOpensUnderV2: a link made with version 1 lists its answers in
// version 1's order; it opens under version 2 with answers kept, merged and
// split, and says what is new and what to review.
func TestV1LinkOpensUnderV2(t *testing.T) {
	v1, v2 := migrationFixture()
	for _, opts := range []Options{{Notes: true}, {Notes: true, Passphrase: "pw"}} {
		frag, err := Encode(v1Assessment(), v1, opts)
		if err != nil {
			t.Fatal(err)
		}
		l, err := DecodeWithPassphrase(frag, opts.Passphrase, lookupOf(v1, v2))
		if err != nil {
			t.Fatal(err)
		}
		a := l.Assessment
		if a.BankVersion != 2 || !reflect.DeepEqual(a.Answers, v2Answers) {
			t.Errorf("version %d, answers:\n got %v\nwant %v", a.BankVersion, a.Answers, v2Answers)
		}
		if !reflect.DeepEqual(l.Migrated, v2Notice) {
			t.Errorf("notice %+v, want %+v", l.Migrated, v2Notice)
		}
		// The migrated assessment is a valid version 2 one: it links again.
		again, err := Encode(a, v2, Options{Notes: true})
		if err != nil {
			t.Fatal(err)
		}
		l2, err := Decode(again, lookupOf(v1, v2))
		if err != nil || l2.Migrated != nil || !reflect.DeepEqual(l2.Assessment.Answers, v2Answers) {
			t.Errorf("version 2 link of the migrated assessment: %v, %+v", err, l2)
		}
	}
}

// TestV1LinkRefusals: the app no longer holds version 1's order, or the
// recorded table does not account for a version 1 question.
func TestV1LinkRefusals(t *testing.T) {
	v1, v2 := migrationFixture()
	frag, err := Encode(v1Assessment(), v1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(frag, lookupOf(v2)); !errors.Is(err, ErrUnknownBankVersion) {
		t.Errorf("version 1 not held: got %v", err)
	}
	v2.Migrations[0].Removed = nil // forgets q011
	if _, err := Decode(frag, lookupOf(v1, v2)); !errors.Is(err, ErrUnknownBankVersion) {
		t.Errorf("incomplete table: got %v", err)
	}
}

// TestV1FileImport: a JSON export made with version 1 imports as version 2.
func TestV1FileImport(t *testing.T) {
	v1, v2 := migrationFixture()
	data, err := Export(v1Assessment(), v1, exportTime)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Import(data, lookupOf(v1, v2))
	if err != nil {
		t.Fatal(err)
	}
	if f.BankVersion != 2 || f.Assessment.BankVersion != 2 || !reflect.DeepEqual(f.Assessment.Answers, v2Answers) {
		t.Errorf("file version %d, assessment version %d, answers %v", f.BankVersion, f.Assessment.BankVersion, f.Assessment.Answers)
	}
	if !reflect.DeepEqual(f.Migrated, v2Notice) {
		t.Errorf("notice %+v", f.Migrated)
	}
	if f.Assessment.Name != "Acme" || f.Assessment.Created != "2026-03-01T09:00:00Z" {
		t.Errorf("the rest of the assessment changed: %+v", f.Assessment)
	}
	if _, err := Export(f.Assessment, v2, exportTime); err != nil {
		t.Errorf("the imported assessment does not export under version 2: %v", err)
	}

	// A version 1 file may only answer version 1's questions.
	withNew := bytes.Replace(data, []byte(`"answers": {`), []byte(`"answers": {"q012": {"choice": "planned"},`), 1)
	if bytes.Equal(withNew, data) {
		t.Fatal("the fixture file has no answers object")
	}
	if _, err := Import(withNew, lookupOf(v1, v2)); !errors.Is(err, ErrUnknownQuestion) {
		t.Errorf("version 1 file answering a version 2 question: got %v", err)
	}
}

// TestV1SavedAssessmentOpens: an assessment saved under version 1 opens
// under version 2 with its answers kept, and opening it writes nothing: the
// stored record changes only when the migrated assessment is saved.
func TestV1SavedAssessmentOpens(t *testing.T) {
	v1, v2 := migrationFixture()
	mem := store.NewMemory()
	ws := store.Open(mem)
	a := v1Assessment()
	a.Answers["soc1-gov-policies"] = engine.Answer{Choice: engine.Planned} // left from a SOC 1 scope
	saved, err := ws.CreateFrom(a)
	if err != nil {
		t.Fatal(err)
	}
	key := store.RecordPrefix + saved.ID
	raw, _ := mem.Get(key)

	got, err := ws.Load(saved.ID)
	if err != nil {
		t.Fatal(err)
	}
	notice, err := Upgrade(&got, lookupOf(v1, v2))
	if err != nil {
		t.Fatal(err)
	}
	want := maps(v2Answers, engine.Answers{"soc1-gov-policies": {Choice: engine.Planned}})
	if got.BankVersion != 2 || !reflect.DeepEqual(got.Answers, want) || !reflect.DeepEqual(notice, v2Notice) {
		t.Errorf("version %d, answers %v, notice %+v", got.BankVersion, got.Answers, notice)
	}
	if now, _ := mem.Get(key); now != raw {
		t.Fatal("opening the assessment rewrote the saved record")
	}
	if err := ws.Save(&got); err != nil {
		t.Fatal(err)
	}
	again, err := ws.Load(saved.ID)
	if err != nil || again.BankVersion != 2 || !reflect.DeepEqual(again.Answers, want) {
		t.Fatalf("after saving: %v, %+v", err, again)
	}
	if n, err := Upgrade(&again, lookupOf(v1, v2)); n != nil || err != nil {
		t.Errorf("a second upgrade: %+v, %v", n, err)
	}
}

// maps merges answer sets (later ones win).
func maps(sets ...engine.Answers) engine.Answers {
	out := engine.Answers{}
	for _, s := range sets {
		for k, v := range s {
			out[k] = v
		}
	}
	return out
}

// TestUpgrade covers what needs no migration and what cannot be migrated.
func TestUpgrade(t *testing.T) {
	v1, v2 := migrationFixture()
	lookup := lookupOf(v1, v2)
	for _, tc := range []struct {
		name    string
		bank    string
		version int
		lookup  Lookup
		err     error
	}{
		{"current version", "soc2", 2, lookup, nil},
		{"not yet tied to a version", "soc2", 0, lookup, nil},
		{"no bank yet", "", 1, lookup, nil},
		{"newer than the app", "soc2", 3, lookup, ErrNewerBank},
		{"old order not held", "soc2", 1, lookupOf(v2), ErrUnknownBankVersion},
		{"unknown bank", "soc9", 1, lookup, ErrUnknownBank},
	} {
		a := engine.Assessment{Bank: tc.bank, BankVersion: tc.version, Answers: engine.Answers{"q000": {Choice: engine.Planned}}}
		n, err := Upgrade(&a, tc.lookup)
		if n != nil || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
			t.Errorf("%s: notice %+v, error %v, want %v", tc.name, n, err, tc.err)
		}
		if a.BankVersion != tc.version || len(a.Answers) != 1 {
			t.Errorf("%s: the assessment changed: %+v", tc.name, a)
		}
	}
}

// TestRealBankVersions: for every real bank, every earlier version's kept
// question order is there and the recorded migration accounts for each of
// its questions; while a bank is still version 1, its kept order is its
// question order (changing ids or their order needs a new version).
func TestRealBankVersions(t *testing.T) {
	lib := realLibrary(t)
	for _, b := range lib.Banks() {
		for v := 1; v < b.Version; v++ {
			old, ok := heldVersion(b.ID, v)
			if !ok {
				t.Errorf("%s version %d: no kept question order (app/share/banks/%s-v%d.txt)", b.ID, v, b.ID, v)
				continue
			}
			var ids []string
			for _, q := range old.Questions {
				ids = append(ids, q.ID)
			}
			if err := b.MigrationFrom(v).Check(ids, b); err != nil {
				t.Errorf("%s version %d to %d:\n%v", b.ID, v, b.Version, err)
			}
		}
		if held, ok := heldVersion(b.ID, b.Version); ok {
			var ids, want []string
			for _, q := range held.Questions {
				ids = append(ids, q.ID)
			}
			for _, q := range b.Questions {
				want = append(want, q.ID)
			}
			if !slices.Equal(ids, want) {
				t.Errorf("%s is still version %d, but its questions differ from the kept version %d order: bump \"version\" and record the migration (questionnaires/migrations)", b.ID, b.Version, b.Version)
			}
		}
	}
	for _, held := range heldVersions() {
		if b := lib.Bank(held.ID); b == nil || held.Version > b.Version || len(held.Questions) == 0 {
			t.Errorf("kept order %s version %d: no such bank version", held.ID, held.Version)
		}
	}
	if _, ok := heldVersion("soc2", 1); !ok {
		t.Error("soc2 version 1 order is missing")
	}
	if _, ok := heldVersion("soc1", 1); !ok {
		t.Error("soc1 version 1 order is missing")
	}
}

// TestRealV1LinksAndFilesOpen: a link and a JSON export made with the real
// banks' version 1 (testdata/<bank>-v1-link.txt and <bank>-v1.json, every
// question answered, written once from version 1 and never regenerated)
// open with the current library; kept questions keep their answers.
func TestRealV1LinksAndFilesOpen(t *testing.T) {
	lib := realLibrary(t)
	lookup := LookupFrom(lib)
	for _, id := range []string{"soc2", "soc1"} {
		cur := lib.Bank(id)
		link, err := os.ReadFile("testdata/" + id + "-v1-link.txt")
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile("testdata/" + id + "-v1.json")
		if err != nil {
			t.Fatal(err)
		}
		var orig File // the version 1 answers, as written
		if err := json.Unmarshal(data, &orig); err != nil || orig.BankVersion != 1 {
			t.Fatalf("%s: golden file: %v, version %d", id, err, orig.BankVersion)
		}
		l, err := Decode(string(link), lookup)
		if err != nil {
			t.Errorf("%s version 1 link under version %d: %v", id, cur.Version, err)
			continue
		}
		f, err := Import(data, lookup)
		if err != nil {
			t.Errorf("%s version 1 file under version %d: %v", id, cur.Version, err)
			continue
		}
		if !reflect.DeepEqual(l.Assessment.Answers, f.Assessment.Answers) {
			t.Errorf("%s: the link and the file of the same assessment give different answers", id)
		}
		if (cur.Version > 1) != (l.Migrated != nil) || (cur.Version > 1) != (f.Migrated != nil) {
			t.Errorf("%s version %d: link notice %+v, file notice %+v", id, cur.Version, l.Migrated, f.Migrated)
		}
		m := cur.MigrationFrom(1)
		moved := map[string]bool{}
		for _, mg := range m.Merged {
			for _, s := range mg.From {
				moved[s] = true
			}
		}
		for _, sp := range m.Split {
			moved[sp.From] = true
		}
		kept := 0
		for qid, want := range orig.Assessment.Answers {
			if moved[qid] || cur.FindQuestion(qid) == nil {
				continue
			}
			kept++
			if got := l.Assessment.Answers[qid]; got != want {
				t.Errorf("%s: kept question %s: %+v, was %+v", id, qid, got, want)
			}
		}
		if kept == 0 {
			t.Errorf("%s: no kept question checked", id)
		}
		if l.Migrated != nil {
			t.Logf("%s 1 → %d: %d kept, %d new, %d to review, %d dropped", id, cur.Version, kept, len(l.Migrated.New), len(l.Migrated.Review), len(l.Migrated.Dropped))
		}
	}
}
