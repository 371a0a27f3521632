package engine

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A ValidationError is one problem found in a framework, bank or scoping file.
// Loading reports every problem at once, so an author can fix a bank in one go.
type ValidationError struct {
	File     string // path inside the questionnaires folder, e.g. "soc2.json"
	Question string // question id (or scoping question id); empty for file-level problems
	Field    string // JSON field, e.g. "criteria", "when[0].question"
	Problem  string // what is wrong, in plain words
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Question != "" {
		b.WriteString(": question ")
		b.WriteString(strconv.Quote(e.Question))
	}
	if e.Field != "" {
		b.WriteString(": field ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Problem)
	return b.String()
}

// ValidationErrors is every problem found while loading a library, in file
// order and, within a file, in question order.
type ValidationErrors []*ValidationError

func (es ValidationErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d problems in the questionnaires:", len(es))
	for _, e := range es {
		b.WriteString("\n  ")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap lets errors.As find each *ValidationError.
func (es ValidationErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Limits a bank must respect.
const (
	MinWeight = 1
	MaxWeight = 5
)

// problems collects validation errors for one file.
type problems struct {
	file string
	errs *ValidationErrors
}

func (p problems) add(question, field, format string, args ...any) {
	*p.errs = append(*p.errs, &ValidationError{File: p.file, Question: question, Field: field, Problem: fmt.Sprintf(format, args...)})
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// validID accepts lowercase slugs: letters, digits, '-', '_' and '.'.
func validID(id string) bool {
	if id == "" {
		return false
	}
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
		default:
			return false
		}
	}
	return true
}

// validateFramework checks a framework's internal consistency: unique ids and
// every criterion rolling up to a known series and category.
func validateFramework(p problems, fw *Framework) {
	if blank(fw.ID) {
		p.add("", "id", "framework id is missing")
	}
	if blank(fw.Title) {
		p.add("", "title", "framework title is missing")
	}
	if len(fw.Categories) == 0 {
		p.add("", "categories", "framework has no categories")
	}
	if len(fw.Categories) > maxCategories {
		p.add("", "categories", "framework has %d categories; at most %d are supported", len(fw.Categories), maxCategories)
	}
	cats := map[string]bool{}
	for i, c := range fw.Categories {
		f := fmt.Sprintf("categories[%d]", i)
		switch {
		case blank(c.ID):
			p.add("", f+".id", "category id is missing")
		case cats[c.ID]:
			p.add("", f+".id", "duplicate category id %q", c.ID)
		}
		cats[c.ID] = true
		if blank(c.Title) {
			p.add("", f+".title", "category %q has no title", c.ID)
		}
	}
	series := map[string]string{}
	for i, s := range fw.Series {
		f := fmt.Sprintf("series[%d]", i)
		if blank(s.ID) {
			p.add("", f+".id", "series id is missing")
		} else if _, dup := series[s.ID]; dup {
			p.add("", f+".id", "duplicate series id %q", s.ID)
		}
		if !cats[s.Category] {
			p.add("", f+".category", "series %q refers to unknown category %q", s.ID, s.Category)
		}
		if blank(s.Title) {
			p.add("", f+".title", "series %q has no title", s.ID)
		}
		series[s.ID] = s.Category
	}
	if len(fw.Criteria) == 0 {
		p.add("", "criteria", "framework has no criteria")
	}
	crits := map[string]bool{}
	for i, c := range fw.Criteria {
		f := fmt.Sprintf("criteria[%d]", i)
		if blank(c.ID) {
			p.add("", f+".id", "criterion id is missing")
		} else if crits[c.ID] {
			p.add("", f+".id", "duplicate criterion id %q", c.ID)
		}
		crits[c.ID] = true
		if !cats[c.Category] {
			p.add("", f+".category", "criterion %q refers to unknown category %q", c.ID, c.Category)
		}
		sc, ok := series[c.Series]
		switch {
		case !ok:
			p.add("", f+".series", "criterion %q refers to unknown series %q", c.ID, c.Series)
		case sc != c.Category:
			p.add("", f+".series", "criterion %q is in category %q but its series %q is in %q", c.ID, c.Category, c.Series, sc)
		}
	}
}

// validateBank checks one bank against its framework (fw may be nil when the
// bank names an unknown framework: criterion checks are then skipped).
func validateBank(p problems, b *Bank, fw *Framework) {
	if !validID(b.ID) {
		p.add("", "id", "bank id %q must be a non-empty lowercase slug", b.ID)
	}
	if b.Version < 1 {
		p.add("", "version", "bank version must be 1 or more, got %d", b.Version)
	}
	if blank(b.Title) {
		p.add("", "title", "bank title is missing")
	}
	if fw == nil {
		p.add("", "framework", "unknown framework %q", b.Framework)
	}
	docs := map[string]bool{}
	for i, d := range b.Documents {
		f := fmt.Sprintf("documents[%d]", i)
		switch {
		case !validID(d.ID):
			p.add("", f+".id", "document id %q must be a non-empty lowercase slug", d.ID)
		case docs[d.ID]:
			p.add("", f+".id", "duplicate document id %q", d.ID)
		}
		docs[d.ID] = true
		if blank(d.Title) {
			p.add("", f+".title", "document %q has no title", d.ID)
		}
	}
	if len(b.Questions) == 0 {
		p.add("", "questions", "bank has no questions")
	}

	var crit map[string]int
	var covered []bool // criterion position → named by a scored question
	if fw != nil {
		crit = fw.index().crit
		covered = make([]bool, len(fw.Criteria))
	}
	seen := make(map[string]int, len(b.Questions)) // id → position of first use
	remediations := map[string]*Question{}         // remediation_id → first question naming it
	for i := range b.Questions {
		q := &b.Questions[i]
		qid := q.ID
		if qid == "" {
			qid = fmt.Sprintf("#%d", i+1)
		}
		if !validID(q.ID) {
			p.add(qid, "id", "question id must be a non-empty lowercase slug (letters, digits, '-', '_', '.')")
		}
		if first, dup := seen[q.ID]; dup && q.ID != "" {
			p.add(qid, "id", "duplicate question id (first used by question #%d)", first+1)
		} else {
			seen[q.ID] = i
		}
		fact := q.Kind == KindFact
		if q.Kind != "" && q.Kind != KindMaturity && !fact {
			p.add(qid, "kind", "unknown kind %q (want \"maturity\" or \"fact\")", q.Kind)
		}
		if blank(q.Text) {
			p.add(qid, "text", "question text is missing")
		}
		if blank(q.Why) {
			p.add(qid, "why", "\"why it matters\" is missing")
		}
		switch q.Test {
		case TestDesign:
		case TestOperation:
			if fact {
				p.add(qid, "test", "a fact question must use test \"design\" so it is asked for both types")
			}
		default:
			p.add(qid, "test", "unknown test %q (want \"design\" or \"operation\")", q.Test)
		}
		if fact {
			if q.Weight != 0 {
				p.add(qid, "weight", "a fact question is not scored: weight must be 0, got %d", q.Weight)
			}
			if q.Key {
				p.add(qid, "key", "a fact question cannot be a key control")
			}
		} else {
			if blank(q.Evidence) {
				p.add(qid, "evidence", "expected evidence is missing")
			}
			if blank(q.Remediation) {
				p.add(qid, "remediation", "remediation guidance is missing")
			}
			if q.Weight < MinWeight || q.Weight > MaxWeight {
				p.add(qid, "weight", "weight %d is out of range %d–%d", q.Weight, MinWeight, MaxWeight)
			}
			if len(q.Criteria) == 0 {
				p.add(qid, "criteria", "a scored question must name at least one criterion")
			}
		}
		validatePlanFields(p, q, qid, fact, remediations)
		seenCrit := map[string]bool{}
		for _, c := range q.Criteria {
			if seenCrit[c] {
				p.add(qid, "criteria", "criterion %q is listed twice", c)
			}
			seenCrit[c] = true
			if fw == nil {
				continue
			}
			pos, ok := crit[c]
			if !ok {
				p.add(qid, "criteria", "unknown criterion id %q in framework %q", c, fw.ID)
				continue
			}
			if !fact {
				covered[pos] = true
			}
		}
		for _, d := range q.Documents {
			if !docs[d] {
				p.add(qid, "documents", "unknown document id %q", d)
			}
		}
		for k, c := range q.When {
			f := fmt.Sprintf("when[%d]", k)
			pos, ok := seen[c.Question]
			switch {
			case c.Question == "":
				p.add(qid, f+".question", "condition names no question")
			case !ok:
				if later := indexOfQuestion(b, c.Question, i); later >= 0 {
					p.add(qid, f+".question", "condition refers to %q, which comes later in the bank; conditions may only use earlier fact questions", c.Question)
				} else {
					p.add(qid, f+".question", "condition refers to unknown question %q", c.Question)
				}
			case pos == i:
				p.add(qid, f+".question", "condition refers to the question itself")
			case b.Questions[pos].Kind != KindFact:
				p.add(qid, f+".question", "condition refers to %q, which is not a fact (yes/no) question", c.Question)
			case fw != nil:
				// Someone answering section by section must meet the fact
				// before the question it switches on, or the question appears
				// in a section they have already left.
				gate, own := fw.SectionOf(&b.Questions[pos]), fw.SectionOf(q)
				if fw.sectionRank(gate) > fw.sectionRank(own) {
					p.add(qid, f+".question", "condition refers to %q, shown in section %s, after this question's section %s: key the fact to an earlier criterion or this question to a later one", c.Question, gate, own)
				}
			}
			if c.Is != Yes && c.Is != No {
				p.add(qid, f+".is", "condition value must be \"yes\" or \"no\", got %q", c.Is.String())
			}
		}
	}
	for i, ok := range covered {
		if !ok {
			p.add("", "criteria", "criterion %s (%s) is not covered by any scored question", fw.Criteria[i].ID, fw.Criteria[i].Topic)
		}
	}
}

// validatePlanFields checks the fields the plan prices effort with: a maturity
// question names the kind of work that closes it, questions sharing a
// remediation agree on its kind (one piece of work is one kind of work), and
// an operation question says how often its control runs. A fact question is
// not planned, so it carries none of them.
func validatePlanFields(p problems, q *Question, qid string, fact bool, remediations map[string]*Question) {
	if fact {
		if q.RemediationKind != "" {
			p.add(qid, "remediation_kind", "a fact question has no remediation: remove remediation_kind")
		}
		if q.RemediationID != "" {
			p.add(qid, "remediation_id", "a fact question has no remediation: remove remediation_id")
		}
		if q.Frequency != "" {
			p.add(qid, "frequency", "a fact question does not run: remove frequency")
		}
		return
	}
	switch {
	case q.RemediationKind == "":
		p.add(qid, "remediation_kind", "remediation kind is missing (want one of %s)", quotedList(RemediationKinds))
	case !slices.Contains(RemediationKinds, q.RemediationKind):
		p.add(qid, "remediation_kind", "unknown remediation kind %q (want one of %s)", q.RemediationKind, quotedList(RemediationKinds))
	}
	if q.RemediationID != "" {
		if !validID(q.RemediationID) {
			p.add(qid, "remediation_id", "remediation id %q must be a lowercase slug", q.RemediationID)
		} else if first, ok := remediations[q.RemediationID]; !ok {
			remediations[q.RemediationID] = q
		} else if first.RemediationKind != q.RemediationKind {
			p.add(qid, "remediation_id", "remediation %q is kind %q here but %q in question %q: one shared remediation is one kind of work",
				q.RemediationID, q.RemediationKind, first.RemediationKind, first.ID)
		}
	}
	switch {
	case q.Test != TestOperation:
		if q.Frequency != "" {
			p.add(qid, "frequency", "only an operation question has a frequency; a design question checks that the control exists")
		}
	case q.Frequency == "":
		p.add(qid, "frequency", "an operation question must say how often its control runs (want one of %s)", quotedList(Frequencies))
	case !slices.Contains(Frequencies, q.Frequency):
		p.add(qid, "frequency", "unknown frequency %q (want one of %s)", q.Frequency, quotedList(Frequencies))
	}
}

// quotedList renders allowed values as "a", "b" or "c" for a message.
func quotedList[T ~string](values []T) string {
	parts := make([]string, len(values))
	for i, v := range values {
		parts[i] = strconv.Quote(string(v))
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// indexOfQuestion finds id among the questions after position from, or -1.
func indexOfQuestion(b *Bank, id string, from int) int {
	for i := from; i < len(b.Questions); i++ {
		if b.Questions[i].ID == id {
			return i
		}
	}
	return -1
}

// Scoping question groups.
const (
	GroupReport   = "report"
	GroupCategory = "category"
	GroupRole     = "role" // the answer sets the scope (Scope.Processor) instead of recommending
	// GroupFact states something about the organization that changes how the
	// results read (ISO/IEC 27001 certification); it recommends nothing.
	GroupFact = "fact"
)

// validateScoping checks the scoping questions: known report and category ids,
// unique ids, and that each question recommends something with a reason.
func validateScoping(p problems, s *ScopingSet, categories map[string]bool) {
	if blank(s.ID) {
		p.add("", "id", "scoping set id is missing")
	}
	if s.Version < 1 {
		p.add("", "version", "scoping version must be 1 or more, got %d", s.Version)
	}
	if len(s.Questions) == 0 {
		p.add("", "questions", "scoping set has no questions")
	}
	seen := map[string]bool{}
	for i, q := range s.Questions {
		qid := q.ID
		if qid == "" {
			qid = fmt.Sprintf("#%d", i+1)
		}
		if !validID(q.ID) {
			p.add(qid, "id", "scoping question id must be a non-empty lowercase slug")
		} else if seen[q.ID] {
			p.add(qid, "id", "duplicate scoping question id")
		}
		seen[q.ID] = true
		if q.Group != GroupReport && q.Group != GroupCategory && q.Group != GroupRole && q.Group != GroupFact {
			p.add(qid, "group", "unknown group %q (want %q, %q, %q or %q)", q.Group, GroupReport, GroupCategory, GroupRole, GroupFact)
		}
		if blank(q.Text) {
			p.add(qid, "text", "question text is missing")
		}
		for _, c := range q.AskedFor {
			if !categories[c] {
				p.add(qid, "asked_for", "unknown category id %q", c)
			}
		}
		if q.Group == GroupRole || q.Group == GroupFact {
			if len(q.Reports) > 0 || len(q.Categories) > 0 || q.Reason != "" {
				p.add(qid, "group", "a %s question sets the scope or states a fact: it recommends nothing, so it has no reports, categories or reason", q.Group)
			}
			continue
		}
		if blank(q.Reason) {
			p.add(qid, "reason", "reason shown with the recommendation is missing")
		}
		if len(q.Reports) == 0 && len(q.Categories) == 0 {
			p.add(qid, "reports", "a yes answer recommends nothing: list reports or categories")
		}
		for _, r := range q.Reports {
			if r != SOC1 && r != SOC2 && r != SOC3 {
				p.add(qid, "reports", "unknown report id %q (want soc1, soc2 or soc3)", r)
			}
		}
		for _, c := range q.Categories {
			if !categories[c] {
				p.add(qid, "categories", "unknown category id %q", c)
			}
		}
	}
}
