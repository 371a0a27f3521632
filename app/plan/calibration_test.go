package plan

import (
	"testing"
	"time"

	"github.com/socready/socready/app/engine"
)

// today is fixed so the dates in the calibration are reproducible.
var today = time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)

// A scenario is an organization the public figures describe.
type scenario struct {
	report     engine.Report
	categories []string
	typ        engine.AuditType
	window     int
	size       engine.OrgSize
	people     float64
	choice     engine.Choice // every maturity question answered with it
	facts      engine.Choice // every yes/no fact: Yes, No, or Unanswered
}

var allCategories = []string{"security", "availability", "processing_integrity", "confidentiality", "privacy"}

// assessment fills a whole questionnaire the way the scenario says.
func (sc scenario) assessment(t testing.TB, lib *engine.Library) (*engine.Bank, *engine.Framework, *engine.Assessment) {
	t.Helper()
	s := lib.NormalizeScope(engine.Scope{Report: sc.report, Categories: sc.categories, Type: sc.typ, Window: sc.window})
	b, fw := lib.BankFor(s)
	if b == nil {
		t.Fatalf("no bank for %+v", s)
	}
	a := &engine.Assessment{Bank: b.ID, BankVersion: b.Version, Scope: s, Answers: engine.Answers{},
		Plan: &engine.PlanInputs{Size: sc.size, People: sc.people}}
	for _, q := range b.Questions {
		switch {
		case q.Kind == engine.KindFact && sc.facts != engine.Unanswered:
			a.Answers[q.ID] = engine.Answer{Choice: sc.facts}
		case q.Kind != engine.KindFact && sc.choice != engine.Unanswered:
			a.Answers[q.ID] = engine.Answer{Choice: sc.choice}
		}
	}
	return b, fw, a
}

func (sc scenario) plan(t testing.TB, lib *engine.Library) Plan {
	b, fw, a := sc.assessment(t, lib)
	return Make(b, fw, a, today)
}

func library(t testing.TB) *engine.Library {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func months(t time.Time) float64 { return MonthsBetween(today, t) }

// TestCalibration checks the plan and the cost against ranges from public
// figures (sources.go; shared/reference/plan-sources.md). Unless a row says
// otherwise: 1 person full time, no platform, no consultant. "Cost within
// $A–$B" means the estimate's low end is at least A and its high end at most B.
func TestCalibration(t *testing.T) {
	lib := library(t)
	security := []string{"security"}
	for _, facts := range []engine.Choice{engine.Yes, engine.No, engine.Unanswered} {
		rows := []struct {
			name   string
			source string
			sc     scenario
			check  func(t *testing.T, p Plan)
		}{
			{
				name:   "SOC 2 Security Type I, 20 people, from scratch",
				source: "Agency: 10–16 weeks of readiness by hand under 50 people; source 000: 3–6 months of preparation; LegalClarity: $20k–$60k first year all in",
				sc:     scenario{engine.SOC2, security, engine.TypeI, 0, engine.Size11to50, 1, engine.NotStarted, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, p.PrepWeeks, 8, 26)
					costWithin(t, p.Cost.ExternalFirstYear, 15_000, 60_000)
				},
			},
			{
				name:   "SOC 2 Security Type I, 20 people, every control in place and documented",
				source: "Nothing left to build: a readiness review, then the audit",
				sc:     scenario{engine.SOC2, security, engine.TypeI, 0, engine.Size11to50, 1, engine.Documented, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, int(p.Start.Sub(today).Hours()/24/7), 0, 4)
					if p.State.Code != StateReadyAudit {
						t.Errorf("state %q, want %q", p.State.Code, StateReadyAudit)
					}
				},
			},
			{
				name:   "SOC 2 Security Type II 6 months, 20 people, every control in place and documented",
				source: "Window opens when designed; source 000: 4–8 weeks of audit after the window",
				sc:     scenario{engine.SOC2, security, engine.TypeII, 6, engine.Size11to50, 1, engine.Documented, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, int(p.Start.Sub(today).Hours()/24/7), 0, 4)
					monthsWithin(t, "earliest report", months(p.ReportEarliest), 7, 10)
					if p.State.Code != StateReadyWindow {
						t.Errorf("state %q, want %q", p.State.Code, StateReadyWindow)
					}
				},
			},
			{
				name:   "SOC 2 Security Type II 6 months, 20 people, from scratch",
				source: "Tynrose: a Type II in 9–12 months from near zero; source 000: 3–6 months of preparation, then the window and 4–8 weeks",
				sc:     scenario{engine.SOC2, security, engine.TypeII, 6, engine.Size11to50, 1, engine.NotStarted, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, p.PrepWeeks, 8, 30)
					monthsWithin(t, "earliest report", months(p.ReportEarliest), 8, 18)
				},
			},
			{
				name:   "SOC 2 all five categories Type II 12 months, 250 people, 3 people, from scratch",
				source: "Linford: audit fees $20k–$150k, median $30k; source 000: 3–6 months of preparation",
				sc:     scenario{engine.SOC2, allCategories, engine.TypeII, 12, engine.Size201to1000, 3, engine.NotStarted, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, p.PrepWeeks, 16, 52)
					costWithin(t, p.Cost.ExternalFirstYear, 40_000, 200_000)
				},
			},
			{
				name:   "SOC 1 Type II 6 months, 50 people, every control partially in place",
				source: "Agency: 4–16 weeks of readiness; source 000: 3–6 months of preparation from scratch",
				sc:     scenario{engine.SOC1, nil, engine.TypeII, 6, engine.Size11to50, 1, engine.Partial, facts},
				check: func(t *testing.T, p Plan) {
					weeksWithin(t, p.PrepWeeks, 4, 20)
				},
			},
		}
		for _, row := range rows {
			t.Run(row.name+" (facts "+facts.Label()+")", func(t *testing.T) {
				p := row.sc.plan(t, lib)
				t.Logf("source: %s", row.source)
				t.Logf("prep %d weeks (%s); start %s; report %s–%s (%.1f–%.1f months); external %v, internal %v",
					p.PrepWeeks, p.PrepBasis, p.Start.Format(dateLayout), p.ReportEarliest.Format(dateLayout), p.ReportLatest.Format(dateLayout),
					months(p.ReportEarliest), months(p.ReportLatest), p.Cost.ExternalFirstYear, p.Cost.InternalFirstYear)
				row.check(t, p)
			})
		}
	}
}

func weeksWithin(t *testing.T, got, lo, hi int) {
	t.Helper()
	if got < lo || got > hi {
		t.Errorf("%d weeks, want %d–%d", got, lo, hi)
	}
}

func monthsWithin(t *testing.T, what string, got, lo, hi float64) {
	t.Helper()
	if got < lo || got > hi {
		t.Errorf("%s %.1f months from today, want %g–%g", what, got, lo, hi)
	}
}

func costWithin(t *testing.T, got Range, lo, hi int) {
	t.Helper()
	if got.Low < lo || got.High > hi {
		t.Errorf("cost $%d–$%d, want within $%d–$%d", got.Low, got.High, lo, hi)
	}
}
