package engine

import "fmt"

// A Range is a low–high amount in US dollars.
type Range struct{ Low, High int }

func (r Range) add(o Range) Range { return Range{r.Low + o.Low, r.High + o.High} }
func (r Range) times(n int) Range { return Range{r.Low * n, r.High * n} }

// Cost figures, in US dollars. They are deliberately round market ranges for
// a small to mid-sized service organization, in line with the public guides
// the product draws on (overall SOC 2 costs from several thousand to several
// hundred thousand dollars; Type II costs more than Type I; scope, type,
// preparation and tooling drive it; 40–80 hours of first-year work with the
// auditor). Every figure is shown to the user with its basis.
var (
	AuditTypeI          = Range{10_000, 20_000} // Type I audit, one category (or a SOC 1)
	AuditTypeII         = Range{20_000, 45_000} // Type II audit, one category (or a SOC 1)
	ExtraCategoryTypeI  = Range{2_000, 5_000}   // each optional TSC category added to a Type I
	ExtraCategoryTypeII = Range{3_000, 8_000}   // each optional TSC category added to a Type II
	SOC3Report          = Range{2_000, 5_000}   // issuing a SOC 3 alongside the SOC 2
	PrepPerWeek         = Range{2_000, 4_000}   // one person-week of staff or consultant time
	AuditorHours        = Range{40, 80}         // hours of the team's time spent with the auditor
	HourlyRate          = Range{50, 100}        // cost of an hour of that time
	ToolingPerYear      = Range{5_000, 20_000}  // compliance, logging, scanning and device tools
	PenTestPerYear      = Range{5_000, 20_000}  // an external penetration test
)

// A CostLine is one driver of the estimate.
type CostLine struct {
	Name      string
	Amount    Range
	Basis     string // how the amount was reached, in plain words
	Recurring bool   // also paid every year after the first
}

// A CostEstimate is a rough first-year range and a yearly renewal range.
type CostEstimate struct {
	Currency    string // "USD"
	Label       string // says this is an estimate, not a quote
	FirstYear   Range
	Renewal     Range // each later year: a Type II audit plus the recurring lines
	Lines       []CostLine
	Assumptions []string
}

// EstimateCost gives a rough cost range for scope (pass the normalized scope,
// e.g. Result.Scope) with the remaining gaps. A penetration test is counted
// when the scope is security-sensitive: Confidentiality or Privacy in scope.
func EstimateCost(scope Scope, gaps []Gap) CostEstimate {
	s := NormalizeScope(nil, scope)
	extra := 0
	sensitive := false
	if s.Report != SOC1 {
		seen := map[string]bool{}
		for _, c := range scope.Categories {
			if c == "security" || seen[c] {
				continue
			}
			seen[c] = true
			extra++
			sensitive = sensitive || c == "confidentiality" || c == "privacy"
		}
	}
	total, _ := RemainingEffort(gaps)

	audit, perCat, typeName := AuditTypeI, ExtraCategoryTypeI, "Type I"
	if s.Type == TypeII {
		audit, perCat, typeName = AuditTypeII, ExtraCategoryTypeII, "Type II"
	}
	auditBasis := fmt.Sprintf("%s audit fee for %s: $%s–$%s for the base scope", typeName, reportName(s.Report), money(audit.Low), money(audit.High))
	if extra > 0 {
		auditBasis += fmt.Sprintf(", plus $%s–$%s for each of %d optional categories", money(perCat.Low), money(perCat.High), extra)
	}
	auditFee := audit.add(perCat.times(extra))
	renewalFee := AuditTypeII.add(ExtraCategoryTypeII.times(extra))

	lines := []CostLine{{Name: "Audit fee", Amount: auditFee, Basis: auditBasis + "."}}
	if s.Report == SOC3 {
		lines = append(lines, CostLine{Name: "SOC 3 report", Amount: SOC3Report, Recurring: true,
			Basis: "Issuing the general-use SOC 3 from the same examination."})
	}
	lines = append(lines,
		CostLine{Name: "Closing the gaps", Amount: PrepPerWeek.times(total),
			Basis: fmt.Sprintf("%d remaining weeks of work × $%s–$%s per person-week of staff or consultant time.", total, money(PrepPerWeek.Low), money(PrepPerWeek.High))},
		CostLine{Name: "Working with the auditor", Amount: Range{AuditorHours.Low * HourlyRate.Low, AuditorHours.High * HourlyRate.High}, Recurring: true,
			Basis: fmt.Sprintf("%d–%d hours of your team's time at $%d–$%d an hour.", AuditorHours.Low, AuditorHours.High, HourlyRate.Low, HourlyRate.High)},
		CostLine{Name: "Tooling", Amount: ToolingPerYear, Recurring: true,
			Basis: "Yearly compliance, logging, vulnerability scanning and device management tools."},
	)
	if sensitive {
		lines = append(lines, CostLine{Name: "Penetration test", Amount: PenTestPerYear, Recurring: true,
			Basis: "A yearly external penetration test, expected when confidential or personal information is in scope."})
	}

	e := CostEstimate{Currency: "USD", Label: "Rough estimate, not a quote: real prices depend on the audit firm, your size and how complex your systems are."}
	e.Renewal = renewalFee
	for _, l := range lines {
		e.FirstYear = e.FirstYear.add(l.Amount)
		if l.Recurring {
			e.Renewal = e.Renewal.add(l.Amount)
		}
	}
	e.Lines = lines
	e.Assumptions = []string{
		"Figures are round market ranges for a small to mid-sized organization, in US dollars.",
		"More categories, a Type II instead of a Type I, a larger or more complex organization and a less prepared starting point all raise the cost.",
		"Closing the gaps is priced from the remaining effort in the gap list; doing it with your own staff or with consultants changes the rate, not the weeks.",
		"Each later year needs a new Type II audit plus the recurring lines; the first-year total does not include an optional bridge Type I.",
	}
	if !sensitive && s.Report != SOC1 {
		e.Assumptions = append(e.Assumptions, "No penetration test is counted because neither Confidentiality nor Privacy is in scope; many auditors and customers still expect one.")
	}
	return e
}

func reportName(r Report) string {
	switch r {
	case SOC1:
		return "SOC 1"
	case SOC3:
		return "SOC 2 with a SOC 3"
	}
	return "SOC 2"
}

// money formats whole dollars with thousands separators.
func money(n int) string {
	s := fmt.Sprint(n)
	out := make([]byte, 0, len(s)+len(s)/3)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}
