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

// CollectsDirectlyFact is the SOC 2 bank's yes/no question that asks what
// the scope page's role question (ScopingCollectsDirectly) asks: the bank
// needs it to switch questions on, the scope to know a processor.
const CollectsDirectlyFact = "fact-p-collects-directly"

// SetCollectsDirectly records the answer to "do you collect personal
// information yourself?" in both places it is asked, the scope page's role
// question and, when bank has it, the bank's fact, and sets Scope.Processor
// from it, so that the two never disagree. A note or justification on the
// fact is kept. c is Yes, No or Unanswered (which clears both).
func SetCollectsDirectly(a *Assessment, bank *Bank, c Choice) {
	if a.Scoping == nil {
		a.Scoping = Answers{}
	}
	if a.Answers == nil {
		a.Answers = Answers{}
	}
	hasFact := bank != nil && bank.FindQuestion(CollectsDirectlyFact) != nil
	if c != Yes && c != No {
		delete(a.Scoping, ScopingCollectsDirectly)
		if hasFact {
			if ans, ok := a.Answers[CollectsDirectlyFact]; ok && ans.Note == "" && ans.Justification == "" {
				delete(a.Answers, CollectsDirectlyFact)
			} else if ok {
				ans.Choice = Unanswered
				a.Answers[CollectsDirectlyFact] = ans
			}
		}
		a.Scope.Processor = false
		return
	}
	a.Scoping[ScopingCollectsDirectly] = Answer{Choice: c}
	if hasFact {
		ans := a.Answers[CollectsDirectlyFact]
		ans.Choice = c
		a.Answers[CollectsDirectlyFact] = ans
	}
	a.Scope.Processor = c == No
}
