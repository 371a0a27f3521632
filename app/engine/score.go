package engine

import (
	"fmt"
	"math"
)

// ScoringRule is the scoring rule in plain words, one paragraph per entry. The
// app shows it next to the scores and the README repeats it; score.go is its
// only implementation.
var ScoringRule = []string{
	"Each answer earns a design credit and an operating credit: not started 0 and 0; planned 0.25 and 0; partially in place 0.5 and 0.25; in place and documented 1 and 0.5; operating with evidence over the period 1 and 1. An unanswered question counts as not started and is listed as incomplete. Not applicable, with a justification, takes the question out of both the top and the bottom of every sum; not applicable without a justification counts as unanswered.",
	"Design score = 100 × (sum of weight × design credit) ÷ (sum of weights), over the asked design questions. Operating score (Type II only) = 100 × (sum of weight × operating credit) ÷ (sum of weights), over every asked scored question, design and operation alike.",
	"Readiness is the design score for a Type I, and the average of the design and operating scores for a Type II. If one of the two has nothing to score because every question in it is not applicable, the other stands alone.",
	"The same formula, restricted to the questions that touch a criterion, gives that criterion's score; restricted to a series or a category, it gives theirs. A question that touches several criteria counts once in each of them, and once in each series and category it touches. A part of the scope whose questions are all not applicable has no score, rather than 0 or 100.",
	"Only asked questions count: questions for categories out of scope, operation questions in a Type I, and questions switched off by an earlier yes/no answer leave both the top and the bottom of the sums. Yes/no questions only decide what is asked; they are never scored. An organization that handles personal information only for its customers (a processor) is not asked the questions whose points of focus all concern collecting it from people directly, and the privacy criteria made only of such points are out of scope, like a category not chosen.",
	"Completion = answered questions (including justified not applicable) ÷ asked questions, over scored questions.",
	"Band: audit-ready at 85 or more, minor gaps from 70 to below 85, significant gaps from 40 to below 70, not ready below 40. A key control that is not yet fully in place (Type I: design credit below 1; Type II: operating credit below 1) caps the band at significant gaps, whatever the readiness.",
}

// Credits returns the design and operating credit of an answer. Anything that
// is not a point on the maturity scale (unanswered, N/A, yes/no) earns 0 and 0.
func Credits(c Choice) (design, operating float64) {
	switch c {
	case Planned:
		return 0.25, 0
	case Partial:
		return 0.5, 0.25
	case Documented:
		return 1, 0.5
	case Operating:
		return 1, 1
	}
	return 0, 0
}

// Band is the readiness band shown with the overall score.
type Band string

const (
	BandNone            Band = "" // nothing to score
	BandAuditReady      Band = "audit-ready"
	BandMinorGaps       Band = "minor-gaps"
	BandSignificantGaps Band = "significant-gaps"
	BandNotReady        Band = "not-ready"
)

// Band thresholds on the readiness score.
const (
	AuditReadyAt      = 85.0
	MinorGapsAt       = 70.0
	SignificantGapsAt = 40.0
)

// Label is the band as shown to the user.
func (b Band) Label() string {
	switch b {
	case BandAuditReady:
		return "Audit-ready"
	case BandMinorGaps:
		return "Minor gaps"
	case BandSignificantGaps:
		return "Significant gaps"
	case BandNotReady:
		return "Not ready"
	}
	return "No score yet"
}

// BandFor returns the band of a readiness score, before any key-control cap.
func BandFor(r float64) Band {
	switch {
	case r >= AuditReadyAt:
		return BandAuditReady
	case r >= MinorGapsAt:
		return BandMinorGaps
	case r >= SignificantGapsAt:
		return BandSignificantGaps
	}
	return BandNotReady
}

// bandRank orders bands from worst (0) to best.
func bandRank(b Band) int {
	switch b {
	case BandNotReady:
		return 1
	case BandSignificantGaps:
		return 2
	case BandMinorGaps:
		return 3
	case BandAuditReady:
		return 4
	}
	return 0
}

// Percent is a score as a whole percentage for display. It rounds down, so a
// score shows 100 only when it is 100 and never crosses a band threshold.
func Percent(v float64) int { return int(math.Floor(v + 1e-9)) }

// A ScoreLine is the score of one category, series or criterion in scope.
type ScoreLine struct {
	ID           string
	Title        string
	Parent       string  // category id for a series, series id for a criterion
	Score        float64 // 0–100; meaningful only when HasScore
	HasScore     bool    // false when every question that touches it is N/A (or none is asked)
	Design       float64
	HasDesign    bool
	Operating    float64
	HasOperating bool
	Weight       int // total weight of the asked, not-N/A questions that count here
	Questions    int // asked scored questions that touch it
	Answered     int // of those, answered (including justified N/A)
}

// A Blocker is a key control that is not yet fully in place.
type Blocker struct {
	ID     string
	Text   string
	Choice Choice // the current answer (Unanswered if none)
}

