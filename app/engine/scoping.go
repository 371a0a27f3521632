package engine

import "slices"

// ScopingSet holds the short "which report do I need?" questions and the
// service-characteristic questions that recommend optional TSC categories.
// Each is a yes/no question; a "yes" recommends what it names, with a reason.
type ScopingSet struct {
	ID        string            `json:"id"`
	Version   int               `json:"version"`
	Questions []ScopingQuestion `json:"questions"`
}

// A ScopingQuestion recommends reports or categories when answered Yes, or,
// in the "role" group, says what the organization is, which changes the scope.
type ScopingQuestion struct {
	ID         string   `json:"id"`
	Group      string   `json:"group"` // "report", "category" or "role"
	Text       string   `json:"text"`
	Help       string   `json:"help"`
	Reports    []Report `json:"reports,omitempty"`    // recommended on Yes
	Categories []string `json:"categories,omitempty"` // recommended on Yes
	Reason     string   `json:"reason,omitempty"`     // shown next to the recommendation
	// AskedFor limits the question to scopes with one of these categories
	// (a privacy role matters only with privacy in scope); empty: always.
	AskedFor []string `json:"asked_for,omitempty"`
}

// ScopingCollectsDirectly is the role question "do you collect personal
// information from the individuals themselves?": a No makes the organization
// a processor (see Scope.Processor).
const ScopingCollectsDirectly = "scope-collects-directly"

// IsProcessor reports whether the scoping answers make the organization a
// processor. Unanswered is not: every privacy question stays asked.
func IsProcessor(scoping Answers) bool { return answerIs(scoping, ScopingCollectsDirectly, No) }

// AskedIn reports whether q is asked under scope s (see AskedFor).
func (q *ScopingQuestion) AskedIn(s Scope) bool {
	if len(q.AskedFor) == 0 {
		return true
	}
	for _, c := range q.AskedFor {
		if slices.Contains(s.Categories, c) {
			return true
		}
	}
	return false
}
