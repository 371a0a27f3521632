package engine

import "strings"

// ReasonNotGiven stands for the reason of an optional category left out of
// scope without one.
const ReasonNotGiven = "No reason recorded yet."

// outOfScopeReasons keeps the trimmed, non-blank reasons given for optional
// categories of fw that mask leaves out; nil when there are none.
func outOfScopeReasons(fw *Framework, mask uint64, reasons map[string]string) map[string]string {
	var out map[string]string
	for i, c := range fw.Categories {
		r := strings.TrimSpace(reasons[c.ID])
		if r == "" || c.Required || i >= maxCategories || mask&(1<<i) != 0 {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[c.ID] = r
	}
	return out
}

// CategoriesLeftOut lists, in framework order, the optional categories of fw
// that scope leaves out, each with the user's reason (ReasonNotGiven when
// there is none). Results and reports use it to say what a SOC 1 leaves out
// and why; for a SOC 2 it lists the optional categories not chosen.
func CategoriesLeftOut(fw *Framework, scope Scope) []LeftOut {
	if fw == nil {
		return nil
	}
	s := NormalizeScope(fw, scope)
	mask := scopeMask(fw.index(), s)
	var out []LeftOut
	for i, c := range fw.Categories {
		if c.Required || i >= maxCategories || mask&(1<<i) != 0 {
			continue
		}
		reason := s.OutOfScope[c.ID]
		if reason == "" {
			reason = ReasonNotGiven
		}
		out = append(out, LeftOut{ID: c.ID, Topic: c.Title, Reason: reason})
	}
	return out
}

// Concerns reports whether the scoping question belongs with framework fw:
// a category question concerns the framework of its categories (the SOC 1
// business process question is not shown with the Trust Services Criteria,
// nor theirs with a SOC 1); a question naming no category concerns every one.
func (q *ScopingQuestion) Concerns(fw *Framework) bool {
	if len(q.Categories) == 0 {
		return true
	}
	for _, c := range q.Categories {
		if fw != nil && fw.FindCategory(c) != nil {
			return true
		}
	}
	return false
}

// PicksIn keeps the category picks that name a category of fw.
func PicksIn(fw *Framework, picks []Pick) []Pick {
	var out []Pick
	for _, p := range picks {
		if fw != nil && fw.FindCategory(p.ID) != nil {
			out = append(out, p)
		}
	}
	return out
}
