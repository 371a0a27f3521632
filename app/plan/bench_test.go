package plan

import (
	"testing"

	"github.com/socready/socready/app/engine"
)

// BenchmarkPlan is the plan and the cost of the largest questionnaire (SOC 2
// Type II, five categories, mixed answers): what the results page computes on
// top of the scores after every change.
func BenchmarkPlan(b *testing.B) {
	sc := scenario{report: engine.SOC2, categories: allCategories, typ: engine.TypeII, window: 6, facts: engine.Yes}
	bank, fw, a := sc.assessment(b, library(b))
	for i, q := range bank.Questions {
		if q.Kind != engine.KindFact {
			a.Answers[q.ID] = engine.Answer{Choice: ladder[1+i%5]}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if p := Make(bank, fw, a, today); p.PrepWeeks == 0 {
			b.Fatal("no plan")
		}
	}
}
