package plan

import (
	"fmt"
	"time"

	"github.com/socready/socready/app/engine"
)

// StateCode is where the organization stands, in the terms an auditor uses.
type StateCode string

const (
	StateNone        StateCode = ""                      // nothing is asked
	StateDesignGaps  StateCode = "design-gaps"           // some controls are not yet designed and documented
	StateReadyWindow StateCode = "ready-to-start-window" // Type II: every control designed; the window can open
	StateReadyAudit  StateCode = "ready-for-audit"       // Type I: every control designed; Type II: every control already operating
)

// A State is the headline of the results page: it says what the next step
// is, where the readiness band only says how far along the work is.
type State struct {
	Code   StateCode
	Label  string
	Detail string
}

// A Plan is the route from today to a report, and its cost.
type Plan struct {
	Inputs    engine.PlanInputs // resolved: defaults filled in
	Scope     engine.Scope      // normalized
	State     State
	Gaps      []engine.Gap
	Effort    Effort
	PrepWeeks int
	PrepBasis string // how PrepWeeks was reached, with the inputs that drove it

	Today          time.Time
	Ready          time.Time // design work and readiness review done
	Start          time.Time // Type I fieldwork or Type II window start
	WindowEnd      time.Time // Type II only
	ReportEarliest time.Time
	ReportLatest   time.Time
	Due            time.Time // the requester's due date; zero when none

	Milestones  []Milestone
	Phases      []Phase
	Infrequent  []*engine.Question // Type II: controls that run less often than the window is long (engine.Infrequent)
	Notes       []string           // warnings about the user's own dates and choices
	Assumptions []string
	Cost        Cost
}

// Make plans an assessment: b and fw are its bank and framework (from
// Library.BankFor), today is passed in so that the plan never reads the
// clock. The assessment is not modified.
func Make(b *engine.Bank, fw *engine.Framework, a *engine.Assessment, today time.Time) Plan {
	s := engine.NormalizeScope(fw, a.Scope)
	gaps := engine.Gaps(b, fw, s, a.Answers)
	in := Resolve(a.Plan)
	typeII := s.Type == engine.TypeII
	p := Plan{Inputs: in, Scope: s, Gaps: gaps, Today: day(today)}
	p.Effort = Work(gaps, typeII, in)
	p.PrepWeeks = p.Effort.PrepWeeks(in.People)
	p.PrepBasis = prepBasis(p.Effort, in, p.PrepWeeks)
	p.Ready = addWeeks(p.Today, p.PrepWeeks)
	p.State = stateOf(s, len(gaps), p.Effort.DesignGaps, answeredAny(b, a.Answers))

	asked := engine.AskedAll(b, fw, s, a.Answers)
	penTest := false
	for i, q := range b.Questions {
		if asked[i] && q.RemediationID == PenTestRemediation {
			penTest = true
		}
	}
	p.Infrequent = engine.Infrequent(b, fw, s, a.Answers)

	p.Start = p.Ready
	if planned, ok := parseDay(s.Start); ok {
		switch {
		case planned.After(p.Ready):
			p.Start = planned
		case planned.Before(p.Ready):
			p.Notes = append(p.Notes, lateNote(typeII, planned, p.Ready, p.Effort.DesignGaps))
		}
	}
	if a.Request != nil {
		if due, ok := parseDay(a.Request.Due); ok {
			p.Due = due
		}
	}

	p.Milestones = []Milestone{fixed("Preparation starts", p.Today), fixed("Ready: design work and readiness review done", p.Ready)}
	p.Phases = []Phase{{Name: "Preparation", Start: p.Today, End: p.Ready}}
	switch {
	case !typeII:
		p.planTypeI()
	case p.State.Code == StateReadyAudit:
		p.planPastPeriod()
	default:
		p.planTypeII(s.Window)
	}
	if !p.Due.IsZero() && p.ReportLatest.After(p.Due) {
		when := "may arrive after"
		if p.ReportEarliest.After(p.Due) {
			when = "arrives after"
		}
		p.Notes = append(p.Notes, fmt.Sprintf("The requester asked for the report by %s; on this plan it %s that date (%s at the earliest). Tell them early, and consider offering a Type I or a bridge letter in the meantime.", fmtDate(p.Due), when, fmtDate(p.ReportEarliest)))
	}
	if len(p.Infrequent) > 0 {
		p.Notes = append(p.Notes, fmt.Sprintf("%d of your controls run less often than your %d-month window is long. Schedule each to run inside the window, or choose a longer window: a control with no run in the period cannot be tested, and the auditor may report it as an exception.", len(p.Infrequent), s.Window))
	}

	p.Assumptions = append([]string{
		fmt.Sprintf("Preparation starts today, %s, and is sized for %s.", fmtDate(p.Today), InputsText(in)),
		fmt.Sprintf("Hours per piece of work, for 11–50 people doing it themselves: policy %g, tool %g, recurring process %g, evidence %g; scaled × %.1f for %s. These are our assumptions; the totals are checked against the published preparation ranges listed below.",
			KindHours[engine.RemediatePolicy], KindHours[engine.RemediateTool], KindHours[engine.RemediateProcess], KindHours[engine.RemediateEvidence], scaleOf(in.Size).effort, in.Size.Label()),
		"Questions closed by the same piece of work (one policy set, one tool rollout) count it once, at the largest of their shortfalls.",
		fmt.Sprintf("A compliance platform saves about %d%% of the hours and a consultant takes on a quarter of the rest, in line with published readiness times with and without them.", int(100*(1-PlatformFactor))),
	}, p.Assumptions...)
	p.Assumptions = append(p.Assumptions, "Auditor availability, holidays and findings during the audit can push every date out.")

	optional := 0
	if s.Report != engine.SOC1 {
		for _, c := range s.Categories {
			if cat := fw.FindCategory(c); cat != nil && !cat.Required {
				optional++
			}
		}
	}
	p.Cost = costOf(s, optional, penTest, in, p.Effort)
	return p
}

