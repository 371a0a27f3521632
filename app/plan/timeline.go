package plan

import "time"

// Audit durations, in weeks. A Type I takes one to two months from the
// start of fieldwork to the report; a Type II needs four to eight weeks of
// audit and reporting after its window ends (both from
// shared/sources/000, "SOC 2 audit timeline"; Agency reports 3–6 weeks of
// audit, Vanta about 4–6 weeks to issue a report).
const (
	TypeIMinWeeks  = 4
	TypeIMaxWeeks  = 8
	TypeIIMinWeeks = 4
	TypeIIMaxWeeks = 8
)

// A Phase is a stretch of the plan drawn on the timeline picture.
type Phase struct {
	Name     string
	Start    time.Time
	End      time.Time // the latest end when the length is a range
	Optional bool      // the bridge Type I
}

// A Milestone is a point of the plan; Earliest and Latest bound it.
type Milestone struct {
	Name     string
	Earliest time.Time
	Latest   time.Time
}

func fixed(name string, t time.Time) Milestone { return Milestone{Name: name, Earliest: t, Latest: t} }

// addWeeks and addMonths work on calendar days; addMonths clamps to the
// month's last day (31 January + 1 month is the end of February).
func addWeeks(t time.Time, w int) time.Time { return t.AddDate(0, 0, 7*w) }

func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}

// day drops the time of day.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

const dateLayout = "2006-01-02"

func fmtDate(t time.Time) string { return t.Format("2 Jan 2006") }

// parseDay reads a YYYY-MM-DD date; ok is false for anything else.
func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse(dateLayout, s)
	return t, err == nil
}

// MonthsBetween is the whole and fractional months from a to b, counting
// 30.44 days a month, for tests and summaries.
func MonthsBetween(a, b time.Time) float64 { return b.Sub(a).Hours() / 24 / 30.44 }
