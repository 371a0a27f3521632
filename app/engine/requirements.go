package engine

import "unicode/utf8"

// Requirements are what a buyer asks of a vendor's assessment, carried in the
// request link and back in the results link. Every part is optional; the
// zero value asks for nothing. Meeting them is judged in app/review.
type Requirements struct {
	// MinReadiness is the lowest overall readiness accepted, 1–100 (0: none).
	MinReadiness int `json:"min_readiness,omitempty"`
	// MinCategory is the lowest readiness accepted per category id.
	MinCategory map[string]int `json:"min_category,omitempty"`
	// Controls must be designed (design credit 1) or operating (operating
	// credit 1), each named by criterion or by question.
	Controls []ControlRequirement `json:"controls,omitempty"`
	// LimitBlockers says MaxBlockers applies: at most that many blockers
	// (key controls not fully in place), 0 meaning none at all.
	LimitBlockers bool `json:"limit_blockers,omitempty"`
	MaxBlockers   int  `json:"max_blockers,omitempty"`
}

// A ControlRequirement names a criterion (every asked question that touches
// it) or one question that must reach a level.
type ControlRequirement struct {
	Ref       string `json:"ref"`                 // a criterion id ("CC6.1") or a question id
	Question  bool   `json:"question,omitempty"`  // Ref is a question id
	Operating bool   `json:"operating,omitempty"` // operating (Type II) rather than designed
}

// Limits of what a link or file may carry in Requirements.
const (
	MaxRequirementControls = 200
	maxRefLen              = 64
)

// Empty reports whether r asks for nothing.
func (r *Requirements) Empty() bool {
	return r == nil || (r.MinReadiness == 0 && len(r.MinCategory) == 0 && len(r.Controls) == 0 && !r.LimitBlockers)
}

// Count is the number of separate requirements r holds, as listed to the
// user: the overall minimum, each category minimum, each control and the
// blocker limit.
func (r *Requirements) Count() int {
	if r == nil {
		return 0
	}
	n := len(r.MinCategory) + len(r.Controls)
	if r.MinReadiness > 0 {
		n++
	}
	if r.LimitBlockers {
		n++
	}
	return n
}

// Problem describes what is wrong with r, or returns "" when r is usable.
// Category ids and references are checked against a bank only when judged:
// a reference the bank does not know is reported then, not refused here.
func (r *Requirements) Problem() string {
	if r == nil {
		return ""
	}
	if r.MinReadiness < 0 || r.MinReadiness > 100 {
		return "the minimum readiness must be between 0 and 100"
	}
	for id, v := range r.MinCategory {
		if v < 1 || v > 100 || id == "" || !utf8.ValidString(id) || len(id) > maxRefLen {
			return "a category minimum must name a category and be between 1 and 100"
		}
	}
	if len(r.Controls) > MaxRequirementControls {
		return "too many required controls"
	}
	for i, c := range r.Controls {
		if c.Ref == "" || len(c.Ref) > maxRefLen || !utf8.ValidString(c.Ref) {
			return "a required control must name a criterion or question"
		}
		for _, d := range r.Controls[:i] {
			if d == c {
				return "a required control is listed twice"
			}
		}
	}
	if r.MaxBlockers < 0 || r.MaxBlockers > 10_000 || (!r.LimitBlockers && r.MaxBlockers != 0) {
		return "the blocker limit is out of range"
	}
	return ""
}

// RequestRequirements returns the requirements of the request a was started
// from, or nil.
func (a *Assessment) RequestRequirements() *Requirements {
	if a.Request == nil {
		return nil
	}
	return a.Request.Requirements
}
