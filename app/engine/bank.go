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

	// Migrations lead from earlier versions to this one, one per earlier
	// version (see Migration). LoadLibrary reads them from migrations/*.json.
	Migrations []*Migration `json:"-"`

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
	Key         bool        `json:"key,omitempty"`       // a key control: missing, it would likely lead to a qualified opinion
	Test        Test        `json:"test"`                // design or operation
	Documents   []string    `json:"documents,omitempty"` // Document ids this question shows exist
	When        []Condition `json:"when,omitempty"`      // all must hold for the question to be asked

	// RemediationKind says what closing the gap takes (write a policy,
	// configure a tool, set up a recurring process, gather evidence); the
	// plan prices effort by kind. Required on maturity questions.
	RemediationKind RemediationKind `json:"remediation_kind,omitempty"`
	// RemediationID names a remediation shared by several questions (one
	// policy set, one MFA rollout): the plan counts its effort once.
	RemediationID string `json:"remediation_id,omitempty"`
	// Frequency is how often an operation question's control runs; the plan
	// and the scope page warn when it runs less often than the window is long.
	Frequency Frequency `json:"frequency,omitempty"`
	// PointsOfFocus lists the point-of-focus ids (e.g. "CC6.1.03") the
	// question addresses; each sits under one of the question's criteria.
	PointsOfFocus []string `json:"points_of_focus,omitempty"`
}

// RemediationKind is the kind of work that closes a gap.
type RemediationKind string

const (
	RemediatePolicy   RemediationKind = "policy"   // write or adopt a policy or document
	RemediateTool     RemediationKind = "tool"     // configure or deploy a tool or technical control
	RemediateProcess  RemediationKind = "process"  // set up a recurring process with an owner
	RemediateEvidence RemediationKind = "evidence" // gather and keep evidence that a control ran
)

// RemediationKinds lists every kind, in display order.
var RemediationKinds = []RemediationKind{RemediatePolicy, RemediateTool, RemediateProcess, RemediateEvidence}

// Frequency is how often a control runs.
type Frequency string

const (
	Continuous Frequency = "continuous"
	Daily      Frequency = "daily"
	Weekly     Frequency = "weekly"
	Monthly    Frequency = "monthly"
	Quarterly  Frequency = "quarterly"
	Yearly     Frequency = "yearly"
	OnEvent    Frequency = "on-event" // runs when something happens: a hire, a change, an incident
)

// Frequencies lists every frequency, most often first.
var Frequencies = []Frequency{Continuous, Daily, Weekly, Monthly, Quarterly, Yearly, OnEvent}

// Months is the longest gap between two runs, in months, for the
// frequencies that have one; 0 for continuous, on-event and unknown.
func (f Frequency) Months() int {
	switch f {
	case Monthly:
		return 1
	case Quarterly:
		return 3
	case Yearly:
		return 12
	}
	return 0
}

// A Condition makes a question depend on the answer to an earlier fact
// question: the question is asked only when that fact was answered Is.
type Condition struct {
	Question string `json:"question"`
	Is       Choice `json:"is"` // "yes" or "no"
}