// Result is the outcome of scoring one assessment.
type Result struct {
	Scope Scope // the normalized scope that was scored

	Readiness    float64
	HasReadiness bool
	Design       float64
	HasDesign    bool
	Operating    float64 // Type II only
	HasOperating bool

	Band       Band
	BandReason string

	Completion float64 // percent of asked scored questions answered
	Asked      int     // asked scored questions
	Answered   int     // of those, answered (including justified N/A)
	Unanswered []string
	// NeedsJustification lists questions marked N/A without a justification;
	// they count as unanswered until one is given.
	NeedsJustification []string

	Categories []ScoreLine // in framework order, in-scope only
	Series     []ScoreLine
	Criteria   []ScoreLine

	Blockers []Blocker // in bank order

	// LeftOut lists the criteria of in-scope categories that the scope still
	// leaves out, in framework order, each with the reason to show.
	LeftOut []LeftOut
}

// A LeftOut is a criterion left out of scope and not scored, and why.
type LeftOut struct {
	ID     string
	Topic  string
	Reason string
}

// answerState classifies the answer to a scored question.
type answerState uint8

const (
	stMissing            answerState = iota // unanswered, or not a maturity value
	stCounted                               // on the maturity scale
	stNA                                    // N/A with a justification: leaves the sums
	stNeedsJustification                    // N/A without one: counts as unanswered
)

func classify(a Answer, ok bool) answerState {
	switch {
	case !ok:
		return stMissing
	case a.Choice.IsMaturity():
		return stCounted
	case a.Choice == NA && !blank(a.Justification):
		return stNA
	case a.Choice == NA:
		return stNeedsJustification
	}
	return stMissing
}

// acc accumulates the sums of one scope element.
type acc struct {
	dW, dN, oW, oN float64
	weight         int
	questions      int
	answered       int
}

func (a *acc) add(w int, design, typeII bool, st answerState, cd, co float64) {
	a.questions++
	if st == stCounted || st == stNA {
		a.answered++
	}
	if st == stNA {
		return
	}
	fw := float64(w)
	a.weight += w
	if design {
		a.dW += fw
		a.dN += fw * cd
	}
	if typeII {
		a.oW += fw
		a.oN += fw * co
	}
}

// scores applies the rule to one accumulator.
func (a *acc) scores(typeII bool) (score, d, o float64, has, hasD, hasO bool) {
	if a.dW > 0 {
		d, hasD = 100*a.dN/a.dW, true
	}
	if typeII && a.oW > 0 {
		o, hasO = 100*a.oN/a.oW, true
	}
	switch {
	case hasD && hasO:
		return (d + o) / 2, d, o, true, true, true
	case hasD:
		return d, d, o, true, true, false
	case hasO:
		return o, d, o, true, false, true
	}
	return 0, d, o, false, false, false
}

func (a *acc) line(id, title, parent string, typeII bool) ScoreLine {
	s, d, o, has, hasD, hasO := a.scores(typeII)
	return ScoreLine{ID: id, Title: title, Parent: parent, Score: s, HasScore: has,
		Design: d, HasDesign: hasD, Operating: o, HasOperating: hasO,
		Weight: a.weight, Questions: a.questions, Answered: a.answered}
}

