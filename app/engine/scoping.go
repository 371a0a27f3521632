package engine

// ScopingSet holds the short "which report do I need?" questions and the
// service-characteristic questions that recommend optional TSC categories.
// Each is a yes/no question; a "yes" recommends what it names, with a reason.
type ScopingSet struct {
	ID        string            `json:"id"`
	Version   int               `json:"version"`
	Questions []ScopingQuestion `json:"questions"`
}

// A ScopingQuestion recommends reports or categories when answered Yes.
type ScopingQuestion struct {
	ID         string   `json:"id"`
	Group      string   `json:"group"` // "report" or "category"
	Text       string   `json:"text"`
	Help       string   `json:"help"`
	Reports    []Report `json:"reports,omitempty"`    // recommended on Yes
	Categories []string `json:"categories,omitempty"` // recommended on Yes
	Reason     string   `json:"reason"`               // shown next to the recommendation
}
