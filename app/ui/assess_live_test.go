package ui

import (
	"reflect"
	"testing"

	"github.com/socready/socready/app/engine"
)

// largestQuestionnaire is the SOC 2 Type II bank with every category, some
// answers given, and its sections.
func largestQuestionnaire(t *testing.T) (*engine.Bank, *engine.Framework, engine.Scope, engine.Answers) {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	scope := engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Categories: []string{"security", "availability", "confidentiality", "processing_integrity", "privacy"}}
	b, fw := lib.BankFor(scope)
	scope = lib.NormalizeScope(scope)
	answers := engine.Answers{}
	for i, q := range b.Questions {
		switch {
		case q.Kind == engine.KindFact:
			answers[q.ID] = engine.Answer{Choice: engine.Yes}
		case i%3 == 0:
			answers[q.ID] = engine.Answer{Choice: engine.Partial}
		case i%3 == 1:
			answers[q.ID] = engine.Answer{Choice: engine.NA} // no justification: unanswered
		}
	}
	return b, fw, scope, answers
}

// An answer to a question that gates nothing only moves its section's count:
// recounting gives what regrouping every question gives, for every such
// question and every kind of change.
func TestRecountSectionsMatchesRebuild(t *testing.T) {
	b, fw, scope, answers := largestQuestionnaire(t)
	gates := gatingQuestions(b)
	secs := buildSections(b, fw, engine.AskedAll(b, fw, scope, answers), answers)
	changes := []engine.Answer{
		{},
		{Choice: engine.Operating},
		{Choice: engine.NotStarted},
		{Choice: engine.NA},
		{Choice: engine.NA, Justification: "no such system"},
		{Choice: engine.Yes},
		{Choice: engine.No},
	}
	checked := 0
	for _, sec := range secs {
		for _, q := range sec.Questions {
			if gates[q.ID] {
				continue
			}
			was := answers[q.ID]
			for _, now := range changes {
				after := engine.Answers{}
				for k, v := range answers {
					after[k] = v
				}
				after[q.ID] = now
				got, ok := recountSections(secs, q, was, now)
				want := buildSections(b, fw, engine.AskedAll(b, fw, scope, after), after)
				if !ok || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %v → %v: recounted sections differ from regrouped ones (ok %v)", q.ID, was, now, ok)
				}
				checked++
			}
		}
	}
	if checked < 100 {
		t.Fatalf("only %d changes checked", checked)
	}
	if got, _ := recountSections(secs, secs[0].Questions[0], engine.Answer{}, engine.Answer{Choice: engine.Yes}); &got[0] == &secs[0] {
		t.Error("recountSections changed the sections it was given")
	}
}

// The gates are what recountSections relies on: an answer to a gate does
// change the asked questions, and the list holds each question named in a
// condition.
func TestGatingQuestions(t *testing.T) {
	b, fw, scope, answers := largestQuestionnaire(t)
	gates := gatingQuestions(b)
	if !gates["fact-own-facilities"] {
		t.Fatalf("fact-own-facilities gates the facility questions: %v", gates)
	}
	for id := range gates {
		if b.FindQuestion(id) == nil {
			t.Errorf("gate %s is not a question of the bank", id)
		}
	}
	no := engine.Answers{}
	for k, v := range answers {
		no[k] = v
	}
	no["fact-own-facilities"] = engine.Answer{Choice: engine.No}
	yes := buildSections(b, fw, engine.AskedAll(b, fw, scope, answers), answers)
	if sameQuestions(yes, buildSections(b, fw, engine.AskedAll(b, fw, scope, no), no)) {
		t.Error("answering No to a gate left the same questions asked")
	}
}

func TestSameQuestions(t *testing.T) {
	q1, q2, q3 := &engine.Question{ID: "q1"}, &engine.Question{ID: "q2"}, &engine.Question{ID: "q3"}
	base := []section{{ID: "A", Questions: []*engine.Question{q1, q2}, Answered: 1}, {ID: "B", Questions: []*engine.Question{q3}}}
	tests := []struct {
		name  string
		other []section
		want  bool
	}{
		{"only counts differ", []section{{ID: "A", Questions: []*engine.Question{q1, q2}, Answered: 2}, {ID: "B", Questions: []*engine.Question{q3}, Answered: 1}}, true},
		{"a question added", []section{{ID: "A", Questions: []*engine.Question{q1, q2, q3}}, {ID: "B", Questions: []*engine.Question{q3}}}, false},
		{"a question removed", []section{{ID: "A", Questions: []*engine.Question{q1}}, {ID: "B", Questions: []*engine.Question{q3}}}, false},
		{"a section gone", []section{{ID: "A", Questions: []*engine.Question{q1, q2}}}, false},
		{"another section", []section{{ID: "A", Questions: []*engine.Question{q1, q2}}, {ID: "C", Questions: []*engine.Question{q3}}}, false},
	}
	for _, tt := range tests {
		if got := sameQuestions(base, tt.other); got != tt.want {
			t.Errorf("%s: sameQuestions = %v, want %v", tt.name, got, tt.want)
		}
	}
}
