package oscal

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// The validator is a test dependency only: the wasm must not link it
// (app/e2e's wasm test checks).
const schemaDir = "testdata/oscal-1.2.1"

var schemas = map[string]*jsonschema.Schema{}

func schema(t *testing.T, file string) *jsonschema.Schema {
	t.Helper()
	if s, ok := schemas[file]; ok {
		return s
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	path, _ := filepath.Abs(filepath.Join(schemaDir, file))
	s, err := c.Compile(path)
	if err != nil {
		t.Fatalf("compile %s: %v", file, err)
	}
	schemas[file] = s
	return s
}

func validate(t *testing.T, file string, doc []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema(t, file).Validate(v); err != nil {
		t.Errorf("not valid against %s: %v", file, err)
	}
}

const (
	arSchema      = "oscal_assessment-results_schema.json"
	catalogSchema = "oscal_catalog_schema.json"
)

func library(t *testing.T) *engine.Library {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// weird holds every kind of character a note may carry.
const weird = "  line one\nline two\r\n\ttabbed <b>&amp;</b> \"quoted\" \\ back\u00a0nbsp é 漢字 🙂 \u200b zero-width \u2028 sep \x01 ctrl  "

// assessment answers every question of the bank under scope, cycling
// through the answers, with notes and justifications.
func assessment(lib *engine.Library, id string, scope engine.Scope, answerAll bool) *engine.Assessment {
	b, _ := lib.BankFor(scope)
	a := &engine.Assessment{ID: id, Name: "Test " + id, Organization: "Acme <Cloud> & Co.", Created: "2026-01-02T03:04:05Z",
		Updated: "2026-03-04T05:06:07Z", Bank: b.ID, BankVersion: b.Version, Scope: scope, Answers: engine.Answers{}}
	if !answerAll {
		return a
	}
	a.Scoping = engine.Answers{engine.ScopingISO27001: {Choice: engine.Yes}}
	a.Plan = &engine.PlanInputs{Size: engine.Size11to50, People: 1.5, HourlyRate: 120}
	scale := []engine.Choice{engine.NotStarted, engine.Planned, engine.Partial, engine.Documented, engine.Operating, engine.Operating, engine.NA}
	for i, q := range b.Questions {
		if q.Kind == engine.KindFact {
			a.Answers[q.ID] = engine.Answer{Choice: engine.Yes}
			continue
		}
		ans := engine.Answer{Choice: scale[i%len(scale)]}
		if ans.Choice == engine.NA {
			ans.Justification = "Not for us: " + weird
		}
		if i%3 == 0 {
			ans.Note = fmt.Sprintf("note %d %s", i, weird)
		}
		a.Answers[q.ID] = ans
	}
	return a
}

type docCase struct {
	name string
	a    *engine.Assessment
}

func cases(t *testing.T) []docCase {
	lib := library(t)
	all := []string{"security", "availability", "confidentiality", "processing_integrity", "privacy"}
	return []docCase{
		{"SOC 1", assessment(lib, "a-soc1", engine.Scope{Report: engine.SOC1, Type: engine.TypeI, Categories: []string{"entity", "itgc", "business"}}, true)},
		{"SOC 2 Type I", assessment(lib, "a-soc2-t1", engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}, true)},
		{"SOC 2 Type II, all categories", assessment(lib, "a-soc2-t2", engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Start: "2027-01-01", Categories: all}, true)},
		{"SOC 2 Type II processor", func() *engine.Assessment {
			a := assessment(lib, "a-proc", engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 12, Categories: all, Processor: true}, true)
			a.Scoping[engine.ScopingCollectsDirectly] = engine.Answer{Choice: engine.No}
			return a
		}()},
		{"empty assessment", assessment(lib, "a-empty", engine.Scope{Report: engine.SOC2, Type: engine.TypeI}, false)},
		{"empty, unnamed, no dates", &engine.Assessment{ID: "", Bank: "soc2", BankVersion: lib.Bank("soc2").Version,
			Scope: engine.Scope{Report: engine.SOC3, Type: engine.TypeII}, Answers: engine.Answers{}}},
	}
}

func export(t *testing.T, a *engine.Assessment) []byte {
	t.Helper()
	b, fw := library(t).BankFor(a.Scope)
	doc, err := AssessmentResults(a, b, fw)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestAssessmentResultsValidate(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			doc := export(t, c.a)
			validate(t, arSchema, doc)
			checkUnique(t, doc)
			if again := export(t, c.a); !bytes.Equal(doc, again) {
				t.Error("exporting the same assessment twice gave different bytes")
			}
		})
	}
}

