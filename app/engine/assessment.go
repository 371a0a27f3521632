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
	// Request is set when the assessment was started from a requester's
	// link, so the vendor still sees who asked and by when.
	Request *Request `json:"request,omitempty"`
}

// A Request is what a requester's link asked for besides the scope.
type Request struct {
	From    string `json:"from,omitempty"`
	Message string `json:"message,omitempty"`
	Due     string `json:"due,omitempty"` // YYYY-MM-DD
}
