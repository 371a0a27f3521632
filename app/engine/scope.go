package engine

// Report is the kind of SOC report the organization is preparing for.
type Report string

const (
	SOC1 Report = "soc1"
	SOC2 Report = "soc2"
	SOC3 Report = "soc3" // a public summary of a SOC 2 examination: uses the SOC 2 bank
)

// AuditType is Type I (design at a point in time) or Type II (design and
// operating effectiveness over an observation window).
type AuditType string

const (
	TypeI  AuditType = "type1"
	TypeII AuditType = "type2"
)

// Scope is what the assessment covers. Changing it never deletes answers:
// out-of-scope questions are hidden and leave the denominator.
type Scope struct {
	Report     Report    `json:"report"`
	Categories []string  `json:"categories"` // in-scope category ids; required ones are always added
	Type       AuditType `json:"type"`
	Window     int       `json:"window_months,omitempty"` // Type II observation window: 3, 6 or 12
	Start      string    `json:"start,omitempty"`         // planned start date, YYYY-MM-DD
	// Processor is set when the organization does not collect personal
	// information from the individuals themselves but handles it for its
	// customers. Privacy points of focus that concern only the collector
	// (notice, consent) are then out of scope, and so are the questions and
	// criteria that rest on them alone.
	Processor bool `json:"processor,omitempty"`
	// OutOfScope keeps, in the user's words, why an optional category was
	// left out, keyed by category id: a SOC 1 without business process
	// controls (a hosting provider) records why, as the report's description
	// will have to say. NormalizeScope drops reasons for categories in scope.
	OutOfScope map[string]string `json:"out_of_scope,omitempty"`
}

// BankID is the id of the question bank the report uses.
func (s Scope) BankID() string {
	if s.Report == SOC1 {
		return "soc1"
	}
	return "soc2"
}