func TestCatalogsValidate(t *testing.T) {
	lib := library(t)
	for _, bankID := range []string{"soc2", "soc1"} {
		t.Run(bankID, func(t *testing.T) {
			b := lib.Bank(bankID)
			fw := lib.Framework(b.Framework)
			doc, err := Catalog(fw, b)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, catalogSchema, doc)
			checkUnique(t, doc)
			again, _ := Catalog(fw, b)
			if !bytes.Equal(doc, again) {
				t.Error("two catalogs differ")
			}
			var n int
			for _, c := range fw.Criteria {
				if !bytes.Contains(doc, []byte(`"id": "`+c.ID+`"`)) {
					t.Errorf("no control %s", c.ID)
				}
				n += len(fw.PointsOf(c.ID))
			}
			if got := bytes.Count(doc, []byte(`"name": "item"`)); got != n {
				t.Errorf("%d point-of-focus parts, want %d", got, n)
			}
		})
	}
}

// duplicates walks a document: every "id" and every "uuid" that defines an
// element must be unique (the schema cannot say so). References
// (observation-uuid, risk-uuid, control-id, target-id) are not definitions.
// It returns the duplicates and how many ids it saw.
func duplicates(doc []byte) (dups []string, seenIDs int, err error) {
	var v any
	if err := json.Unmarshal(doc, &v); err != nil {
		return nil, 0, err
	}
	seen := map[string]string{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, key := range []string{"id", "uuid"} {
				if s, ok := x[key].(string); ok {
					if prev, dup := seen[s]; dup {
						dups = append(dups, fmt.Sprintf("%s %q at %s and %s", key, s, path, prev))
					}
					seen[s] = path
				}
			}
			for k, c := range x {
				walk(path+"/"+k, c)
			}
		case []any:
			for i, c := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), c)
			}
		}
	}
	walk("", v)
	return dups, len(seen), nil
}

func checkUnique(t *testing.T, doc []byte) {
	t.Helper()
	dups, n, err := duplicates(doc)
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no id or uuid found: the walk is broken")
	}
	for _, d := range dups {
		t.Errorf("duplicate %s", d)
	}
}

func TestDuplicatesFound(t *testing.T) {
	dups, _, _ := duplicates([]byte(`{"a":{"id":"x","b":[{"uuid":"x"}]}}`))
	if len(dups) != 1 {
		t.Errorf("got %v, want one duplicate", dups)
	}
}

// The schema check is real: a document missing a required member, or with
// a timestamp without a timezone, is rejected.
func TestSchemaRejectsBrokenDocuments(t *testing.T) {
	doc := export(t, cases(t)[1].a)
	for name, broken := range map[string][]byte{
		"no results":    bytes.Replace(doc, []byte(`"results"`), []byte(`"resultz"`), 1),
		"no timezone":   bytes.Replace(doc, []byte(`"2026-03-04T05:06:07Z"`), []byte(`"2026-03-04T05:06:07"`), 1),
		"bad method id": bytes.Replace(doc, []byte(`"control-id": "CC1.1"`), []byte(`"control-id": "1 CC"`), 1),
	} {
		if bytes.Equal(broken, doc) {
			t.Fatalf("%s: nothing replaced", name)
		}
		v, _ := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
		if schema(t, arSchema).Validate(v) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDeterministicUUIDs(t *testing.T) {
	lib := library(t)
	scope := engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}
	a1 := export(t, assessment(lib, "one", scope, true))
	a2 := export(t, assessment(lib, "two", scope, true))
	var d1, d2 resultsDoc
	json.Unmarshal(a1, &d1)
	json.Unmarshal(a2, &d2)
	if d1.AssessmentResults.UUID == d2.AssessmentResults.UUID {
		t.Error("two assessments share a document UUID")
	}
	if got := d1.AssessmentResults.Metadata.LastModified; got != "2026-03-04T05:06:07Z" {
		t.Errorf("last-modified %q, want the assessment's last change", got)
	}
	if u := uuid5("x"); u != uuid5("x") || u == uuid5("y") || u[14] != '5' {
		t.Errorf("uuid5 not a stable version 5 UUID: %s", u)
	}
}

// Findings follow SatisfiedRule.
func TestFindingStatus(t *testing.T) {
	lib := library(t)
	scope := engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}
	a := assessment(lib, "all-done", scope, false)
	b, fw := lib.BankFor(scope)
	for _, q := range b.Questions {
		if q.Kind == engine.KindFact {
			a.Answers[q.ID] = engine.Answer{Choice: engine.No}
		} else {
			a.Answers[q.ID] = engine.Answer{Choice: engine.Documented}
		}
	}
	status := func() map[string]string {
		var d resultsDoc
		if err := json.Unmarshal(export(t, a), &d); err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, f := range d.AssessmentResults.Results[0].Findings {
			out[f.Target.TargetID] = f.Target.Status.State
		}
		return out
	}
	st := status()
	if len(st) != 33 || st["CC6.1"] != "satisfied" {
		t.Fatalf("every security criterion documented: want 33 satisfied findings, got %v", st)
	}
	// One key control on CC6.1 drops to planned: CC6.1 is not satisfied,
	// whatever its score, and a risk is listed.
	var key *engine.Question
	for i := range b.Questions {
		q := &b.Questions[i]
		if q.Key && q.Test == engine.TestDesign && len(q.Criteria) > 0 && q.Criteria[0] == "CC6.1" {
			key = q
			break
		}
	}
	if key == nil {
		t.Fatal("no key control on CC6.1")
	}
	a.Answers[key.ID] = engine.Answer{Choice: engine.Partial}
	if st := status(); st["CC6.1"] != "not-satisfied" {
		t.Errorf("CC6.1 with a key-control gap is %q", st["CC6.1"])
	}
	doc := export(t, a)
	if !bytes.Contains(doc, []byte(`"title": "Key control not yet fully in place: `+key.ID+`"`)) {
		t.Error("no risk for the key-control gap")
	}
	_ = fw
}

