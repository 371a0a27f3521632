package engine

// Choice is the value of one answer. Maturity questions take NotStarted …
// Operating or NA; fact questions take Yes or No. Unanswered is the zero value.
// The numeric order is part of the share-link format: never renumber.
type Choice uint8

const (
	Unanswered Choice = iota
	NotStarted
	Planned
	Partial
	Documented // in place and documented
	Operating  // operating with evidence over the period
	NA         // not applicable; needs a justification
	Yes
	No
)

var choiceNames = [...]string{"", "not_started", "planned", "partial", "documented", "operating", "na", "yes", "no"}

// String returns the stable name used in JSON files and banks.
func (c Choice) String() string {
	if int(c) < len(choiceNames) {
		return choiceNames[c]
	}
	return "invalid"
}

// ParseChoice is the inverse of String. ok is false for an unknown name.
func ParseChoice(s string) (c Choice, ok bool) {
	for i, n := range choiceNames {
		if n == s {
			return Choice(i), true
		}
	}
	return Unanswered, false
}

// MarshalText writes the stable name, so JSON files stay readable.
func (c Choice) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a stable name and rejects anything else.
func (c *Choice) UnmarshalText(b []byte) error {
	v, ok := ParseChoice(string(b))
	if !ok {
		return &ChoiceError{Value: string(b)}
	}
	*c = v
	return nil
}

// ChoiceError reports an answer value that is not one of the known names.
type ChoiceError struct{ Value string }

func (e *ChoiceError) Error() string { return "unknown answer value " + quote(e.Value) }

// IsMaturity reports whether c is a point on the maturity scale.
func (c Choice) IsMaturity() bool { return c >= NotStarted && c <= Operating }

// Label is the wording shown to the user.
func (c Choice) Label() string {
	switch c {
	case NotStarted:
		return "Not started"
	case Planned:
		return "Planned"
	case Partial:
		return "Partially in place"
	case Documented:
		return "In place and documented"
	case Operating:
		return "Operating with evidence over the period"
	case NA:
		return "Not applicable"
	case Yes:
		return "Yes"
	case No:
		return "No"
	}
	return "Unanswered"
}

// An Answer is the user's response to one question.
type Answer struct {
	Choice        Choice `json:"choice"`
	Justification string `json:"justification,omitempty"` // required when Choice is NA
	Note          string `json:"note,omitempty"`
}

// Answers maps question ids to answers. A missing entry is unanswered.
type Answers map[string]Answer

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}
