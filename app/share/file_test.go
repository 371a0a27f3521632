package share

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/socready/socready/app/engine"
)

var exportTime = time.Date(2026, 3, 5, 10, 11, 12, 999, time.FixedZone("CET", 3600))

// fullFile is a complete assessment with notes, scoping answers, markup and
// non-ASCII text.
func fullFile(bank *engine.Bank) engine.Assessment {
	a := completeAssessment(bank, true)
	a.Name = `<script>alert("hi")</script> & <b>bold</b>`
	a.Organization = "Ünïcödé 株式会社 🚀"
	a.Scoping = engine.Answers{"handles-financial-reporting": {Choice: engine.No}, "public-seal": {Choice: engine.Yes, Note: "marketing wants it"}}
	x := a.Answers["q001"]
	x.Note = "line one\nline two, with \"quotes\"\t and a tab"
	a.Answers["q001"] = x
	a.Request = &engine.Request{From: "Acme security", Message: "By Friday, please 🙏", Due: "2026-12-01"}
	return a
}

func TestExportImportExportIsByteIdentical(t *testing.T) {
	bank := synthBank(130, 2)
	for _, a := range []engine.Assessment{
		fullFile(bank),
		{Bank: "soc2", BankVersion: 1, Answers: engine.Answers{}},
		{Bank: "soc2", BankVersion: 2},
	} {
		first, err := Export(a, bank, exportTime)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Import(first, lookupOf(bank))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(f.Assessment, a) {
			t.Errorf("import changed the assessment:\n%+v\n%+v", f.Assessment, a)
		}
		second, err := Export(f.Assessment, bank, f.ExportTime())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Errorf("export → import → export differs:\n%s\n%s", first, second)
		}
	}
}

func TestExportShape(t *testing.T) {
	bank := synthBank(10, 1)
	out, err := Export(engine.Assessment{Bank: "soc2", BankVersion: 1, Name: "<b>"}, bank, exportTime)
	if err != nil {
		t.Fatal(err)
	}
	head := "{\n  \"schema\": \"socready.assessment\",\n  \"schema_version\": 1,\n  \"exported\": \"2026-03-05T09:11:12Z\",\n  \"bank\": \"soc2\",\n  \"bank_version\": 1,\n"
	if !strings.HasPrefix(string(out), head) || !strings.HasSuffix(string(out), "}\n") {
		t.Errorf("unexpected layout:\n%s", out)
	}
	if strings.Contains(string(out), "<b>") {
		t.Errorf("markup is written raw: %s", out)
	}
	for _, bad := range []engine.Assessment{
		{Bank: "soc2", BankVersion: 0},
		{Bank: "soc2", BankVersion: 2},
		{Bank: "soc2", BankVersion: 1, Answers: engine.Answers{"q001": {Choice: engine.NA}}},
	} {
		if _, err := Export(bad, bank, exportTime); err == nil {
			t.Errorf("exported an assessment that import would refuse: %+v", bad)
		}
	}
}

// TestOlderFileChecksAgainstCurrent: a file answered against an older bank
// version that the app no longer holds is read against the current version,
// since question ids keep their meaning.
func TestOlderFileChecksAgainstCurrent(t *testing.T) {
	v1, v2 := synthBank(20, 1), synthBank(21, 2)
	out, err := Export(engine.Assessment{Bank: "soc2", BankVersion: 1, Answers: engine.Answers{"q003": {Choice: engine.Partial}}}, v1, exportTime)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Import(out, lookupOf(v2))
	if err != nil || f.Assessment.BankVersion != 1 {
		t.Fatalf("got %v, %+v", err, f)
	}
	if _, err := Import(out, lookupOf(synthBank(2, 2))); !errors.Is(err, ErrUnknownQuestion) {
		t.Errorf("question removed from the current bank: got %v", err)
	}
}

