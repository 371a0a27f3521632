package engine

import (
	"fmt"
	"time"
)

// Timeline assumptions. They are stated to the user with every plan.
const (
	Workstreams        = 2 // gaps worked on in parallel
	ReviewWeeks        = 2 // minimum preparation: a readiness review even with no gaps
	TypeIFieldworkMin  = 2 // weeks of Type I audit fieldwork
	TypeIFieldworkMax  = 4
	TypeIReportMin     = 2 // weeks to write a Type I report after fieldwork
	TypeIReportMax     = 4
	TypeIIAuditMinWeek = 4 // weeks of Type II audit and report after the window ends
	TypeIIAuditMaxWeek = 8
)

// A Milestone is a point of the plan; when the date is uncertain, Earliest and
// Latest bound it (they are equal for a fixed date).
type Milestone struct {
	Name     string
	Earliest time.Time
	Latest   time.Time
}

// A Timeline is the route from today to a SOC report.
type Timeline struct {
	Type             AuditType
	PrepWeeks        int // weeks of preparation before the audit can start
	TotalEffortWeeks int // sum of remaining gap efforts
	LongestGapWeeks  int
	Today            time.Time
	Ready            time.Time // gaps closed and readiness review done
	AuditStart       time.Time // Type I fieldwork or Type II observation window start
	WindowEnd        time.Time // Type II only
	ReportEarliest   time.Time
	ReportLatest     time.Time
	Milestones       []Milestone
	Assumptions      []string
	Notes            []string // warnings about the user's own dates
}

// PlanTimeline turns the remaining gaps into dates. Preparation starts today
// and lasts the longer of the largest remaining gap and the total remaining
// effort shared by Workstreams, at least ReviewWeeks. The audit (Type I) or
// the observation window (Type II) starts at the ready date or at the planned
// start date of the scope, whichever is later. today is passed in so the
// engine never reads the clock.
func PlanTimeline(scope Scope, gaps []Gap, today time.Time) Timeline {
	s := NormalizeScope(nil, scope)
	today = day(today)
	total, longest := RemainingEffort(gaps)
	prep := max(longest, ceilDiv(total, Workstreams), ReviewWeeks)
	t := Timeline{
		Type: s.Type, PrepWeeks: prep, TotalEffortWeeks: total, LongestGapWeeks: longest,
		Today: today, Ready: addWeeks(today, prep),
	}
	t.AuditStart = t.Ready
	if s.Start != "" {
		planned, _ := time.Parse(dateLayout, s.Start)
		if planned.After(t.Ready) {
			t.AuditStart = planned
		} else if planned.Before(t.Ready) {
			t.Notes = append(t.Notes, fmt.Sprintf("Your planned start, %s, is before the earliest date you can be ready, %s: the plan starts on %s instead.",
				fmtDate(planned), fmtDate(t.Ready), fmtDate(t.Ready)))
		}
	}
	t.Assumptions = []string{
		fmt.Sprintf("Preparation starts today, %s.", fmtDate(today)),
		"Each gap's remaining effort is its full effort scaled by how far the control is from done, rounded up to whole weeks.",
		fmt.Sprintf("Preparation takes the longer of the largest single gap (%d weeks) and the total remaining effort (%d weeks) shared between %d parallel workstreams, and never less than %d weeks for a final readiness review: %d weeks.",
			longest, total, Workstreams, ReviewWeeks, prep),
	}
	t.Milestones = []Milestone{
		{Name: "Preparation starts", Earliest: today, Latest: today},
		{Name: "Ready for the audit", Earliest: t.Ready, Latest: t.Ready},
	}
	if s.Type == TypeI {
		t.ReportEarliest = addWeeks(t.AuditStart, TypeIFieldworkMin+TypeIReportMin)
		t.ReportLatest = addWeeks(t.AuditStart, TypeIFieldworkMax+TypeIReportMax)
		t.Milestones = append(t.Milestones,
			Milestone{Name: "Type I audit fieldwork starts", Earliest: t.AuditStart, Latest: t.AuditStart},
			Milestone{Name: "Type I fieldwork ends", Earliest: addWeeks(t.AuditStart, TypeIFieldworkMin), Latest: addWeeks(t.AuditStart, TypeIFieldworkMax)},
			Milestone{Name: "Type I report", Earliest: t.ReportEarliest, Latest: t.ReportLatest},
		)
		t.Assumptions = append(t.Assumptions,
			"The Type I audit starts when you are ready or on your planned start date, whichever is later.",
			fmt.Sprintf("Audit fieldwork takes %d–%d weeks and writing the report another %d–%d weeks.", TypeIFieldworkMin, TypeIFieldworkMax, TypeIReportMin, TypeIReportMax),
		)
	} else {
		t.WindowEnd = addMonths(t.AuditStart, s.Window)
		t.ReportEarliest = addWeeks(t.WindowEnd, TypeIIAuditMinWeek)
		t.ReportLatest = addWeeks(t.WindowEnd, TypeIIAuditMaxWeek)
		bridgeMin := addWeeks(t.Ready, TypeIFieldworkMin+TypeIReportMin)
		bridgeMax := addWeeks(t.Ready, TypeIFieldworkMax+TypeIReportMax)
		t.Milestones = append(t.Milestones,
			Milestone{Name: "Optional Type I report, as a bridge while the window runs", Earliest: bridgeMin, Latest: bridgeMax},
			Milestone{Name: "Observation window starts", Earliest: t.AuditStart, Latest: t.AuditStart},
			Milestone{Name: "Observation window ends", Earliest: t.WindowEnd, Latest: t.WindowEnd},
			Milestone{Name: "Type II report", Earliest: t.ReportEarliest, Latest: t.ReportLatest},
		)
		t.Assumptions = append(t.Assumptions,
			fmt.Sprintf("The %d-month observation window starts when you are ready or on your planned start date, whichever is later.", s.Window),
			fmt.Sprintf("After the window ends, the audit and the report take %d–%d weeks.", TypeIIAuditMinWeek, TypeIIAuditMaxWeek),
			fmt.Sprintf("A Type I report can be started at the ready date as a bridge; it arrives %d–%d weeks later.", TypeIFieldworkMin+TypeIReportMin, TypeIFieldworkMax+TypeIReportMax),
		)
	}
	t.Assumptions = append(t.Assumptions, "Auditor availability, holidays and findings during the audit can push every date out.")
	return t
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// day drops the time of day, keeping the calendar date.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func addWeeks(t time.Time, w int) time.Time { return t.AddDate(0, 0, 7*w) }

// addMonths adds calendar months, clamping to the month's last day (31 January
// + 1 month = 28 or 29 February, not early March).
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}

func fmtDate(t time.Time) string { return t.Format(dateLayout) }
