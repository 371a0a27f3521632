package review

import (
	"slices"
	"strconv"

	"github.com/socready/socready/app/engine"
)

// An Outcome is one requirement judged against one assessment.
type Outcome struct {
	Key    string // stable across assessments, to line outcomes up in a comparison
	Label  string // the requirement, in words ("Overall readiness of at least 70%")
	Met    bool
	Detail string // what the assessment shows ("now 64%")
	// Short lists the questions that fall short of a control requirement.
	Short []string
}

// Subject is what requirements are judged against: a scored assessment.
type Subject struct {
	Bank    *engine.Bank
	Fw      *engine.Framework
	Result  *engine.Result
	Answers engine.Answers
}

// Judge judges every requirement of q, in a fixed order: overall readiness,
// category minimums in framework order, controls as listed, then blockers.
// "Designed" is a design credit of 1 on every asked design question of a
// criterion (or on the question); "operating" an operating credit of 1 on
// every asked scored question. Justified N/A questions are left out, as in
// the scores; a criterion with nothing asked is not met.
func Judge(q *engine.Requirements, s Subject) []Outcome {
	if q.Empty() {
		return nil
	}
	r := s.Result
	var out []Outcome
	if q.MinReadiness > 0 {
		o := Outcome{Key: "min", Label: "Overall readiness of at least " + pct(q.MinReadiness)}
		if r.HasReadiness {
			o.Met = engine.Percent(r.Readiness) >= q.MinReadiness
			o.Detail = "now " + pct(engine.Percent(r.Readiness))
		} else {
			o.Detail = "no score yet"
		}
		out = append(out, o)
	}
	for _, c := range s.Fw.Categories {
		min, ok := q.MinCategory[c.ID]
		if !ok {
			continue
		}
		o := Outcome{Key: "cat:" + c.ID, Label: c.Title + " readiness of at least " + pct(min), Detail: "not in scope"}
		if i := slices.IndexFunc(r.Categories, func(l engine.ScoreLine) bool { return l.ID == c.ID }); i >= 0 {
			o.Detail = "no score yet"
			if l := r.Categories[i]; l.HasScore {
				o.Met = engine.Percent(l.Score) >= min
				o.Detail = "now " + pct(engine.Percent(l.Score))
			}
		}
		out = append(out, o)
	}
	var asked []bool
	for _, c := range q.Controls {
		if asked == nil {
			asked = engine.AskedAll(s.Bank, s.Fw, r.Scope, s.Answers)
		}
		out = append(out, judgeControl(c, s, asked))
	}
	if q.LimitBlockers {
		o := Outcome{Key: "blockers", Label: "At most " + strconv.Itoa(q.MaxBlockers) + " " + plural(q.MaxBlockers, "blocker", "blockers")}
		if q.MaxBlockers == 0 {
			o.Label = "No blockers"
		}
		o.Met = len(r.Blockers) <= q.MaxBlockers
		o.Detail = "now " + strconv.Itoa(len(r.Blockers))
		for _, b := range r.Blockers {
			o.Short = append(o.Short, b.ID)
		}
		out = append(out, o)
	}
	return out
}

// Level is the level a control requirement asks for, in words.
func Level(c engine.ControlRequirement) string {
	if c.Operating {
		return "operating"
	}
	return "designed"
}

func judgeControl(c engine.ControlRequirement, s Subject, asked []bool) Outcome {
	o := Outcome{Key: "ctl:" + Level(c) + ":" + c.Ref, Label: c.Ref + " " + Level(c)}
	if c.Question {
		o.Key += ":q"
		o.Label = "Question " + c.Ref + " " + Level(c)
	}
	n, reached := 0, 0
	for i := range s.Bank.Questions {
		q := &s.Bank.Questions[i]
		if q.Kind == engine.KindFact || !asked[i] {
			continue
		}
		if c.Question && q.ID != c.Ref || !c.Question && !slices.Contains(q.Criteria, c.Ref) {
			continue
		}
		if !c.Operating && q.Test != engine.TestDesign && !c.Question {
			continue
		}
		a := s.Answers[q.ID]
		if a.Choice == engine.NA && a.Justification != "" {
			continue
		}
		n++
		design, operating := engine.Credits(a.Choice)
		if design == 1 && (!c.Operating || operating == 1) {
			reached++
		} else {
			o.Short = append(o.Short, q.ID)
		}
	}
	switch {
	case n == 0:
		o.Detail = "no question about it is asked in this scope"
	case reached == n:
		o.Met, o.Detail = true, "all "+strconv.Itoa(n)+" "+plural(n, "question", "questions")+" reached"
	default:
		o.Detail = strconv.Itoa(reached) + " of " + strconv.Itoa(n) + " " + plural(n, "question", "questions") + " reached"
	}
	return o
}

// MetCount counts the outcomes met.
func MetCount(out []Outcome) int {
	n := 0
	for _, o := range out {
		if o.Met {
			n++
		}
	}
	return n
}

// Summary is "meets 4 of 5 requirements".
func Summary(out []Outcome) string {
	return "Meets " + strconv.Itoa(MetCount(out)) + " of " + strconv.Itoa(len(out)) + " " + plural(len(out), "requirement", "requirements")
}

// RequiredOf returns the control requirements that name question q, directly
// or through one of its criteria, so the vendor sees them beside it.
func RequiredOf(q *engine.Requirements, question *engine.Question) []engine.ControlRequirement {
	if q == nil {
		return nil
	}
	var out []engine.ControlRequirement
	for _, c := range q.Controls {
		if c.Question && c.Ref == question.ID || !c.Question && slices.Contains(question.Criteria, c.Ref) &&
			(c.Operating || question.Test == engine.TestDesign) {
			out = append(out, c)
		}
	}
	return out
}

// Same reports whether two sets of requirements ask for the same things,
// whatever the order of their controls.
func Same(a, b *engine.Requirements) bool {
	if a.Empty() || b.Empty() {
		return a.Empty() == b.Empty()
	}
	if a.MinReadiness != b.MinReadiness || a.LimitBlockers != b.LimitBlockers || a.MaxBlockers != b.MaxBlockers ||
		len(a.MinCategory) != len(b.MinCategory) || len(a.Controls) != len(b.Controls) {
		return false
	}
	for k, v := range a.MinCategory {
		if w, ok := b.MinCategory[k]; !ok || w != v {
			return false
		}
	}
	for _, c := range a.Controls {
		if !slices.Contains(b.Controls, c) {
			return false
		}
	}
	return true
}

func pct(v int) string { return strconv.Itoa(v) + "%" }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