// edit decodes good, applies change to the generic JSON, and encodes it again.
func edit(t *testing.T, good []byte, change func(m map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(good, &m); err != nil {
		t.Fatal(err)
	}
	change(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func obj(m map[string]any, path ...string) map[string]any {
	for _, p := range path {
		m = m[p].(map[string]any)
	}
	return m
}

// TestBadFiles covers each bad file of issue 5: the error and the field or
// question its message names.
func TestBadFiles(t *testing.T) {
	bank := synthBank(20, 2)
	good, err := Export(fullFile(bank), bank, exportTime)
	if err != nil {
		t.Fatal(err)
	}
	set := func(value any, path ...string) []byte {
		return edit(t, good, func(m map[string]any) { obj(m, path[:len(path)-1]...)[path[len(path)-1]] = value })
	}
	del := func(path ...string) []byte {
		return edit(t, good, func(m map[string]any) { delete(obj(m, path[:len(path)-1]...), path[len(path)-1]) })
	}
	for _, tc := range []struct {
		name   string
		data   []byte
		want   error
		detail string
	}{
		{"huge", append(bytes.Repeat([]byte(" "), MaxFileSize), good...), ErrFileTooLarge, "5 MB"},
		{"several megabytes of JSON", edit(t, good, func(m map[string]any) { obj(m, "assessment")["name"] = strings.Repeat("x", 6<<20) }), ErrFileTooLarge, "5 MB"},
		{"empty", nil, ErrNotJSON, "empty"},
		{"blank", []byte(" \n\t"), ErrNotJSON, "empty"},
		// A line of prose with a comma is not a CSV file (issue 11: this
		// case expected ErrCSVFile, and the app called any text with a
		// comma on its first line a CSV file).
		{"text", []byte("hello, world"), ErrNotJSON, ""},
		{"prose lines", []byte("Dear team,\nhere are the notes, as promised, see below.\nThanks\n"), ErrNotJSON, ""},
		{"quoted CSV header", []byte("\"question_id\",\"answer\"\n"), ErrCSVFile, ""},
		{"tab separated", []byte("id\tanswer\nq1\tyes\nq2\tno\n"), ErrCSVFile, ""},
		{"plain words", []byte("hello world"), ErrNotJSON, ""},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00"), ErrNotJSON, ""},
		{"cut off", good[:len(good)/2], ErrNotJSON, "byte"},
		{"trailing data", append(append([]byte{}, good...), "{}"...), ErrNotJSON, "byte"},
		{"our CSV", AnswersCSV(bank, nil), ErrCSVFile, ""},
		{"semicolon CSV", []byte("id;answer\nq1;yes\n"), ErrCSVFile, ""},
		{"JSON array", []byte(`[1,2]`), ErrOtherSchema, "not an object"},
		{"JSON string", []byte(`"soc"`), ErrOtherSchema, "not an object"},
		{"no schema", []byte(`{"name":"x"}`), ErrOtherSchema, `"schema"`},
		{"other schema", set("vendor.questionnaire", "schema"), ErrOtherSchema, "vendor.questionnaire"},
		{"schema not text", set(7, "schema"), ErrOtherSchema, "7"},
		{"newer schema", set(2, "schema_version"), ErrNewerSchema, "version 2"},
		{"schema version as text", set("1", "schema_version"), ErrWrongType, "schema_version"},
		{"schema version zero", set(0, "schema_version"), ErrInvalidValue, "version 0"},
		{"request not an object", set("from Acme", "assessment", "request"), ErrWrongType, "request"},
		{"window as text", set("six", "assessment", "scope", "window_months"), ErrWrongType, `"assessment.scope.window_months" should be a whole number, not text`},
		{"answers as a list", set([]any{1}, "assessment", "answers"), ErrWrongType, "assessment.answers"},
		{"name as a number", set(5, "assessment", "name"), ErrWrongType, "assessment.name"},
		{"categories as text", set("security", "assessment", "scope", "categories"), ErrWrongType, "assessment.scope.categories"},
		{"bank version as text", set("2", "bank_version"), ErrWrongType, "bank_version"},
		{"choice as a number", set(map[string]any{"choice": 3}, "assessment", "answers", "q002"), ErrWrongType, `"assessment.answers.q002.choice" should be text, not a number`},
		{"note as a list", set(map[string]any{"choice": "planned", "note": []any{}}, "assessment", "answers", "q002"), ErrWrongType, "assessment.answers.q002.note"},
		{"answer as text", set("planned", "assessment", "answers", "q002"), ErrWrongType, "assessment.answers.q002"},
		{"window as a fraction", set(3.5, "assessment", "scope", "window_months"), ErrWrongType, "a number 3.5"},
		{"unknown field", set(true, "assessment", "favourite"), ErrUnknownField, "favourite"},
		// Issue 11: a question listed twice with different answers was
		// imported without a word (the last one won).
		{"question answered twice", bytes.Replace(good, []byte(`"answers": {`), []byte(`"answers": {"q002": {"choice": "planned"}, "q002": {"choice": "partial"},`), 1), ErrDuplicate, `question "q002" is answered twice in assessment.answers`},
		{"field twice", bytes.Replace(good, []byte(`"assessment": {`), []byte(`"assessment": {"name": "a", "name": "b",`), 1), ErrDuplicate, `"name" appears twice in assessment`},
		{"unknown choice", set(map[string]any{"choice": "maybe"}, "assessment", "answers", "q002"), ErrInvalidValue, `answers.q002.choice: "maybe"`},
		{"unknown scoping choice", set(map[string]any{"choice": "perhaps"}, "assessment", "scoping", "public-seal"), ErrInvalidValue, "scoping.public-seal"},
		{"scoping answered on the scale", set(map[string]any{"choice": "planned"}, "assessment", "scoping", "public-seal"), ErrInvalidValue, "public-seal"},
		{"fact answered on the scale", set(map[string]any{"choice": "operating"}, "assessment", "answers", "q007"), ErrInvalidValue, "q007"},
		{"N/A without justification", set(map[string]any{"choice": "na"}, "assessment", "answers", "q003"), ErrMissingJustification, "q003"},
		{"unknown question", set(map[string]any{"choice": "planned"}, "assessment", "answers", "cc99-nope"), ErrUnknownQuestion, "cc99-nope"},
		{"long unknown question id is clipped", set(map[string]any{"choice": "planned"}, "assessment", "answers", strings.Repeat("é", 300)), ErrUnknownQuestion, strings.Repeat("é", 20) + "…\""},
		{"unknown report", set("soc4", "assessment", "scope", "report"), ErrInvalidValue, "scope.report"},
		{"SOC 1 on SOC 2 questions", set("soc1", "assessment", "scope", "report"), ErrInvalidValue, "scope.report"},
		{"unknown type", set("type3", "assessment", "scope", "type"), ErrInvalidValue, "scope.type"},
		{"unknown category", set([]any{"security", "integrity"}, "assessment", "scope", "categories"), ErrInvalidValue, "integrity"},
		{"repeated category", set([]any{"security", "security"}, "assessment", "scope", "categories"), ErrInvalidValue, "twice"},
		{"window of 5 months", set(5, "assessment", "scope", "window_months"), ErrInvalidValue, "window_months"},
		{"negative window", set(-3, "assessment", "scope", "window_months"), ErrInvalidValue, "window_months"},
		{"start not a date", set("2026-13-01", "assessment", "scope", "start"), ErrInvalidValue, "scope.start"},
		{"created not a time", set("yesterday", "assessment", "created"), ErrInvalidValue, "created"},
		{"exported missing", del("exported"), ErrInvalidValue, "exported"},
		{"exported not a time", set("soon", "exported"), ErrInvalidValue, "exported"},
		{"unknown bank", edit(t, good, func(m map[string]any) { m["bank"] = "iso27001"; obj(m, "assessment")["bank"] = "iso27001" }), ErrUnknownBank, "iso27001"},
		{"newer bank", edit(t, good, func(m map[string]any) { m["bank_version"] = 3; obj(m, "assessment")["bank_version"] = 3 }), ErrNewerBank, "version 3"},
		{"bank version zero", edit(t, good, func(m map[string]any) { m["bank_version"] = 0; obj(m, "assessment")["bank_version"] = 0 }), ErrInvalidValue, "bank_version"},
		{"header and assessment disagree", set(1, "bank_version"), ErrInvalidValue, "version 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Import(tc.data, lookupOf(bank))
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v (file %v), want %v", err, f != nil, tc.want)
			}
			if f != nil {
				t.Errorf("a file was returned with the error")
			}
			msg := UserMessage(err)
			if !strings.Contains(msg, tc.detail) || strings.Contains(msg, "Something went wrong") {
				t.Errorf("message %q does not name %q", msg, tc.detail)
			}
			if strings.Contains(msg, "json:") || strings.Contains(msg, "share.") {
				t.Errorf("message %q leaks Go jargon", msg)
			}
		})
	}
	if _, err := Import(good, lookupOf(bank)); err != nil {
		t.Fatalf("the unedited file must import: %v", err)
	}
	bom := append([]byte("\uFEFF"), good...)
	if _, err := Import(bom, lookupOf(bank)); err != nil {
		t.Errorf("a file with a byte-order mark: %v", err)
	}
}

// Each request field is checked on its own: two broken halves of one
// character in neighbouring fields must not pass as one valid character.
func TestValidateRequestText(t *testing.T) {
	bank := synthBank(20, 2)
	for _, r := range []engine.Request{
		{From: "Acme \xe2\x82", Message: "\xac and more"},
		{Message: "bad \xff byte"},
		{Due: "\xc3"},
	} {
		a := fullFile(bank)
		a.Request = &r
		if err := Validate(&a, bank); !errors.Is(err, ErrInvalidValue) {
			t.Errorf("request %+v: Validate = %v, want ErrInvalidValue", r, err)
		}
	}
}
