package share

import (
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socready/socready/app/engine"
)

// Validate checks an assessment against the bank version its answers are
// read with. Links and files are both checked with it, on the way out as on
// the way in, so whatever SOC Ready exports it can also import. Problems are
// reported one at a time, in a fixed order, naming the field or question.
func Validate(a *engine.Assessment, bank *engine.Bank) error {
	if a.Bank != bank.ID {
		return wrap(ErrInvalidValue, "bank %q does not match the questions %q", a.Bank, bank.ID)
	}
	if err := validateScope(&a.Scope, bank.ID, "scope"); err != nil {
		return err
	}
	for _, t := range []struct{ name, v string }{{"created", a.Created}, {"updated", a.Updated}} {
		if _, err := parseStamp(t.v); err != nil {
			return wrap(ErrInvalidValue, "%s %q is not a date and time", t.name, clip(t.v))
		}
	}
	type text struct{ name, v string }
	texts := []text{{"id", a.ID}, {"name", a.Name}, {"organization", a.Organization}}
	if r := a.Request; r != nil {
		texts = append(texts, text{"request id", r.ID}, text{"request from", r.From}, text{"request message", r.Message}, text{"request due date", r.Due})
	}
	for _, t := range texts {
		if !utf8.ValidString(t.v) {
			return wrap(ErrInvalidValue, "%s is not valid text", t.name)
		}
	}
	if r := a.Request; r != nil {
		if err := validateRequirements(r.Requirements, a.Scope, bank.ID); err != nil {
			return err
		}
		if _, err := parseDay(r.Due); err != nil {
			return wrap(ErrInvalidValue, "request due date %q is not a date (YYYY-MM-DD)", clip(r.Due))
		}
	}
	if msg := a.Plan.Problem(); msg != "" {
		return wrap(ErrInvalidValue, "plan: %s", msg)
	}
	pos := questionPositions(bank)
	for _, id := range sortedKeys(a.Answers) {
		q, ok := pos[id]
		if !ok {
			return wrap(ErrUnknownQuestion, "question %q (questions %s version %d)", clip(id), bank.ID, bank.Version)
		}
		if err := validateAnswer(&bank.Questions[q], a.Answers[id]); err != nil {
			return err
		}
	}
	for _, id := range sortedKeys(a.Scoping) {
		ans := a.Scoping[id]
		if ans.Choice != engine.Unanswered && ans.Choice != engine.Yes && ans.Choice != engine.No {
			return wrap(ErrInvalidValue, "scoping question %q cannot be answered %q", clip(id), ans.Choice)
		}
		if !utf8.ValidString(id) || !utf8.ValidString(ans.Note) || !utf8.ValidString(ans.Justification) {
			return wrap(ErrInvalidValue, "scoping question %q is not valid text", clip(id))
		}
	}
	return nil
}

// validateAnswer checks one answer against its question: the value must fit
// the question's kind, and "not applicable" needs a reason.
func validateAnswer(q *engine.Question, ans engine.Answer) error {
	if !choiceFits(q, ans.Choice) {
		return wrap(ErrInvalidValue, "question %q cannot be answered %q", q.ID, ans.Choice)
	}
	if ans.Choice == engine.NA && strings.TrimSpace(ans.Justification) == "" {
		return wrap(ErrMissingJustification, "question %q", q.ID)
	}
	if !utf8.ValidString(ans.Note) || !utf8.ValidString(ans.Justification) {
		return wrap(ErrInvalidValue, "the note of question %q is not valid text", q.ID)
	}
	return nil
}

// choiceFits reports whether c is a value the question can take: the maturity
// scale or N/A for a maturity question, yes or no for a fact.
func choiceFits(q *engine.Question, c engine.Choice) bool {
	switch {
	case c == engine.Unanswered:
		return true
	case q.Kind == engine.KindFact:
		return c == engine.Yes || c == engine.No
	default:
		return c.IsMaturity() || c == engine.NA
	}
}

