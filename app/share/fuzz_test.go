package share

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

// fuzzBank is small so that the fuzzer reaches deep states quickly, with a
// fact question to exercise kind checks.
func fuzzBank() *engine.Bank { return synthBank(9, 2) }

// fuzzBanks is fuzzBank and the version 1 it migrates from: version 1 had a
// tenth question, merged into the ninth.
func fuzzBanks() (v1, v2 *engine.Bank) {
	v1, v2 = synthBank(10, 1), fuzzBank()
	v2.Migrations = []*engine.Migration{{Bank: "soc2", From: 1, To: 2, Merged: []engine.Merge{{Into: "q008", From: []string{"q008", "q009"}}}}}
	return v1, v2
}

// checkUserError fails when err is not one of the package's own errors.
func checkUserError(t *testing.T, err error) {
	if strings.Contains(UserMessage(err), "Something went wrong") {
		t.Fatalf("error with no user message: %v", err)
	}
}

// FuzzDecodeLink: no input panics or slips through with an unexplained
// error, and whatever decodes re-encodes to a link that decodes to the same
// thing and re-encodes to the very same characters.
func FuzzDecodeLink(f *testing.F) {
	v1, bank := fuzzBanks()
	lookup := lookupOf(v1, bank)
	full := completeAssessment(bank, true)
	for _, opts := range []Options{{}, {Notes: true}, {Passphrase: "pw"}} {
		s, err := Encode(full, bank, opts)
		if err != nil {
			f.Fatal(err)
		}
		old, err := Encode(completeAssessment(v1, true), v1, opts) // migrated on decoding
		if err != nil {
			f.Fatal(err)
		}
		f.Add(old)
		f.Add(s)
		f.Add(s[:len(s)-5])                             // truncated
		f.Add(s[:10] + string(s[10]^1) + s[11:])        // flipped
		f.Add(s + "A")                                  // extra character
		f.Add("#" + s[:len(s)/2] + "-_" + s[len(s)/2:]) // inserted
	}
	req, _ := EncodeRequest(Request{Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 3, Categories: []string{"security"}}, Requester: "Acme", Message: "Due soon", Due: "2026-12-01"}, Options{})
	f.Add(req)
	if v2, err := Encode(everything(bank), bank, Options{}); err == nil { // every version-2 field
		f.Add(v2)
	} else {
		f.Fatal(err)
	}
	reqV2, _ := EncodeRequest(Request{Scope: engine.Scope{Report: engine.SOC2, Processor: true, OutOfScope: map[string]string{"privacy": "none"}}, Requirements: fullRequirements()}, Options{})
	f.Add(reqV2)
	f.Add(frame(1, byte(KindResults)|flagDeflate, deflate(make([]byte, MaxInflated+10)))) // bomb
	f.Add(frame(1, byte(KindResults), newResultsBody(1, 2).answers(1, 2, 3, 4, 5, 6, 7, 1, 9).texts(0, "x").texts().bytes()))
	f.Add(frame(3, 1, []byte("future")))
	f.Add(Prefix + strings.Repeat("A", MaxLinkLen)) // huge
	f.Add("")
	f.Add(Prefix)

	f.Fuzz(func(t *testing.T, s string) {
		l, err := Decode(s, lookup)
		if err != nil {
			checkUserError(t, err)
			return
		}
		again := func(l *Link) string {
			var out string
			var err error
			if l.Kind == KindRequest {
				out, err = EncodeRequest(l.Request, Options{})
			} else {
				out, err = Encode(l.Assessment, bank, Options{Notes: true})
			}
			if err != nil {
				t.Fatalf("decoded %q but cannot encode it again: %v", s, err)
			}
			return out
		}
		s2 := again(l)
		l2, err := Decode(s2, lookup)
		if err != nil {
			t.Fatalf("re-encoded link does not decode: %v", err)
		}
		l.Migrated = nil // a version 1 link was migrated; its re-encoding is version 2
		if !reflect.DeepEqual(l, l2) {
			t.Fatalf("round trip changed the link:\n%+v\n%+v", l, l2)
		}
		if s3 := again(l2); s3 != s2 {
			t.Fatalf("encoding is not deterministic:\n%s\n%s", s2, s3)
		}
	})
}

// FuzzImportJSON: no file panics or is refused without a specific message,
// and whatever imports exports to a file that imports and exports again to
// the same bytes.
func FuzzImportJSON(f *testing.F) {
	v1, bank := fuzzBanks()
	lookup := lookupOf(v1, bank)
	a := completeAssessment(bank, true)
	a.Scoping = engine.Answers{"saas": {Choice: engine.Yes}}
	good, err := Export(a, bank, exportTime)
	if err != nil {
		f.Fatal(err)
	}
	old, err := Export(completeAssessment(v1, true), v1, exportTime) // migrated on import
	if err != nil {
		f.Fatal(err)
	}
	f.Add(old)
	empty, _ := Export(engine.Assessment{Bank: "soc2", BankVersion: 1}, bank, exportTime)
	f.Add(good)
	f.Add(empty)
	f.Add(good[:len(good)/2])                                                                   // truncated
	f.Add(bytes.Replace(good, []byte(`"operating"`), []byte(`"operatinG"`), 1))                 // flipped
	f.Add(bytes.Replace(good, []byte(`"window_months": 6`), []byte(`"window_months": "6"`), 1)) // wrong type
	f.Add(bytes.Replace(good, []byte(`"schema_version": 1`), []byte(`"schema_version": 2`), 1)) // newer
	f.Add(AnswersCSV(bank, a.Answers))                                                          // CSV
	f.Add([]byte(`{"schema":"socready.assessment","schema_version":1}`))
	f.Add([]byte(`[{"schema":"socready.assessment"}]`))
	f.Add([]byte("\uFEFF" + `{"a":` + strings.Repeat("[", 5000))) // deep nesting
	// A file over MaxFileSize is refused before parsing (TestBadFiles); a
	// 5 MB seed would only slow the fuzzer, so the large seed is smaller.
	f.Add(append(bytes.Repeat([]byte(" \n"), 32<<10), good...))

	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Import(data, lookup)
		if err != nil {
			checkUserError(t, err)
			return
		}
		b2, err := Export(file.Assessment, bank, file.ExportTime())
		if err != nil {
			t.Fatalf("imported but cannot export: %v", err)
		}
		file2, err := Import(b2, lookup)
		if err != nil {
			t.Fatalf("exported file does not import: %v\n%s", err, b2)
		}
		b3, err := Export(file2.Assessment, bank, file2.ExportTime())
		if err != nil || !bytes.Equal(b2, b3) {
			t.Fatalf("export is not deterministic (%v):\n%s\n%s", err, b2, b3)
		}
	})
}
