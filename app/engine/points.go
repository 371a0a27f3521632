package engine

// Points of focus are the finer items the AICPA lists under each criterion of
// the 2017 Trust Services Criteria (2022 revision: 330 of them). Auditors use
// them to judge whether a criterion is met, so each maturity question names
// the points it addresses, and the library checks that together the questions
// address every point a SOC 2 readiness review should ask about.
//
// They live in points/<framework id>.json: a JSON array of PointOfFocus, in
// AICPA document order. The topics are our own short paraphrases.

// PointScope says which organizations a point of focus concerns.
type PointScope string

const (
	PointAll PointScope = "all"
	// PointFinancialReporting marks the COSO reporting-objective points
	// (CC3.1.05–.13), which a SOC 2 readiness review need not ask about.
	PointFinancialReporting PointScope = "financial-reporting"
	// PointGoods marks points for systems that make or distribute products.
	PointGoods PointScope = "goods"
	// PointController marks privacy points for an organization that collects
	// personal information from the individuals themselves.
	PointController PointScope = "controller"
	// PointProcessor marks privacy points about answering the requests of the
	// controllers an organization processes personal information for.
	PointProcessor PointScope = "processor"
)

// PointScopes lists every scope a point may have.
var PointScopes = []PointScope{PointAll, PointFinancialReporting, PointGoods, PointController, PointProcessor}

// Asked reports whether points of this scope are asked about at all by a SOC 2
// readiness review: financial-reporting and goods points are not.
func (s PointScope) Asked() bool {
	return s == PointAll || s == PointController || s == PointProcessor
}

// A PointOfFocus is one point under a criterion.
type PointOfFocus struct {
	ID        string     `json:"id"`        // criterion id, a dot, two-digit position: "CC6.1.03"
	Criterion string     `json:"criterion"` // Criterion.ID
	Topic     string     `json:"topic"`     // our own words, at most a short line
	Scope     PointScope `json:"scope"`
	// OnlyFor names the one category whose scope brings this point in (a
	// common criterion's extra point for, say, privacy); empty for all.
	OnlyFor string `json:"only_for,omitempty"`
}

// PointsDir is the folder of the point-of-focus files, one per framework,
// named after the framework id.
const PointsDir = "points"

// Points returns the framework's points of focus in document order (none for
// a framework without a points file, such as the SOC 1 areas).
func (fw *Framework) Points() []PointOfFocus { return fw.points }

// Point returns the point of focus with the given id, or nil.
func (fw *Framework) Point(id string) *PointOfFocus {
	if i, ok := fw.index().point[id]; ok {
		return &fw.points[i]
	}
	return nil
}

// PointsOf returns the points of focus under one criterion, in order.
func (fw *Framework) PointsOf(criterion string) []*PointOfFocus {
	fx := fw.index()
	c, ok := fx.crit[criterion]
	if !ok {
		return nil
	}
	out := make([]*PointOfFocus, len(fx.critPoints[c]))
	for k, i := range fx.critPoints[c] {
		out[k] = &fw.points[i]
	}
	return out
}

// PointApplies reports whether p is asked about under scope s: its scope is
// asked at all (and a controller-only point is not asked of a processor), its
// criterion's category is in scope, and so is the one category a point may be
// for.
func PointApplies(fw *Framework, s Scope, p *PointOfFocus) bool {
	if !p.Scope.Asked() || p.Scope == PointController && s.Processor {
		return false
	}
	fx := fw.index()
	mask := scopeMask(fx, s)
	if c := lookup(fx.crit, p.Criterion); c < 0 || !inMask(mask, fx.critCat[c]) {
		return false
	}
	return p.OnlyFor == "" || inMask(mask, lookup(fx.cat, p.OnlyFor))
}

// QuestionPoints returns the points of focus q cites that apply under scope,
// in the order q cites them, ready to list on the question's card.
func QuestionPoints(fw *Framework, s Scope, q *Question) []*PointOfFocus {
	var out []*PointOfFocus
	for _, id := range q.PointsOfFocus {
		if p := fw.Point(id); p != nil && PointApplies(fw, s, p) {
			out = append(out, p)
		}
	}
	return out
}