// validateScope checks the scope's values against the tables of the link
// format, which are also the values the app offers.
func validateScope(s *engine.Scope, bankID, field string) error {
	if indexOf(reportCodes, s.Report) < 0 {
		return wrap(ErrInvalidValue, "%s.report %q is not SOC 1, SOC 2 or SOC 3", field, clip(string(s.Report)))
	}
	if s.Report != "" && bankID != "" && s.BankID() != bankID {
		return wrap(ErrInvalidValue, "%s.report %q does not use the questions %q", field, s.Report, bankID)
	}
	if indexOf(typeCodes, s.Type) < 0 {
		return wrap(ErrInvalidValue, "%s.type %q is not Type I or Type II", field, clip(string(s.Type)))
	}
	if indexOf(windows, s.Window) < 0 {
		return wrap(ErrInvalidValue, "%s.window_months %d is not 3, 6 or 12", field, s.Window)
	}
	if _, err := parseDay(s.Start); err != nil {
		return wrap(ErrInvalidValue, "%s.start %q is not a date (YYYY-MM-DD)", field, clip(s.Start))
	}
	allowed := bankCategories[bankID]
	if bankID == "" && s.Report != "" {
		allowed = bankCategories[s.BankID()]
	}
	for i, c := range s.Categories {
		if indexOf(allowed, c) < 0 {
			return wrap(ErrInvalidValue, "%s.categories: %q is not a category of these questions", field, clip(c))
		}
		if indexOf(s.Categories[:i], c) >= 0 {
			return wrap(ErrInvalidValue, "%s.categories: %q is listed twice", field, c)
		}
	}
	for _, c := range sortedKeys(s.OutOfScope) {
		if indexOf(allowed, c) < 0 {
			return wrap(ErrInvalidValue, "%s.out_of_scope: %q is not a category of these questions", field, clip(c))
		}
		if !utf8.ValidString(s.OutOfScope[c]) {
			return wrap(ErrInvalidValue, "%s.out_of_scope: the reason for %q is not valid text", field, c)
		}
	}
	return nil
}

// validateRequirements checks a buyer's requirements: their own limits, and
// category minimums naming categories of the scope's questions.
func validateRequirements(q *engine.Requirements, s engine.Scope, bankID string) error {
	if q == nil {
		return nil
	}
	if msg := q.Problem(); msg != "" {
		return wrap(ErrInvalidValue, "requirements: %s", msg)
	}
	if bankID == "" {
		bankID = s.BankID()
	}
	for _, c := range sortedKeys(q.MinCategory) {
		if indexOf(bankCategories[bankID], c) < 0 {
			return wrap(ErrInvalidValue, "requirements: %q is not a category of these questions", clip(c))
		}
	}
	return nil
}

// epoch is day 0 of the link format's dates.
var epoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// parseDay reads an optional YYYY-MM-DD date as days since 1970-01-01; the
// empty string is day -1. Dates before 1970 are refused.
func parseDay(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, err
	}
	if t.Before(epoch) {
		return 0, errBeforeEpoch
	}
	return int(t.Unix() / 86400), nil
}

func formatDay(days int) string { return epoch.AddDate(0, 0, days).Format(time.DateOnly) }

// parseStamp reads an optional RFC 3339 time; the zero time stands for "".
func parseStamp(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return t, err
	}
	if t.Before(epoch) {
		return t, errBeforeEpoch
	}
	return t, nil
}

type constError string

func (e constError) Error() string { return string(e) }

const errBeforeEpoch = constError("before 1970")

// questionPositions maps question ids to their position in the bank.
func questionPositions(b *engine.Bank) map[string]int {
	m := make(map[string]int, len(b.Questions))
	for i := range b.Questions {
		if _, dup := m[b.Questions[i].ID]; !dup {
			m[b.Questions[i].ID] = i
		}
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// clip shortens untrusted text quoted in a message.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func validText(s string) bool { return utf8.ValidString(s) }
