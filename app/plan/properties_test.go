package plan

import (
	"testing"

	"github.com/socready/socready/app/engine"
)

var ladder = []engine.Choice{engine.Unanswered, engine.NotStarted, engine.Planned, engine.Partial, engine.Documented, engine.Operating}

// reportDays is how far the latest report date is from today.
func reportDays(p Plan) int { return int(p.ReportLatest.Sub(today).Hours() / 24) }

// TestBetterAnswersNeverCostMore walks every answer up the maturity scale,
// one step at a time, for several scopes: the plan never gets longer and the
// cost never rises.
func TestBetterAnswersNeverCostMore(t *testing.T) {
	lib := library(t)
	scopes := []scenario{
		{report: engine.SOC2, categories: []string{"security"}, typ: engine.TypeI, facts: engine.Yes},
		{report: engine.SOC2, categories: []string{"security", "availability"}, typ: engine.TypeII, window: 3, facts: engine.Yes},
		{report: engine.SOC3, categories: allCategories, typ: engine.TypeII, window: 12, facts: engine.No, size: engine.Size51to200, people: 2},
		{report: engine.SOC1, typ: engine.TypeII, window: 6, facts: engine.Yes},
	}
	for _, sc := range scopes {
		var prev *Plan
		for _, c := range ladder {
			sc.choice = c
			p := sc.plan(t, lib)
			if prev != nil {
				if p.PrepWeeks > prev.PrepWeeks || reportDays(p) > reportDays(*prev) {
					t.Errorf("%s %s: answering %s lengthens the plan: %d → %d weeks, report %d → %d days", sc.report, sc.typ, c.Label(), prev.PrepWeeks, p.PrepWeeks, reportDays(*prev), reportDays(p))
				}
				if p.Cost.ExternalFirstYear.High > prev.Cost.ExternalFirstYear.High || p.Cost.InternalFirstYear.High > prev.Cost.InternalFirstYear.High {
					t.Errorf("%s %s: answering %s raises the cost", sc.report, sc.typ, c.Label())
				}
			}
			prev = &p
		}
	}
}

// TestOneBetterAnswerNeverCostsMore improves a single question at a time on
// a mixed questionnaire: no single answer may lengthen the plan.
func TestOneBetterAnswerNeverCostsMore(t *testing.T) {
	lib := library(t)
	for _, typ := range []engine.AuditType{engine.TypeI, engine.TypeII} {
		sc := scenario{report: engine.SOC2, categories: allCategories, typ: typ, window: 6, facts: engine.Yes}
		b, fw, a := sc.assessment(t, lib)
		for i, q := range b.Questions {
			if q.Kind != engine.KindFact {
				a.Answers[q.ID] = engine.Answer{Choice: ladder[1+i%4]}
			}
		}
		base := Make(b, fw, a, today)
		for _, q := range b.Questions {
			old, ok := a.Answers[q.ID]
			if q.Kind == engine.KindFact || !ok {
				continue
			}
			a.Answers[q.ID] = engine.Answer{Choice: engine.Operating}
			p := Make(b, fw, a, today)
			if p.PrepWeeks > base.PrepWeeks || reportDays(p) > reportDays(base) || p.Effort.Hours > base.Effort.Hours+1e-9 ||
				p.Cost.ExternalFirstYear.High > base.Cost.ExternalFirstYear.High {
				t.Errorf("%s: %s answered operating lengthens the plan or raises the cost", typ, q.ID)
			}
			a.Answers[q.ID] = old
		}
	}
}

// TestMorePeopleNeverLengthen: more people available never lengthen the plan.
func TestMorePeopleNeverLengthen(t *testing.T) {
	lib := library(t)
	for _, c := range ladder[1:4] {
		prev := -1
		for _, people := range PeopleChoices {
			sc := scenario{report: engine.SOC2, categories: allCategories, typ: engine.TypeII, window: 6, size: engine.Size51to200, people: people, choice: c, facts: engine.Yes}
			p := sc.plan(t, lib)
			if prev >= 0 && p.PrepWeeks > prev {
				t.Errorf("%s: %g people take %d weeks, fewer took %d", c.Label(), people, p.PrepWeeks, prev)
			}
			prev = p.PrepWeeks
		}
	}
}

// TestLargerScopeNeverShortens: adding categories, or going from Type I to
// Type II, never shortens the plan nor lowers the cost; nor does a larger
// organization.
func TestLargerScopeNeverShortens(t *testing.T) {
	lib := library(t)
	for _, c := range ladder[1:5] {
		var prev *Plan
		for n := 1; n <= len(allCategories); n++ {
			sc := scenario{report: engine.SOC2, categories: allCategories[:n], typ: engine.TypeII, window: 6, choice: c, facts: engine.Yes}
			p := sc.plan(t, lib)
			if prev != nil && (p.PrepWeeks < prev.PrepWeeks || p.Cost.ExternalFirstYear.Low < prev.Cost.ExternalFirstYear.Low) {
				t.Errorf("%s: %d categories plan %d weeks and $%d, fewer planned %d weeks and $%d", c.Label(), n, p.PrepWeeks, p.Cost.ExternalFirstYear.Low, prev.PrepWeeks, prev.Cost.ExternalFirstYear.Low)
			}
			prev = &p
		}
		one := scenario{report: engine.SOC2, categories: allCategories, typ: engine.TypeI, choice: c, facts: engine.Yes}
		two := one
		two.typ, two.window = engine.TypeII, 3
		if p1, p2 := one.plan(t, lib), two.plan(t, lib); p2.PrepWeeks < p1.PrepWeeks {
			t.Errorf("%s: Type II prepares %d weeks, Type I %d", c.Label(), p2.PrepWeeks, p1.PrepWeeks)
		}
		prev = nil
		for _, size := range engine.OrgSizes {
			sc := scenario{report: engine.SOC2, categories: allCategories[:2], typ: engine.TypeII, window: 6, size: size, choice: c, facts: engine.Yes}
			p := sc.plan(t, lib)
			if prev != nil && (p.PrepWeeks < prev.PrepWeeks || p.Cost.ExternalFirstYear.Low < prev.Cost.ExternalFirstYear.Low) {
				t.Errorf("%s: %s plans less than a smaller organization", c.Label(), size)
			}
			prev = &p
		}
	}
}