// auditFromStart plans an audit that begins on the start date and reports
// minWeeks–maxWeeks later: a Type I, or a Type II of a period already past.
func (p *Plan) auditFromStart(typeName string, minWeeks, maxWeeks int) {
	p.ReportEarliest = addWeeks(p.Start, minWeeks)
	p.ReportLatest = addWeeks(p.Start, maxWeeks)
	p.Milestones = append(p.Milestones,
		fixed(typeName+" audit starts", p.Start),
		Milestone{Name: typeName + " report", Earliest: p.ReportEarliest, Latest: p.ReportLatest},
	)
	p.Phases = append(p.Phases, Phase{Name: typeName + " audit and report", Start: p.Start, End: p.ReportLatest})
}

func (p *Plan) planTypeI() {
	p.auditFromStart("Type I", TypeIMinWeeks, TypeIMaxWeeks)
	p.Assumptions = append(p.Assumptions,
		"The Type I audit starts when you are ready, or on your planned start date if that is later.",
		fmt.Sprintf("Fieldwork and writing the report take %d–%d weeks.", TypeIMinWeeks, TypeIMaxWeeks),
	)
}

func (p *Plan) planTypeII(window int) {
	p.WindowEnd = addMonths(p.Start, window)
	p.ReportEarliest = addWeeks(p.WindowEnd, TypeIIMinWeeks)
	p.ReportLatest = addWeeks(p.WindowEnd, TypeIIMaxWeeks)
	bridge := Milestone{Name: "Optional Type I report while the window runs", Earliest: addWeeks(p.Ready, TypeIMinWeeks), Latest: addWeeks(p.Ready, TypeIMaxWeeks)}
	p.Milestones = append(p.Milestones,
		bridge,
		fixed("Observation window opens", p.Start),
		fixed("Observation window closes", p.WindowEnd),
		Milestone{Name: "Type II report", Earliest: p.ReportEarliest, Latest: p.ReportLatest},
	)
	p.Phases = append(p.Phases,
		Phase{Name: "Optional Type I", Start: p.Ready, End: bridge.Latest, Optional: true},
		Phase{Name: fmt.Sprintf("Observation window (%d months)", window), Start: p.Start, End: p.WindowEnd},
		Phase{Name: "Type II audit and report", Start: p.WindowEnd, End: p.ReportLatest},
	)
	p.Assumptions = append(p.Assumptions,
		"Only design work happens before the window: every control must be designed and documented when it opens. Controls in place but not yet operating start on the window's first day; the window itself produces their evidence, so they add no preparation.",
		fmt.Sprintf("The %d-month window opens when you are ready, or on your planned start date if that is later; the audit and report take %d–%d weeks after it closes.", window, TypeIIMinWeeks, TypeIIMaxWeeks),
		"A control that starts after the window opens has no evidence for the weeks before: the auditor reports an exception for that part of the period, which can lead to a qualified opinion.",
		fmt.Sprintf("An optional Type I, once you are ready, gives customers a report %d–%d weeks later while the window runs.", TypeIMinWeeks, TypeIMaxWeeks),
	)
}

