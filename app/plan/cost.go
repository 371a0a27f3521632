package plan

import (
	"fmt"
	"math"

	"github.com/socready/socready/app/engine"
)

// A Range is a low–high amount in US dollars or hours.
type Range struct{ Low, High int }

func (r Range) add(o Range) Range { return Range{r.Low + o.Low, r.High + o.High} }

// scaled multiplies both ends by f, rounded to the nearest $500 for prices.
func (r Range) scaled(f float64) Range {
	round := func(v float64) int { return int(math.Round(v/500)) * 500 }
	return Range{round(float64(r.Low) * f), round(float64(r.High) * f)}
}

// Prices for an organization of 11–50 people, in US dollars, before the size
// factor (inputs.go). Sources are in sources.go; where no source prices an
// item, the figure is our assumption and says so to the user.
var (
	// Type I audit fee, Security only or a SOC 1. Published startup ranges
	// are $5,000–$25,000 (LegalClarity, Promise Legal); the lowest quotes
	// are for the smallest firms, which the 1–10 band's factor reaches.
	AuditTypeI = Range{10_000, 25_000}
	// Type II audit fee. Published: $20,000–$50,000 and more (Promise
	// Legal); SOC audits overall $20,000–$150,000, median about $30,000
	// (Linford & Co).
	AuditTypeII = Range{20_000, 45_000}
	// Each optional category adds criteria to test (Moore Colson): our
	// assumption of its share of the fee.
	ExtraCategoryTypeI  = Range{2_000, 5_000}
	ExtraCategoryTypeII = Range{3_000, 8_000}
	SOC3Report          = Range{2_000, 5_000} // issuing the SOC 3 from the same examination: assumption
	// A focused application penetration test (CalculatorHub: $5,000–$20,000).
	PenTest = Range{5_000, 20_000}
	// A compliance platform's yearly subscription. Vendors do not publish
	// prices; this is our assumption for a small company, scaled by size.
	Platform = Range{7_500, 25_000}
	// A consultant's readiness assessment, and their rate for the share of
	// the remediation they take on: assumptions.
	ReadinessAssessment = Range{5_000, 15_000}
	ConsultantRate      = Range{150, 250}
	// Hours of the team's time spent with the auditors each year
	// (shared/sources/001: 40–80 hours in the first year).
	AuditorHours = Range{40, 80}
)

// PenTestRemediation is the remediation id of the bank's penetration-test
// question: when it is asked, the cost counts a yearly test.
const PenTestRemediation = "penetration-test"

// A CostLine is one driver of the estimate.
type CostLine struct {
	Name      string
	Amount    Range
	Basis     string // how the amount was reached and which inputs drove it
	Recurring bool   // paid again every later year
}

// Cost is the estimate, with the outside spend and the team's own time kept
// apart: the second is not a bill, but it is the larger part of the work.
type Cost struct {
	External          []CostLine
	Internal          []CostLine
	ExternalFirstYear Range
	ExternalRenewal   Range // each later year: a Type II audit and the recurring lines
	InternalFirstYear Range
	InternalRenewal   Range
	InternalHours     Range // the team's hours in the first year
	Label             string
	Assumptions       []string
}

