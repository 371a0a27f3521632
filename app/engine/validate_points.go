package engine

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// MaxPointsPerQuestion is how many points of focus one question may cite. A
// question that needs more asks several things at once and should be split,
// so that "partially in place" can still say which part is missing.
const MaxPointsPerQuestion = 6

// validatePoints checks a framework's points of focus: each id is its
// criterion's id, a dot and a two-digit position counting 01, 02, … within the
// criterion; ids are unique; criteria, scopes and categories are known; and
// each criterion has as many points as the framework says it has.
func validatePoints(p problems, fw *Framework, pts []PointOfFocus) {
	if len(pts) == 0 {
		p.add("", "", "no points of focus listed")
	}
	fx := fw.index()
	seen := make(map[string]bool, len(pts))
	last := map[string]int{} // criterion → last position seen
	for i, pt := range pts {
		f := fmt.Sprintf("[%d]", i)
		if _, ok := fx.crit[pt.Criterion]; !ok {
			p.add("", f+".criterion", "point %q: unknown criterion %q in framework %q", pt.ID, pt.Criterion, fw.ID)
		}
		pos, ok := pointPosition(pt.ID, pt.Criterion)
		switch {
		case !ok:
			p.add("", f+".id", "point id %q must be its criterion id, a dot and a two-digit position (e.g. %s.01)", pt.ID, pt.Criterion)
		case seen[pt.ID]:
			p.add("", f+".id", "duplicate point id %q", pt.ID)
		case pos != last[pt.Criterion]+1:
			p.add("", f+".id", "point %q is out of order: expected %s.%02d next", pt.ID, pt.Criterion, last[pt.Criterion]+1)
		}
		if ok && !seen[pt.ID] {
			last[pt.Criterion] = pos
		} else {
			last[pt.Criterion]++ // count it in its slot, so one bad id is one problem
		}
		seen[pt.ID] = true
		if blank(pt.Topic) {
			p.add("", f+".topic", "point %q has no topic", pt.ID)
		}
		if !slices.Contains(PointScopes, pt.Scope) {
			p.add("", f+".scope", "point %q: unknown scope %q (want %s)", pt.ID, pt.Scope, quoteList(PointScopes))
		}
		if pt.OnlyFor != "" && lookup(fx.cat, pt.OnlyFor) < 0 {
			p.add("", f+".only_for", "point %q: unknown category %q", pt.ID, pt.OnlyFor)
		}
	}
	for _, c := range fw.Criteria {
		if c.PointsOfFocus > 0 && last[c.ID] != c.PointsOfFocus {
			p.add("", "", "criterion %s has %d points of focus in the framework but %d here", c.ID, c.PointsOfFocus, last[c.ID])
		}
	}
}

// pointPosition reads the position out of a point id "<criterion>.NN".
func pointPosition(id, criterion string) (int, bool) {
	rest, ok := strings.CutPrefix(id, criterion+".")
	if !ok || criterion == "" || len(rest) != 2 || rest[0] < '0' || rest[0] > '9' || rest[1] < '0' || rest[1] > '9' {
		return 0, false
	}
	n, _ := strconv.Atoi(rest)
	return n, n > 0
}

func quoteList[T ~string](vs []T) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = strconv.Quote(string(v))
	}
	return strings.Join(q, ", ")
}

// validateQuestionPoints checks the points of focus each question cites:
// known ids, each under one of the question's own criteria, no repeats, at
// most MaxPointsPerQuestion, and none on a fact (fw may be nil when the bank
// names an unknown framework: the checks are then skipped).
func validateQuestionPoints(p problems, b *Bank, fw *Framework) {
	if fw == nil {
		return
	}
	fx := fw.index()
	for i := range b.Questions {
		q := &b.Questions[i]
		if len(q.PointsOfFocus) == 0 {
			continue
		}
		qid := q.ID
		if qid == "" {
			qid = fmt.Sprintf("#%d", i+1)
		}
		const field = "points_of_focus"
		if q.Kind == KindFact {
			p.add(qid, field, "a fact question only decides what is asked: remove its points of focus")
			continue
		}
		if n := len(q.PointsOfFocus); n > MaxPointsPerQuestion {
			p.add(qid, field, "cites %d points of focus; at most %d (split the question)", n, MaxPointsPerQuestion)
		}
		if len(fw.points) == 0 {
			p.add(qid, field, "framework %q has no points of focus to cite", fw.ID)
			continue
		}
		for k, id := range q.PointsOfFocus {
			if slices.Contains(q.PointsOfFocus[:k], id) {
				p.add(qid, field, "point %q is listed twice", id)
				continue
			}
			pos, ok := fx.point[id]
			if !ok {
				p.add(qid, field, "unknown point of focus %q", id)
				continue
			}
			if c := fw.points[pos].Criterion; !slices.Contains(q.Criteria, c) {
				p.add(qid, field, "point %q sits under %s, which is not one of the question's criteria", id, c)
			}
		}
	}
}
