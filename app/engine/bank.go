package engine

// A Bank is a versioned set of questions keyed to one framework. Question ids
// are stable: once released, an id never changes meaning, so saved answers and
// share links survive new versions of the bank.
type Bank struct {
	ID        string     `json:"id"`      // "soc2" (also used for SOC 3) or "soc1"
	Version   int        `json:"version"` // bumped on every released change
	Title     string     `json:"title"`
	Framework string     `json:"framework"` // Framework.ID
	Documents []Document `json:"documents"`
	Questions []Question `json:"questions"`

	ix *bankIndex // built once by LoadLibrary; never serialized
}

// A Document is an item of the documentation checklist an auditor asks for.
type Document struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// Kind tells a scored maturity question from an unscored yes/no fact that only
// gates other questions (for example "do you run your own facilities?").
type Kind string

const (
	KindMaturity Kind = "maturity" // the default when empty
	KindFact     Kind = "fact"
)

// Test tells whether a question checks the design of a control (asked for
// Type I and Type II) or its operation over the period (Type II only).
type Test string

const (
	TestDesign    Test = "design"
	TestOperation Test = "operation"
)

// A Question is one item of the questionnaire.
type Question struct {
	ID          string      `json:"id"`
	Kind        Kind        `json:"kind,omitempty"`
	Criteria    []string    `json:"criteria"` // criterion ids (or SOC 1 area ids); a fact may have none
	Text        string      `json:"text"`
	Why         string      `json:"why"`
	Evidence    string      `json:"evidence"`
	Remediation string      `json:"remediation"`
	Weight      int         `json:"weight"`              // 1 (minor) … 5 (critical)
	Key         bool        `json:"key,omitempty"`       // a key control: its absence blocks an audit
	Test        Test        `json:"test"`                // design or operation
	Effort      int         `json:"effort_weeks"`        // weeks to go from nothing to fully in place
	Documents   []string    `json:"documents,omitempty"` // Document ids this question shows exist
	When        []Condition `json:"when,omitempty"`      // all must hold for the question to be asked
}

// A Condition makes a question depend on the answer to an earlier fact
// question: the question is asked only when that fact was answered Is.
type Condition struct {
	Question string `json:"question"`
	Is       Choice `json:"is"` // "yes" or "no"
}
