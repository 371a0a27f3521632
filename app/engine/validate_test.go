package engine

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// want describes one expected problem; Problem is matched as a substring.
type want struct{ File, Question, Field, Problem string }

func (w want) matches(e *ValidationError) bool {
	return e.File == w.File && e.Question == w.Question && e.Field == w.Field && strings.Contains(e.Problem, w.Problem)
}

func (f *fixture) q(id string) *Question {
	for i := range f.bank.Questions {
		if f.bank.Questions[i].ID == id {
			return &f.bank.Questions[i]
		}
	}
	panic("no question " + id)
}

// TestValidation breaks the valid mini library one rule at a time and checks
// that exactly the expected problems come back, naming file, question and field.
func TestValidation(t *testing.T) {
	const bank, fwf, sc = "mini.json", "frameworks/mini.json", "scoping.json"
	tests := []struct {
		name   string
		mutate func(f *fixture)
		want   []want
	}{
		{"unknown criterion", func(f *fixture) { f.q("s1-train").Criteria = []string{"S1.2", "S9.9"} },
			[]want{{bank, "s1-train", "criteria", `unknown criterion id "S9.9"`}}},
		{"criterion listed twice", func(f *fixture) { f.q("s1-train").Criteria = []string{"S1.2", "S1.2"} },
			[]want{{bank, "s1-train", "criteria", `criterion "S1.2" is listed twice`}}},
		{"duplicate question id", func(f *fixture) { f.q("s1-train").ID = "s1-review" },
			[]want{{bank, "s1-review", "id", "duplicate question id (first used by question #3)"}}},
		{"bad question id", func(f *fixture) { f.q("s1-train").ID = "S1 Train" },
			[]want{{bank, "S1 Train", "id", "lowercase slug"}}},
		{"missing id", func(f *fixture) { f.q("s1-train").ID = "" },
			[]want{{bank, "#4", "id", "lowercase slug"}}},
		{"missing text", func(f *fixture) { f.q("s1-train").Text = "  " },
			[]want{{bank, "s1-train", "text", "missing"}}},
		{"missing why", func(f *fixture) { f.q("s1-train").Why = "" },
			[]want{{bank, "s1-train", "why", "missing"}}},
		{"missing evidence", func(f *fixture) { f.q("s1-train").Evidence = "" },
			[]want{{bank, "s1-train", "evidence", "missing"}}},
		{"missing remediation", func(f *fixture) { f.q("s1-train").Remediation = "" },
			[]want{{bank, "s1-train", "remediation", "missing"}}},
		{"fact needs no evidence", func(f *fixture) { f.q("f-cloud").Evidence = "" }, nil},
		{"weight 0", func(f *fixture) { f.q("s1-train").Weight = 0 },
			[]want{{bank, "s1-train", "weight", "weight 0 is out of range 1–5"}}},
		{"weight 6", func(f *fixture) { f.q("s1-train").Weight = 6 },
			[]want{{bank, "s1-train", "weight", "weight 6 is out of range"}}},
		{"weighted fact", func(f *fixture) { f.q("f-cloud").Weight = 2 },
			[]want{{bank, "f-cloud", "weight", "weight must be 0"}}},
		{"unknown test", func(f *fixture) { f.q("s1-train").Test = "runtime" },
			[]want{{bank, "s1-train", "test", `unknown test "runtime"`}}},
		{"missing test", func(f *fixture) { f.q("s1-train").Test = "" },
			[]want{{bank, "s1-train", "test", `unknown test ""`}}},
		{"operation fact", func(f *fixture) { f.q("f-cloud").Test = TestOperation },
			[]want{{bank, "f-cloud", "test", "fact question must use test \"design\""}}},
		{"key fact", func(f *fixture) { f.q("f-cloud").Key = true },
			[]want{{bank, "f-cloud", "key", "cannot be a key control"}}},
		{"missing remediation kind", func(f *fixture) { f.q("s1-train").RemediationKind = "" },
			[]want{{bank, "s1-train", "remediation_kind", `remediation kind is missing (want one of "policy", "tool", "process" or "evidence")`}}},
		{"unknown remediation kind", func(f *fixture) { f.q("s1-train").RemediationKind = "training" },
			[]want{{bank, "s1-train", "remediation_kind", `unknown remediation kind "training"`}}},
		{"remediation kind on a fact", func(f *fixture) { f.q("f-cloud").RemediationKind = RemediateTool },
			[]want{{bank, "f-cloud", "remediation_kind", "remove remediation_kind"}}},
		{"remediation id on a fact", func(f *fixture) { f.q("f-cloud").RemediationID = "cloud-setup" },
			[]want{{bank, "f-cloud", "remediation_id", "remove remediation_id"}}},
		{"bad remediation id", func(f *fixture) { f.q("s1-train").RemediationID = "Policy Set" },
			[]want{{bank, "s1-train", "remediation_id", `remediation id "Policy Set" must be a lowercase slug`}}},
		{"shared remediation of one kind", func(f *fixture) {
			f.q("s1-policy").RemediationID = "policy-set"
			f.q("s1-train").RemediationID = "policy-set"
		}, nil},
		{"shared remediation of two kinds", func(f *fixture) {
			f.q("s1-policy").RemediationID = "policy-set"
			f.q("s1-train").RemediationID = "policy-set"
			f.q("s1-train").RemediationKind = RemediatePolicy
		}, []want{{bank, "s1-train", "remediation_id", `remediation "policy-set" is kind "policy" here but "process" in question "s1-policy"`}}},
		{"operation without frequency", func(f *fixture) { f.q("s2-ops").Frequency = "" },
			[]want{{bank, "s2-ops", "frequency", "must say how often its control runs"}}},
		{"unknown frequency", func(f *fixture) { f.q("s2-ops").Frequency = "fortnightly" },
			[]want{{bank, "s2-ops", "frequency", `unknown frequency "fortnightly"`}}},
		{"every frequency is known", func(f *fixture) {
			for i, q := range []string{"s1-review", "s2-ops", "a1-test"} {
				f.q(q).Frequency = Frequencies[(i*3)%len(Frequencies)]
			}
			f.q("a1-test").Frequency = OnEvent
		}, nil},
		{"frequency on a design question", func(f *fixture) { f.q("s1-train").Frequency = Yearly },
			[]want{{bank, "s1-train", "frequency", "only an operation question has a frequency"}}},
		{"frequency on a fact", func(f *fixture) { f.q("f-cloud").Frequency = Yearly },
			[]want{{bank, "f-cloud", "frequency", "a fact question does not run"}}},
		{"unknown kind", func(f *fixture) { f.q("s1-train").Kind = "survey" },
			[]want{{bank, "s1-train", "kind", `unknown kind "survey"`}}},
		{"scored question without criteria", func(f *fixture) { f.q("s1-review").Criteria = nil },
			[]want{{bank, "s1-review", "criteria", "at least one criterion"}}},
		{"unknown document", func(f *fixture) { f.q("s1-train").Documents = []string{"policies", "runbook"} },
			[]want{{bank, "s1-train", "documents", `unknown document id "runbook"`}}},
		{"duplicate document", func(f *fixture) {
			f.bank.Documents = append(f.bank.Documents, Document{ID: "policies", Title: "again"})
		}, []want{{bank, "", "documents[3].id", `duplicate document id "policies"`}}},
		{"condition on unknown question", func(f *fixture) { f.q("s2-access").When[0].Question = "f-nowhere" },
			[]want{{bank, "s2-access", "when[0].question", `unknown question "f-nowhere"`}}},
		{"condition on a later question", func(f *fixture) {
			f.q("s1-policy").When = []Condition{{Question: "f-cloud", Is: Yes}, {Question: "s2-ops", Is: Yes}}
		}, []want{{bank, "s1-policy", "when[1].question", `"s2-ops", which comes later`}}},
		{"condition on itself", func(f *fixture) { f.q("s2-access").When[0].Question = "s2-access" },
			[]want{{bank, "s2-access", "when[0].question", "the question itself"}}},
		{"condition on a maturity question", func(f *fixture) { f.q("s2-access").When[0].Question = "s1-policy" },
			[]want{{bank, "s2-access", "when[0].question", `"s1-policy", which is not a fact`}}},
		{"condition value not yes/no", func(f *fixture) { f.q("s2-access").When[0].Is = Documented },
			[]want{{bank, "s2-access", "when[0].is", `must be "yes" or "no", got "documented"`}}},
		{"condition value missing", func(f *fixture) { f.q("s2-access").When[0].Is = Unanswered },
			[]want{{bank, "s2-access", "when[0].is", `got ""`}}},
		{"condition value unknown word", func(f *fixture) {
			f.extra[bank] = []byte(strings.Replace(string(mustJSON(f.bank)), `"is": "yes"`, `"is": "maybe"`, 1))
		}, []want{{bank, "", "", `bad JSON`}}},
		{"uncovered criterion", func(f *fixture) {
			f.bank.Questions = f.bank.Questions[:6] // drops a1-backup and a1-test, the only A1.1 questions
		}, []want{{bank, "", "criteria", "criterion A1.1 (Backups) is not covered"}}},
		{"fact does not cover", func(f *fixture) {
			f.bank.Questions = f.bank.Questions[:6]
			f.q("f-cloud").Criteria = []string{"A1.1"}
		}, []want{
			// Keyed to A1.1, the fact is also shown after the S2 question it gates.
			{bank, "s2-access", "when[0].question", "shown in section A1, after this question's section S2"},
			{bank, "", "criteria", "criterion A1.1"},
		}},
		{"unknown framework", func(f *fixture) { f.bank.Framework = "tsc1999" },
			[]want{{bank, "", "framework", `unknown framework "tsc1999"`}}},
		{"bank version 0", func(f *fixture) { f.bank.Version = 0 },
			[]want{{bank, "", "version", "1 or more"}}},
		{"bad JSON in a bank", func(f *fixture) { f.extra[bank] = []byte(`{"id": "mini",`) },
			[]want{{bank, "", "", "bad JSON"}}},
		{"unknown field in a bank", func(f *fixture) {
			f.extra[bank] = []byte(strings.Replace(string(mustJSON(f.bank)), `"remediation"`, `"remedation"`, 1))
		}, []want{{bank, "", "", "bad JSON"}}},
		{"trailing data", func(f *fixture) { f.extra[bank] = append(mustJSON(f.bank), []byte(` {}`)...) },
			[]want{{bank, "", "", "unexpected data after the JSON value"}}},
		{"bad JSON in a framework", func(f *fixture) { f.extra[fwf] = []byte(`[`) },
			[]want{{fwf, "", "", "bad JSON"}, {bank, "", "framework", `unknown framework "mini"`},
				{sc, "sc-sla", "categories", `unknown category id "availability"`}}},
		{"framework criterion in unknown series", func(f *fixture) { f.fw.Criteria[1].Series = "S7" },
			[]want{{fwf, "", "criteria[1].series", `unknown series "S7"`}}},
		{"framework criterion in the wrong category", func(f *fixture) { f.fw.Criteria[3].Series = "S1" },
			[]want{{fwf, "", "criteria[3].series", `is in category "availability" but its series "S1" is in "security"`}}},
		{"framework series in unknown category", func(f *fixture) { f.fw.Series[2].Category = "uptime" },
			[]want{{fwf, "", "series[2].category", `unknown category "uptime"`},
				{fwf, "", "criteria[3].series", `its series "A1" is in "uptime"`}}},
		{"duplicate framework id", func(f *fixture) { f.extra["frameworks/copy.json"] = mustJSON(f.fw) },
			[]want{{"frameworks/mini.json", "", "id", `framework id "mini" is already used by frameworks/copy.json`}}},
		{"duplicate bank id", func(f *fixture) { f.extra["copy.json"] = mustJSON(f.bank) },
			[]want{{bank, "", "id", `bank id "mini" is already used by copy.json`}}},
		{"scoping unknown report", func(f *fixture) { f.scoping.Questions[0].Reports = []Report{SOC1, "soc4"} },
			[]want{{sc, "sc-fin", "reports", `unknown report id "soc4"`}}},
		{"scoping unknown category", func(f *fixture) { f.scoping.Questions[1].Categories = []string{"uptime"} },
			[]want{{sc, "sc-sla", "categories", `unknown category id "uptime"`}}},
		{"scoping unknown group", func(f *fixture) { f.scoping.Questions[1].Group = "extra" },
			[]want{{sc, "sc-sla", "group", `unknown group "extra"`}}},
		{"scoping recommends nothing", func(f *fixture) { f.scoping.Questions[1].Categories = nil },
			[]want{{sc, "sc-sla", "reports", "recommends nothing"}}},
		{"scoping without reason", func(f *fixture) { f.scoping.Questions[0].Reason = "" },
			[]want{{sc, "sc-fin", "reason", "missing"}}},
		{"bad JSON in scoping", func(f *fixture) { f.extra[sc] = []byte(`{"questions": 3}`) },
			[]want{{sc, "", "", "bad JSON"}}},
		{"no bank at all", func(f *fixture) { f.extra[bank] = nil },
			[]want{{".", "", "", "no question bank found"}}},
		{"several problems at once", func(f *fixture) {
			f.q("s1-train").Weight = 9
			f.q("a1-test").Evidence = ""
			f.scoping.Questions[0].Reports = []Report{"soc9"}
		}, []want{
			{bank, "s1-train", "weight", "out of range"},
			{bank, "a1-test", "evidence", "missing"},
			{sc, "sc-fin", "reports", `"soc9"`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture()
			tt.mutate(f)
			lib, err := LoadLibrary(f.fs())
			if len(tt.want) == 0 {
				if err != nil || lib == nil {
					t.Fatalf("want no problem, got %v", err)
				}
				return
			}
			if lib != nil {
				t.Error("a library with problems must not be returned")
			}
			var errs ValidationErrors
			if !errors.As(err, &errs) {
				t.Fatalf("want ValidationErrors, got %T %v", err, err)
			}
			if len(errs) != len(tt.want) {
				t.Errorf("got %d problems, want %d:\n%v", len(errs), len(tt.want), err)
			}
			for _, w := range tt.want {
				found := false
				for _, e := range errs {
					found = found || w.matches(e)
				}
				if !found {
					t.Errorf("missing problem %+v in:\n%v", w, err)
				}
			}
			// Every message names the file, and the question when there is one.
			for _, e := range errs {
				msg := e.Error()
				if !strings.HasPrefix(msg, e.File+": ") || e.Question != "" && !strings.Contains(msg, fmt.Sprintf("%q", e.Question)) {
					t.Errorf("message %q does not name file and question", msg)
				}
			}
		})
	}
}