// planPastPeriod plans a Type II whose controls all already operate with
// evidence over a period: the auditor can examine a period that has passed.
func (p *Plan) planPastPeriod() {
	p.auditFromStart("Type II", TypeIIMinWeeks, TypeIIMaxWeeks)
	p.Assumptions = append(p.Assumptions,
		"Every control already operates with evidence over a period, so the auditor can examine a period that has already passed; agree its dates with them.",
		fmt.Sprintf("The audit and report take %d–%d weeks.", TypeIIMinWeeks, TypeIIMaxWeeks),
	)
}

func stateOf(s engine.Scope, gaps, designGaps int, answered bool) State {
	typeII := s.Type == engine.TypeII
	switch {
	case designGaps > 0:
		next := "the audit"
		if typeII {
			next = "the observation window can open"
		}
		return State{StateDesignGaps, "Design gaps remain",
			fmt.Sprintf("%s to design and document before %s. Until then an auditor would find controls missing, which leads to exceptions and can lead to a qualified or adverse opinion.", countText(designGaps, "control"), next)}
	case !answered:
		return State{StateNone, "Nothing answered yet", "Answer the questionnaire to see where you stand."}
	case !typeII:
		return State{StateReadyAudit, "Ready for a Type I audit", "Every control in scope is designed and documented. A readiness review, then the auditor can examine the design."}
	case gaps == 0:
		return State{StateReadyAudit, "Ready for the Type II audit", "Every control already operates with evidence over a period."}
	}
	return State{StateReadyWindow, "Ready to start your observation window",
		fmt.Sprintf("Every control is designed and documented; %s still need to operate through the window, which produces their evidence. You could also have a Type I report now.", countText(gaps, "control"))}
}

func answeredAny(b *engine.Bank, answers engine.Answers) bool {
	for _, q := range b.Questions {
		if q.Kind != engine.KindFact && answers[q.ID].Choice != engine.Unanswered {
			return true
		}
	}
	return false
}

func lateNote(typeII bool, planned, ready time.Time, designGaps int) string {
	if !typeII {
		return fmt.Sprintf("Your planned start, %s, is before the earliest date you can be ready, %s: the plan starts the audit then instead.", fmtDate(planned), fmtDate(ready))
	}
	return fmt.Sprintf("Your planned window start, %s, is before the earliest date you can be ready, %s, so the plan opens the window then. If you open it on %s anyway, %s would start late: the auditor reports an exception for each for the weeks it did not run, which can lead to a qualified opinion.",
		fmtDate(planned), fmtDate(ready), fmtDate(planned), countText(designGaps, "control"))
}

func prepBasis(e Effort, in engine.PlanInputs, weeks int) string {
	capacity := in.People * HoursPerFTEWeek
	return fmt.Sprintf("%.0f hours of remaining work in %s (sized for %s) ÷ %g hours a week (%s × %d) = %d weeks; the longest single piece of work takes %d weeks; plus %d weeks of readiness review: %d weeks.",
		e.Hours, countText(len(e.Items), "piece"), InputsText(in), capacity, PeopleText(in.People), HoursPerFTEWeek,
		ceilWeeks(e.Hours, capacity), e.LongestWeeks, ReviewWeeks, weeks)
}

func ceilWeeks(hours, perWeek float64) int {
	w := int(hours / perWeek)
	if float64(w)*perWeek < hours-1e-9 {
		w++
	}
	return w
}

func countText(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
