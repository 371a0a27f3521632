package engine

import (
	"strings"
	"time"
)

// Scope defaults applied by NormalizeScope.
const (
	DefaultWindow = 6  // months of observation for a Type II when none is given
	MinWindow     = 3  // shortest observation window accepted
	MaxWindow     = 12 // longest observation window accepted
	dateLayout    = "2006-01-02"
)

// NormalizeScope returns a clean copy of s for framework fw: an unknown report
// becomes SOC 2 and an unknown type Type I; required categories are always in,
// unknown or repeated ones are dropped and the rest follow the framework's
// order; SOC 1 takes every category of its framework unless the scope names
// some of them (see scopeMask); a reason is kept only for an optional category
// that is out; a Type II window outside 3–12 months becomes 6 (Type I has
// none); an unreadable start date is dropped. The caller's slice and map are
// never modified.
func NormalizeScope(fw *Framework, s Scope) Scope {
	out := Scope{Report: s.Report, Type: s.Type, Window: s.Window, Start: s.Start, Processor: s.Processor}
	switch out.Report {
	case SOC1, SOC2, SOC3:
	default:
		out.Report = SOC2
	}
	if out.Type != TypeII {
		out.Type = TypeI
	}
	if out.Type == TypeI {
		out.Window = 0
	} else if out.Window < MinWindow || out.Window > MaxWindow {
		out.Window = DefaultWindow
	}
	if _, err := time.Parse(dateLayout, out.Start); err != nil {
		out.Start = ""
	}
	if fw != nil {
		mask := scopeMask(fw.index(), s)
		out.Categories = make([]string, 0, len(fw.Categories))
		for i, c := range fw.Categories {
			if i < maxCategories && mask&(1<<i) != 0 {
				out.Categories = append(out.Categories, c.ID)
			}
		}
		out.OutOfScope = outOfScopeReasons(fw, mask, s.OutOfScope)
	}
	return out
}

// NormalizeScope normalizes s against the framework of the bank it uses.
func (l *Library) NormalizeScope(s Scope) Scope {
	_, fw := l.BankFor(s)
	return NormalizeScope(fw, s)
}

// scopeMask is the set of in-scope category positions: the named known ones
// plus the required ones. A SOC 1 that names none of its framework's
// categories takes them all: its business process areas are in unless the
// user left them out, and scopes saved before they could be (or carried over
// from a SOC 2) name none.
func scopeMask(fx *fwIndex, s Scope) uint64 {
	m := fx.required
	named := false
	for _, id := range s.Categories {
		if i, ok := fx.cat[id]; ok {
			m |= 1 << i
			named = true
		}
	}
	if s.Report == SOC1 && !named {
		return fx.all
	}
	return m
}

// scopeState is a scope resolved against a framework's index: the in-scope
// categories as a bit mask, and whether the criteria and questions that only
// concern a collector of personal information are left out (a processor).
type scopeState struct {
	cats      uint64
	processor bool
}

func resolveScope(fx *fwIndex, s Scope) scopeState {
	return scopeState{cats: scopeMask(fx, s), processor: s.Processor && fx.anyControllerOnly}
}

// critIn reports whether the criterion at position c is in scope.
func (st scopeState) critIn(fx *fwIndex, c int) bool {
	return inMask(st.cats, fx.critCat[c]) && !(st.processor && fx.critControllerOnly[c])
}

// seriesIn reports whether the series at position k is in scope.
func (st scopeState) seriesIn(fx *fwIndex, k int) bool {
	return inMask(st.cats, fx.seriesCat[k]) && !(st.processor && fx.seriesControllerOnly[k])
}

// questionIn reports whether a scored question is in scope: one of its
// criteria is, one of the points of focus it cites applies (see
// qIndex.pointNeeds), and for a processor it does not rest on
// controller-only points alone.
func (st scopeState) questionIn(fx *fwIndex, qi *qIndex) bool {
	if qi.catMask&st.cats == 0 || !qi.pointsApply(st.cats) {
		return false
	}
	if !st.processor || !qi.controllerOnly && !qi.touchesControllerOnly {
		return true
	}
	if qi.controllerOnly {
		return false
	}
	for _, c := range qi.crit {
		if st.critIn(fx, int(c)) {
			return true
		}
	}
	return false
}

