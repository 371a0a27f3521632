package review

import (
	"slices"

	"github.com/socready/socready/app/engine"
)

// An AnswerChange is one question whose answer differs between two
// assessments of the same bank version.
type AnswerChange struct {
	ID       string
	From, To engine.Answer // the zero Answer: no answer
}

// DiffAnswers lists the questions whose answers differ from a to b, in id
// order. Applying it to a gives b (Apply), and DiffAnswers(b, a) is the same
// list with From and To swapped.
func DiffAnswers(a, b engine.Answers) []AnswerChange {
	ids := make([]string, 0, len(a)+len(b))
	for id := range a {
		ids = append(ids, id)
	}
	for id := range b {
		if _, ok := a[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	var out []AnswerChange
	for _, id := range ids {
		if from, to := a[id], b[id]; from != to {
			out = append(out, AnswerChange{ID: id, From: from, To: to})
		}
	}
	return out
}

// Apply returns a copy of a with the changes made; an empty To removes the
// answer.
func Apply(a engine.Answers, changes []AnswerChange) engine.Answers {
	out := make(engine.Answers, len(a))
	for id, x := range a {
		out[id] = x
	}
	for _, c := range changes {
		if c.To == (engine.Answer{}) {
			delete(out, c.ID)
		} else {
			out[c.ID] = c.To
		}
	}
	return out
}

// Reverse returns the changes that undo d.
func Reverse(d []AnswerChange) []AnswerChange {
	out := make([]AnswerChange, len(d))
	for i, c := range d {
		out[i] = AnswerChange{ID: c.ID, From: c.To, To: c.From}
	}
	return out
}

// A ScoreChange is a score that moved (or appeared, or went away).
type ScoreChange struct {
	ID, Title      string // "" for the overall readiness
	From, To       int    // whole percentages
	HasFrom, HasTo bool
}

// Delta is To − From, when both exist.
func (s ScoreChange) Delta() int { return s.To - s.From }

// Changes is what changed between two results of the same assessment.
type Changes struct {
	Scores  []ScoreChange // overall first, then categories and series, in the later result's order
	Answers []AnswerChange
	// GapsClosed and GapsOpened are question ids that stopped or started
	// being gaps (asked, scored and short of full marks).
	GapsClosed, GapsOpened []string
	// Met and Lost are requirement labels newly met, or no longer met.
	Met, Lost []string
}

// Empty reports whether nothing changed.
func (c *Changes) Empty() bool {
	return len(c.Scores) == 0 && len(c.Answers) == 0 && len(c.GapsClosed) == 0 && len(c.GapsOpened) == 0 && len(c.Met) == 0 && len(c.Lost) == 0
}

// Compare says what changed from an earlier subject to a later one; q are
// the requirements both are judged against (nil: none).
func Compare(before, after Subject, q *engine.Requirements) Changes {
	var c Changes
	c.Scores = append(c.Scores, scoreChange("", "Overall readiness", before.Result.Readiness, before.Result.HasReadiness, after.Result.Readiness, after.Result.HasReadiness)...)
	lines := func(r *engine.Result) []engine.ScoreLine { return append(slices.Clone(r.Categories), r.Series...) }
	old := lines(before.Result)
	for _, l := range lines(after.Result) {
		i := slices.IndexFunc(old, func(o engine.ScoreLine) bool { return o.ID == l.ID })
		if i < 0 {
			c.Scores = append(c.Scores, scoreChange(l.ID, l.Title, 0, false, l.Score, l.HasScore)...)
			continue
		}
		c.Scores = append(c.Scores, scoreChange(l.ID, l.Title, old[i].Score, old[i].HasScore, l.Score, l.HasScore)...)
	}
	c.Answers = DiffAnswers(before.Answers, after.Answers)
	gb, ga := gapSet(before), gapSet(after)
	for _, id := range ga {
		if !slices.Contains(gb, id) {
			c.GapsOpened = append(c.GapsOpened, id)
		}
	}
	for _, id := range gb {
		if !slices.Contains(ga, id) {
			c.GapsClosed = append(c.GapsClosed, id)
		}
	}
	ob, oa := Judge(q, before), Judge(q, after)
	for i := range oa {
		switch {
		case oa[i].Met && !ob[i].Met:
			c.Met = append(c.Met, oa[i].Label)
		case !oa[i].Met && ob[i].Met:
			c.Lost = append(c.Lost, oa[i].Label)
		}
	}
	return c
}

func scoreChange(id, title string, from float64, hasFrom bool, to float64, hasTo bool) []ScoreChange {
	s := ScoreChange{ID: id, Title: title, HasFrom: hasFrom, HasTo: hasTo}
	if hasFrom {
		s.From = engine.Percent(from)
	}
	if hasTo {
		s.To = engine.Percent(to)
	}
	if hasFrom == hasTo && s.From == s.To {
		return nil
	}
	return []ScoreChange{s}
}

// gapSet lists the ids of the subject's gaps, sorted.
func gapSet(s Subject) []string {
	var ids []string
	for _, g := range engine.Gaps(s.Bank, s.Fw, s.Result.Scope, s.Answers) {
		ids = append(ids, g.Question)
	}
	slices.Sort(ids)
	return ids
}
