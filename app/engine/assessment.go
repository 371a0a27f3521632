package engine

// An Assessment is one organization's self-assessment: its scope and answers,
// tied to the bank version they were given against.
type Assessment struct {
	ID           string  `json:"id"`
	Name         string  `json:"name"`
	Organization string  `json:"organization,omitempty"`
	Created      string  `json:"created"` // RFC 3339
	Updated      string  `json:"updated"` // RFC 3339
	Bank         string  `json:"bank"`
	BankVersion  int     `json:"bank_version"`
	Scope        Scope   `json:"scope"`
	Scoping      Answers `json:"scoping,omitempty"` // answers to the "which report / which categories" questions
	Answers      Answers `json:"answers"`
}