func TestRoundTrip(t *testing.T) {
	lib := library(t)
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			f, err := Import(export(t, c.a), share.LookupFrom(lib))
			if err != nil {
				t.Fatal(err)
			}
			got := f.Assessment
			want := *c.a
			if len(want.Answers) == 0 {
				want.Answers = engine.Answers{}
			}
			want.Updated = stamp(want.Updated, stamp(want.Created, fallbackTime))
			if !reflect.DeepEqual(got.Answers, want.Answers) {
				t.Errorf("answers differ after the round trip")
				for id, a := range want.Answers {
					if got.Answers[id] != a {
						t.Errorf("%s: got %+v, want %+v", id, got.Answers[id], a)
						break
					}
				}
			}
			if !reflect.DeepEqual(got.Scope, want.Scope) || !reflect.DeepEqual(got.Scoping, want.Scoping) ||
				!reflect.DeepEqual(got.Plan, want.Plan) {
				t.Errorf("scope, scoping or plan differ:\n got %+v %v %+v\nwant %+v %v %+v", got.Scope, got.Scoping, got.Plan, want.Scope, want.Scoping, want.Plan)
			}
			if got.Name != want.Name || got.Organization != want.Organization || got.Created != want.Created || got.Updated != want.Updated {
				t.Errorf("name, organization or dates differ: got %q %q %q %q", got.Name, got.Organization, got.Created, got.Updated)
			}
		})
	}
}

func TestImportRefusesOthers(t *testing.T) {
	lib := library(t)
	nist, err := os.ReadFile(filepath.Join(schemaDir, "example-minimal-assessment-results.json"))
	if err != nil {
		t.Fatal(err)
	}
	cat, _ := Catalog(lib.Framework("tsc2017"), lib.Bank("soc2"))
	ours := export(t, cases(t)[1].a)
	tampered := bytes.Replace(ours, []byte(`"value": "not_started"`), []byte(`"value": "perhaps"`), 1)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"another tool's assessment results", nist, ErrOtherTool},
		{"a catalog", cat, ErrNotAssessmentResults},
		{"an answer SOC Ready does not know", tampered, ErrDamaged},
		{"not JSON", []byte("<xml/>"), share.ErrNotJSON},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Import(tt.data, share.LookupFrom(lib))
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if msg := Message(err); !strings.Contains(msg, "SOC Ready") {
				t.Errorf("message %q does not say what SOC Ready can read", msg)
			}
		})
	}
	if !IsOSCAL(nist) || !IsOSCAL(cat) || IsOSCAL([]byte(`{"schema":"socready.assessment"}`)) {
		t.Error("IsOSCAL misjudges a document")
	}
}
