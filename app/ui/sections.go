package ui

import (
	"slices"
	"strings"

	"github.com/socready/socready/app/engine"
)

// A section is one group of the questionnaire: a series (CC6, A1, P4…) or a
// SOC 1 area, plus a first "About your setup" group for yes/no questions
// that are not tied to a criterion.
type section struct {
	ID        string
	Title     string
	Questions []*engine.Question // asked questions, in bank order
	Answered  int
}

const setupSection = "setup"

// buildSections groups the asked questions by the series of their first
// criterion, in framework order.
func buildSections(b *engine.Bank, fw *engine.Framework, asked []bool, answers engine.Answers) []section {
	bySeries := map[string]*section{setupSection: {ID: setupSection, Title: "About your setup"}}
	order := []string{setupSection}
	for _, s := range fw.Series {
		bySeries[s.ID] = &section{ID: s.ID, Title: s.ID + " " + s.Title}
		if strings.HasPrefix(s.ID, "SOC1.") {
			bySeries[s.ID].Title = strings.TrimPrefix(s.ID, "SOC1.") + ". " + s.Title
		}
		order = append(order, s.ID)
	}
	for i := range b.Questions {
		if !asked[i] {
			continue
		}
		q := &b.Questions[i]
		sec := bySeries[setupSection]
		if id := fw.SectionOf(q); id != "" {
			sec = bySeries[id]
		}
		sec.Questions = append(sec.Questions, q)
		if isAnswered(q, answers[q.ID]) {
			sec.Answered++
		}
	}
	var out []section
	for _, id := range order {
		if s := bySeries[id]; len(s.Questions) > 0 {
			out = append(out, *s)
		}
	}
	return out
}

// isAnswered mirrors the engine's completion rule: a maturity level, or N/A
// with a justification; yes or no for a fact.
func isAnswered(q *engine.Question, a engine.Answer) bool {
	if q.Kind == engine.KindFact {
		return a.Choice == engine.Yes || a.Choice == engine.No
	}
	return a.Choice.IsMaturity() || (a.Choice == engine.NA && strings.TrimSpace(a.Justification) != "")
}

// sectionOf returns the index of the section holding question id, or -1.
func sectionOf(secs []section, id string) int {
	for i, s := range secs {
		for _, q := range s.Questions {
			if q.ID == id {
				return i
			}
		}
	}
	return -1
}

// nextUnanswered finds the first unanswered question after position
// (section from, question after), wrapping around; ok is false when every
// asked question is answered.
func nextUnanswered(secs []section, answers engine.Answers, from int, after string) (sec int, id string, ok bool) {
	n := len(secs)
	passed := after == ""
	for k := 0; k <= n; k++ {
		i := (from + k) % n
		for _, q := range secs[i].Questions {
			if !passed {
				if q.ID == after {
					passed = true
				}
				continue
			}
			if !isAnswered(q, answers[q.ID]) {
				return i, q.ID, true
			}
		}
		passed = true
	}
	return 0, "", false
}

// gatingQuestions are the ids of the questions that other questions of b
// depend on (their When conditions): only answers to these, and changes to
// the scope, change which questions are asked.
func gatingQuestions(b *engine.Bank) map[string]bool {
	gates := map[string]bool{}
	for i := range b.Questions {
		for _, c := range b.Questions[i].When {
			gates[c.Question] = true
		}
	}
	return gates
}

// recountSections is secs after the answer to q went from was to now, for an
// answer that changes no question's being asked (q gates nothing): only the
// count of q's section can move, and regrouping every question is not needed.
// ok is false when q is in no section.
func recountSections(secs []section, q *engine.Question, was, now engine.Answer) (out []section, ok bool) {
	d := 0
	if isAnswered(q, now) {
		d++
	}
	if isAnswered(q, was) {
		d--
	}
	for i := range secs {
		if slices.Contains(secs[i].Questions, q) {
			out = slices.Clone(secs)
			out[i].Answered += d
			return out, true
		}
	}
	return secs, false
}