// answerIs reports whether a fact question was answered c.
func answerIs(answers Answers, id string, c Choice) bool {
	a, ok := answers[id]
	return ok && a.Choice == c
}

// askedAll decides, in bank order, which of the first len(out) questions are
// asked. Conditions only look back at earlier facts, so one forward pass
// settles every question; a fact that is itself not asked satisfies no
// condition, whatever its answer.
func askedAll(ix *bankIndex, b *Bank, st scopeState, typeII bool, answers Answers, out []bool) {
	for i := range out {
		out[i] = askedOne(ix, b, st, typeII, answers, out, i)
	}
}

func askedOne(ix *bankIndex, b *Bank, st scopeState, typeII bool, answers Answers, asked []bool, i int) bool {
	q := &b.Questions[i]
	qi := &ix.q[i]
	for _, c := range qi.when {
		if c.pos < 0 || !asked[c.pos] || !answerIs(answers, b.Questions[c.pos].ID, c.is) {
			return false
		}
	}
	if q.Kind == KindFact {
		// A fact tied to criteria (say, a privacy gate) is asked only when one
		// of their categories is in scope; an untied fact is always asked.
		return len(qi.cats) == 0 || qi.catMask&st.cats != 0
	}
	return st.questionIn(ix.fwix, qi) && (q.Test != TestOperation || typeII)
}

// AskedAll returns, for each question of the bank in order, whether it is
// asked under scope and answers. Views use it to show a whole questionnaire in
// one pass.
func AskedAll(b *Bank, fw *Framework, scope Scope, answers Answers) []bool {
	ix := b.index(fw)
	out := make([]bool, len(b.Questions))
	askedAll(ix, b, resolveScope(ix.fwix, scope), scope.Type == TypeII, answers, out)
	return out
}

// Asked reports whether q is asked under scope and answers, and if not, why
// (in plain words, for the user). A scored question is asked when at least one
// of its criteria's categories is in scope, it tests design or the scope is
// Type II, and all its conditions hold. A fact question is asked unless its own
// conditions fail. When asked, why is empty.
func Asked(b *Bank, fw *Framework, scope Scope, answers Answers, q *Question) (asked bool, why string) {
	ix := b.index(fw)
	pos, ok := ix.pos[q.ID]
	if !ok {
		return false, "The question is not part of this questionnaire."
	}
	all := make([]bool, pos+1)
	st := resolveScope(ix.fwix, scope)
	askedAll(ix, b, st, scope.Type == TypeII, answers, all)
	if all[pos] {
		return true, ""
	}
	q = &b.Questions[pos]
	qi := &ix.q[pos]
	for _, c := range qi.when {
		if c.pos < 0 {
			return false, "It depends on a question that is not in this questionnaire."
		}
		if !all[c.pos] || !answerIs(answers, b.Questions[c.pos].ID, c.is) {
			return false, "Asked only when the answer to “" + b.Questions[c.pos].Text + "” is " + c.is.Label() + "."
		}
	}
	if qi.catMask&st.cats == 0 {
		var names []string
		for _, k := range qi.cats {
			names = append(names, fw.Categories[k].Title)
		}
		if len(names) == 0 {
			return false, "It is not keyed to any criterion of this framework."
		}
		if len(names) == 1 {
			return false, "Its criteria belong to " + names[0] + ", which is not in scope."
		}
		return false, "Its criteria belong to " + strings.Join(names, ", ") + ", which are not in scope."
	}
	if q.Kind != KindFact && !qi.pointsApply(st.cats) {
		var names []string
		for k, c := range fw.Categories {
			if inMask(qi.pointCategories()&^st.cats, k) {
				names = append(names, c.Title)
			}
		}
		return false, "What it asks about matters only when " + strings.Join(names, " or ") + " is in scope."
	}
	if q.Kind != KindFact && !st.questionIn(ix.fwix, qi) {
		return false, ReasonProcessorQuestion
	}
	return false, "It tests how the control operated over the period, so it is asked for Type II only."
}

// Reasons shown when a scope leaves something out for a processor.
const (
	ReasonProcessorQuestion = "It concerns an organization that collects personal information from the individuals themselves. " +
		"You said you handle it only for your customers, so it is not asked."
	ReasonProcessorCriterion = "Every point of focus of this criterion concerns an organization that collects personal information " +
		"from the individuals themselves. You said you handle it only for your customers, so it is out of scope and not scored."
)