// Score applies ScoringRule to the answers of bank b under scope; fw is the
// bank's framework (Library.BankFor returns both). The scope is normalized
// first (see NormalizeScope); the answers are only read.
func Score(b *Bank, fw *Framework, scope Scope, answers Answers) *Result {
	if b == nil || fw == nil {
		return &Result{Scope: NormalizeScope(fw, scope), BandReason: "No questionnaire is available for this scope."}
	}
	ix := b.index(fw)
	s := NormalizeScope(fw, scope)
	in := resolveScope(ix.fwix, s)
	mask := in.cats
	typeII := s.Type == TypeII
	asked := make([]bool, len(b.Questions))
	askedAll(ix, b, in, typeII, answers, asked)
	fx := ix.fwix

	nCat, nSer := len(fw.Categories), len(fw.Series)
	accs := make([]acc, nCat+nSer+len(fw.Criteria))
	cats, sers, crits := accs[:nCat], accs[nCat:nCat+nSer], accs[nCat+nSer:]
	var total acc
	r := &Result{Scope: s}
	for i := range b.Questions {
		q := &b.Questions[i]
		if !asked[i] || q.Kind == KindFact {
			continue
		}
		a, ok := answers[q.ID]
		st := classify(a, ok)
		cd, co := 0.0, 0.0
		if st == stCounted {
			cd, co = Credits(a.Choice)
		}
		switch st {
		case stMissing:
			r.Unanswered = append(r.Unanswered, q.ID)
		case stNeedsJustification:
			r.Unanswered = append(r.Unanswered, q.ID)
			r.NeedsJustification = append(r.NeedsJustification, q.ID)
		}
		design := q.Test != TestOperation
		total.add(q.Weight, design, typeII, st, cd, co)
		qi := &ix.q[i]
		touch := qiTouch{crit: qi.crit, series: qi.series, cats: qi.cats}
		if in.processor && qi.touchesControllerOnly {
			touch = keptTouch(fx, qi, in)
		}
		for _, k := range touch.cats {
			cats[k].add(q.Weight, design, typeII, st, cd, co)
		}
		for _, k := range touch.series {
			sers[k].add(q.Weight, design, typeII, st, cd, co)
		}
		for _, k := range touch.crit {
			crits[k].add(q.Weight, design, typeII, st, cd, co)
		}
		if q.Key && st != stNA {
			c := cd
			if typeII {
				c = co
			}
			if c < 1 {
				choice := Unanswered
				if st == stCounted {
					choice = a.Choice
				}
				r.Blockers = append(r.Blockers, Blocker{ID: q.ID, Text: q.Text, Choice: choice})
			}
		}
	}

	r.Asked, r.Answered = total.questions, total.answered
	if r.Asked > 0 {
		r.Completion = 100 * float64(r.Answered) / float64(r.Asked)
	}
	r.Readiness, r.Design, r.Operating, r.HasReadiness, r.HasDesign, r.HasOperating = total.scores(typeII)

	r.Categories = make([]ScoreLine, 0, nCat)
	for k, c := range fw.Categories {
		if inMask(mask, k) {
			r.Categories = append(r.Categories, cats[k].line(c.ID, c.Title, "", typeII))
		}
	}
	r.Series = make([]ScoreLine, 0, nSer)
	for k, se := range fw.Series {
		if in.seriesIn(fx, k) {
			r.Series = append(r.Series, sers[k].line(se.ID, se.Title, se.Category, typeII))
		}
	}
	r.Criteria = make([]ScoreLine, 0, len(fw.Criteria))
	for k, c := range fw.Criteria {
		switch {
		case in.critIn(fx, k):
			r.Criteria = append(r.Criteria, crits[k].line(c.ID, c.Topic, c.Series, typeII))
		case inMask(mask, fx.critCat[k]):
			r.LeftOut = append(r.LeftOut, LeftOut{ID: c.ID, Topic: c.Topic, Reason: ReasonProcessorCriterion})
		}
	}
	r.Band, r.BandReason = band(r, typeII)
	return r
}

func inMask(mask uint64, k int) bool { return k >= 0 && k < maxCategories && mask&(1<<k) != 0 }

// qiTouch is what a question counts in: criteria, series and categories.
type qiTouch struct{ crit, series, cats []int32 }

// keptTouch is a question's criteria, series and categories without the
// criteria a processor leaves out, so that it counts only where it is scored.
func keptTouch(fx *fwIndex, qi *qIndex, st scopeState) qiTouch {
	var t qiTouch
	for _, c := range qi.crit {
		if !st.critIn(fx, int(c)) {
			continue
		}
		t.crit = append(t.crit, c)
		if s := int32(fx.critSeries[c]); s >= 0 && !containsInt32(t.series, s) {
			t.series = append(t.series, s)
		}
		if k := int32(fx.critCat[c]); k >= 0 && !containsInt32(t.cats, k) {
			t.cats = append(t.cats, k)
		}
	}
	return t
}

// band places the readiness in its band, applies the key-control cap and says
// why in one sentence.
func band(r *Result, typeII bool) (Band, string) {
	if !r.HasReadiness {
		if r.Asked == 0 {
			return BandNone, "No scored question is asked in this scope yet."
		}
		return BandNone, "No score yet: every asked question is marked not applicable."
	}
	b := BandFor(r.Readiness)
	pct := Percent(r.Readiness)
	var reason string
	switch b {
	case BandAuditReady:
		reason = fmt.Sprintf("Readiness %d%% is at or above %d%%.", pct, int(AuditReadyAt))
	case BandMinorGaps:
		reason = fmt.Sprintf("Readiness %d%% is between %d%% and %d%%.", pct, int(MinorGapsAt), int(AuditReadyAt))
	case BandSignificantGaps:
		reason = fmt.Sprintf("Readiness %d%% is between %d%% and %d%%.", pct, int(SignificantGapsAt), int(MinorGapsAt))
	default:
		reason = fmt.Sprintf("Readiness %d%% is below %d%%.", pct, int(SignificantGapsAt))
	}
	n := len(r.Blockers)
	if n == 0 {
		return b, reason
	}
	state := "in place"
	if typeII {
		state = "operating with evidence"
	}
	controls := "key controls are"
	if n == 1 {
		controls = "key control is"
	}
	if bandRank(b) > bandRank(BandSignificantGaps) {
		verb := "cap"
		if n == 1 {
			verb = "caps"
		}
		return BandSignificantGaps, fmt.Sprintf("%d %s not yet %s, which %s the band at significant gaps (readiness %d%% alone would be %s).",
			n, controls, state, verb, pct, lowerFirst(b.Label()))
	}
	return b, fmt.Sprintf("%s %d %s also not yet %s.", reason, n, controls, state)
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return string(s[0]|0x20) + s[1:]
}
