package plan

import (
	"math"
	"slices"
	"strconv"

	"github.com/socready/socready/app/engine"
)

// Hours of work to close a remediation of each kind from nothing, at an
// organization of 11–50 people doing it alone. No public source prices these
// one by one: they are our assumptions, shown to the user. They were set so
// that a company of 11–50 people starting from nothing on a Security-only
// SOC 2 Type I needs about 500 hours, 15–20 weeks for one person, with the
// question bank as it stands (about 150 narrow questions): the published
// range is 10–16 weeks of manual readiness work under 50 people (Agency,
// "SOC 2 readiness timeline by company size") and 3–6 months of preparation
// (shared/sources/000). calibration_test.go checks the totals.
var KindHours = map[engine.RemediationKind]float64{
	engine.RemediatePolicy:   5,  // adapt a policy from a template, have it reviewed and approved, publish it
	engine.RemediateTool:     12, // choose, configure and roll out a tool, and record its settings
	engine.RemediateProcess:  7,  // define a recurring process, name its owner, run it once and record it
	engine.RemediateEvidence: 2,  // set up where a control's evidence is kept, and keep it
}

// KindWeeks is the shortest calendar time a remediation of each kind takes,
// however many people work on it: approvals, rollouts and a first run of a
// process take elapsed time.
var KindWeeks = map[engine.RemediationKind]int{
	engine.RemediatePolicy:   2,
	engine.RemediateTool:     4,
	engine.RemediateProcess:  3,
	engine.RemediateEvidence: 1,
}

// Effects of outside help on the team's own hours. Agency reports 10–16
// weeks of readiness work done by hand, 6–10 with a compliance platform and
// 4–8 with a platform and a consultant, for companies under 50 people: a
// platform saves about 40% of the work, and a consultant about a quarter of
// what is left, which they then do themselves (and bill).
const (
	PlatformFactor   = 0.6
	ConsultantShare  = 0.25
	HoursPerFTEWeek  = 32 // a full-time person's productive hours a week on this work (of 40)
	ReviewWeeks      = 2  // a final readiness review before the audit or window, even with no gaps
	defaultKindHours = 7  // a question without a remediation kind counts as a process
)

// A WorkItem is one piece of remediation work: a shared remediation (one
// policy set, one MFA rollout) or a single question's fix.
type WorkItem struct {
	ID        string // the remediation id, or the question id when it is not shared
	Title     string // what the user reads: the question's text, or the shared remediation's name
	Kind      engine.RemediationKind
	Questions []string // the gaps it closes, in gap-list order
	Shortfall float64  // how far from done: the largest shortfall among its questions
	Hours     float64  // the team's own hours left, after size and outside help
	Outside   float64  // the consultant's hours on it
	Weeks     int      // the shortest calendar time it can take
}

// Effort is the remaining preparation work.
type Effort struct {
	Items        []WorkItem // largest first
	Hours        float64    // the team's own hours, summed
	Outside      float64    // the consultant's hours, summed
	LongestWeeks int        // the longest single item's calendar time
	DesignGaps   int        // questions whose design is not yet complete
}

// prepShortfall is how far a gap's control is from being designed and
// documented, which is all preparation can deliver: 1 − design credit. For
// a Type I the gap's own credit is the design credit already. For a Type II
// a control in place and documented has nothing left to prepare; running it
// through the window is what produces its operating evidence.
func prepShortfall(g *engine.Gap, typeII bool) float64 {
	if !typeII {
		return g.Shortfall
	}
	d, _ := engine.Credits(g.Answer)
	return 1 - d
}

// Work groups the gaps into pieces of work and sizes them for in.
func Work(gaps []engine.Gap, typeII bool, in engine.PlanInputs) Effort {
	sc := scaleOf(in.Size)
	help := 1.0
	if in.Platform {
		help = PlatformFactor
	}
	var e Effort
	index := map[string]int{}
	for i := range gaps {
		g := &gaps[i]
		short := prepShortfall(g, typeII)
		if short <= 0 {
			continue
		}
		e.DesignGaps++
		id := g.RemediationID
		if id == "" {
			id = g.Question
		}
		n, ok := index[id]
		if !ok {
			n = len(e.Items)
			index[id] = n
			e.Items = append(e.Items, WorkItem{ID: id, Kind: g.RemediationKind})
		}
		it := &e.Items[n]
		it.Questions = append(it.Questions, g.Question)
		if len(it.Questions) == 1 {
			it.Title = g.Text
		} else {
			it.Title = sharedTitle(it.ID, len(it.Questions))
		}
		it.Shortfall = max(it.Shortfall, short)
	}
	for i := range e.Items {
		it := &e.Items[i]
		base, ok := KindHours[it.Kind]
		if !ok {
			base = defaultKindHours
		}
		hours := base * it.Shortfall * sc.effort * help
		if in.Consultant {
			it.Outside = hours * ConsultantShare
			hours -= it.Outside
		}
		it.Hours = hours
		weeks, ok := KindWeeks[it.Kind]
		if !ok {
			weeks = KindWeeks[engine.RemediateProcess]
		}
		it.Weeks = max(1, int(math.Ceil(float64(weeks)*it.Shortfall-1e-9)))
		e.Hours += it.Hours
		e.Outside += it.Outside
		e.LongestWeeks = max(e.LongestWeeks, it.Weeks)
	}
	slices.SortStableFunc(e.Items, func(a, b WorkItem) int {
		switch {
		case a.Hours > b.Hours:
			return -1
		case a.Hours < b.Hours:
			return 1
		}
		return 0
	})
	return e
}

// PrepWeeks is how long preparation takes: the remaining hours shared by the
// people available, never less than the longest single piece of work, plus
// the final readiness review.
func (e Effort) PrepWeeks(people float64) int {
	if people <= 0 {
		people = Defaults.People
	}
	work := int(math.Ceil(e.Hours/(people*HoursPerFTEWeek) - 1e-9))
	return max(work, e.LongestWeeks) + ReviewWeeks
}

// sharedTitle names a shared remediation from its id: "mfa-rollout" with 3
// questions reads "Mfa rollout (closes 3 questions)".
func sharedTitle(id string, n int) string {
	b := []byte(id)
	for i, c := range b {
		if c == '-' || c == '_' {
			b[i] = ' '
		}
	}
	if len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b) + " (closes " + strconv.Itoa(n) + " questions)"
}