// costOf prices a plan. optional is the number of optional categories in a
// SOC 2 scope; penTest says whether the bank asks for a penetration test.
func costOf(s engine.Scope, optional int, penTest bool, in engine.PlanInputs, e Effort) Cost {
	sc := scaleOf(in.Size)
	size := in.Size.Label()
	audit, perCat, typeName := AuditTypeI, ExtraCategoryTypeI, "Type I"
	if s.Type == engine.TypeII {
		audit, perCat, typeName = AuditTypeII, ExtraCategoryTypeII, "Type II"
	}
	fee := func(base, per Range) Range {
		r := base
		for range optional {
			r = r.add(per)
		}
		return r.scaled(sc.audit)
	}
	basis := fmt.Sprintf("%s audit of %s: %s–%s for the base scope", typeName, reportName(s.Report), Dollars(audit.Low), Dollars(audit.High))
	if optional > 0 {
		basis += fmt.Sprintf(", plus %s–%s for each of %d optional categories", Dollars(perCat.Low), Dollars(perCat.High), optional)
	}
	basis += fmt.Sprintf(", × %.1f for %s.", sc.audit, size)

	c := Cost{Label: "Rough estimate, not a quote: prices depend on the audit firm, your systems and how many locations and subservice organizations are in scope."}
	c.External = append(c.External, CostLine{Name: "Audit fee", Amount: fee(audit, perCat), Basis: basis})
	renewal := fee(AuditTypeII, ExtraCategoryTypeII)
	if s.Report == engine.SOC3 {
		c.External = append(c.External, CostLine{Name: "SOC 3 report", Amount: SOC3Report, Recurring: true,
			Basis: "Issuing the general-use SOC 3 from the same examination (assumption)."})
	}
	if penTest {
		c.External = append(c.External, CostLine{Name: "Penetration test", Amount: PenTest.scaled(sc.audit), Recurring: true,
			Basis: fmt.Sprintf("A yearly independent test, which your questionnaire asks for: %s–%s for a focused application test, × %.1f for %s.", Dollars(PenTest.Low), Dollars(PenTest.High), sc.audit, size)})
	}
	if in.Platform {
		c.External = append(c.External, CostLine{Name: "Compliance platform", Amount: Platform.scaled(sc.audit), Recurring: true,
			Basis: fmt.Sprintf("A yearly subscription, %s–%s × %.1f for %s (assumption: vendors do not publish prices). It cuts the team's hours by %d%%.", Dollars(Platform.Low), Dollars(Platform.High), sc.audit, size, int(100*(1-PlatformFactor)))})
	}
	if in.Consultant {
		hours := int(math.Round(e.Outside))
		work := Range{hours * ConsultantRate.Low, hours * ConsultantRate.High}
		c.External = append(c.External, CostLine{Name: "Consultant", Amount: ReadinessAssessment.add(work),
			Basis: fmt.Sprintf("A readiness assessment (%s–%s) and %d hours of remediation help (a quarter of the remaining work) at $%d–$%d an hour (assumptions).", Dollars(ReadinessAssessment.Low), Dollars(ReadinessAssessment.High), hours, ConsultantRate.Low, ConsultantRate.High)})
	}

	prep := int(math.Round(e.Hours))
	c.InternalHours = Range{prep + AuditorHours.Low, prep + AuditorHours.High}
	rate := in.HourlyRate
	c.Internal = []CostLine{
		{Name: "Preparation work", Amount: Range{prep * rate, prep * rate},
			Basis: fmt.Sprintf("%d hours of remaining work (see the plan) × $%d an hour of your team's time.", prep, rate)},
		{Name: "Working with the auditor", Amount: Range{AuditorHours.Low * rate, AuditorHours.High * rate}, Recurring: true,
			Basis: fmt.Sprintf("%d–%d hours a year answering requests and walkthroughs × $%d an hour.", AuditorHours.Low, AuditorHours.High, rate)},
	}

	c.ExternalRenewal = renewal
	for _, l := range c.External {
		c.ExternalFirstYear = c.ExternalFirstYear.add(l.Amount)
		if l.Recurring {
			c.ExternalRenewal = c.ExternalRenewal.add(l.Amount)
		}
	}
	for _, l := range c.Internal {
		c.InternalFirstYear = c.InternalFirstYear.add(l.Amount)
		if l.Recurring {
			c.InternalRenewal = c.InternalRenewal.add(l.Amount)
		}
	}
	c.Assumptions = []string{
		"Outside costs are what you pay others; the team's own time is shown apart, at the hourly rate you set, and is not a bill.",
		"Each later year needs a new Type II audit of the same scope and the recurring lines. An optional bridge Type I is not included.",
		"More categories, a Type II, a larger organization and a less prepared starting point all raise the cost; public ranges and their sources are listed below.",
	}
	if !penTest && s.Report != engine.SOC1 {
		c.Assumptions = append(c.Assumptions, "No penetration test is counted because your questionnaire does not ask for one in this scope; many customers expect one anyway.")
	}
	return c
}

func reportName(r engine.Report) string {
	switch r {
	case engine.SOC1:
		return "a SOC 1"
	case engine.SOC3:
		return "a SOC 2 with a SOC 3"
	}
	return "a SOC 2"
}

// Dollars formats whole US dollars with thousands separators: "$12,500".
func Dollars(n int) string {
	s := fmt.Sprint(n)
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return "$" + string(out)
}

// String is the range as shown everywhere: "$20,000 – $45,000", or one
// amount when both ends are equal.
func (r Range) String() string {
	if r.Low == r.High {
		return Dollars(r.Low)
	}
	return Dollars(r.Low) + " – " + Dollars(r.High)
}
