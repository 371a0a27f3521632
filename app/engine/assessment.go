package engine

import "slices"

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
	// Plan holds what the plan and cost depend on besides the answers:
	// organization size, people available, outside help. Nil means the
	// defaults (see app/plan).
	Plan *PlanInputs `json:"plan,omitempty"`
}

// PlanInputs are the user's answers about how the work will be done. Zero
// values mean "use the default", so old files and links read unchanged.
type PlanInputs struct {
	Size       OrgSize `json:"size,omitempty"`        // headcount band
	People     float64 `json:"people,omitempty"`      // full-time equivalents available for the work
	Platform   bool    `json:"platform,omitempty"`    // a compliance automation platform helps
	Consultant bool    `json:"consultant,omitempty"`  // an outside consultant helps
	HourlyRate int     `json:"hourly_rate,omitempty"` // US dollars per hour of the team's own time
}

// OrgSize is a headcount band.
type OrgSize string

const (
	Size1to10     OrgSize = "1-10"
	Size11to50    OrgSize = "11-50"
	Size51to200   OrgSize = "51-200"
	Size201to1000 OrgSize = "201-1000"
	Size1001Plus  OrgSize = "1001+"
)

// OrgSizes lists the bands, smallest first.
var OrgSizes = []OrgSize{Size1to10, Size11to50, Size51to200, Size201to1000, Size1001Plus}

// Label is the band as shown to the user.
func (s OrgSize) Label() string {
	if s == Size1001Plus {
		return "More than 1,000 people"
	}
	return string(s) + " people"
}

// A Request is what a requester's link asked for besides the scope.
type Request struct {
	// ID names the request the buyer made, so that a results link sent back
	// is matched to the buyer's own copy of it.
	ID      string `json:"id,omitempty"`
	From    string `json:"from,omitempty"`
	Message string `json:"message,omitempty"`
	Due     string `json:"due,omitempty"` // YYYY-MM-DD
	// Requirements are the buyer's, as the request link stated them.
	Requirements *Requirements `json:"requirements,omitempty"`
}

// Limits of the plan inputs a file or link may carry.
const (
	MinPeople     = 0.25
	MaxPeople     = 50
	MaxHourlyRate = 2_000
)

// Problem describes what is wrong with p, or returns "" when p is usable.
// Zero values are allowed: they stand for the defaults.
func (p *PlanInputs) Problem() string {
	if p == nil {
		return ""
	}
	if p.Size != "" && !slices.Contains(OrgSizes, p.Size) {
		return "organization size " + quote(string(p.Size)) + " is not one of the bands"
	}
	if p.People != 0 && !(p.People >= MinPeople && p.People <= MaxPeople) {
		return "people available must be between 0.25 and 50 full-time equivalents"
	}
	if p.HourlyRate < 0 || p.HourlyRate > MaxHourlyRate {
		return "the hourly rate must be between $0 and $2,000"
	}
	return ""
}
