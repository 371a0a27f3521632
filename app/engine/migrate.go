package engine

import (
	"fmt"
	"strings"
)

// A Migration is the recorded change from one version of a bank to its
// current version: which questions were merged, split or removed. It lives in
// the questionnaires folder as migrations/<bank>-<from>-to-<to>.json (see
// migrations/README.md there):
//
//	{
//	  "bank": "soc2", "from": 1, "to": 2,
//	  "merged":  [{"into": "new-id", "from": ["old-a", "old-b"], "reason": "…"}],
//	  "split":   [{"from": "old-c", "into": ["part-1", "part-2"], "reason": "…"}],
//	  "removed": [{"id": "old-d", "reason": "…"}]
//	}
//
// Every question of the old version not listed as a source is kept: it is
// still in the bank with the same id and meaning. A bank question that is
// neither kept nor the target of an entry is new. Check states the rules.
//
// Answers move as Migrate says: a kept question keeps its answer; a merged
// question takes the lowest of its sources' answers (see MergeAnswers) and
// all their notes; each part of a split question takes the original answer
// and is marked for review; a removed question's answer is dropped.
type Migration struct {
	Bank    string    `json:"bank"`
	From    int       `json:"from"` // the version links, files and saved work were made with
	To      int       `json:"to"`   // the bank's current version
	Merged  []Merge   `json:"merged,omitempty"`
	Split   []Split   `json:"split,omitempty"`
	Removed []Removal `json:"removed,omitempty"`
}

// A Merge joins several old questions (or renames one) into one question.
// Into may be one of From: the question that absorbs the others keeps its id.
type Merge struct {
	Into   string   `json:"into"`
	From   []string `json:"from"`
	Reason string   `json:"reason,omitempty"`
}

// A Split turns one old question into several. Into may include From.
type Split struct {
	From   string   `json:"from"`
	Into   []string `json:"into"`
	Reason string   `json:"reason,omitempty"`
}

// A Removal drops an old question whose control is no longer asked about.
type Removal struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// MigrationFile is the name of the table from version from of bank id.
func MigrationFile(id string, from, to int) string {
	return fmt.Sprintf("%s/%s-%d-to-%d.json", MigrationsDir, id, from, to)
}

// MigrationsDir is the folder of the migration tables in the questionnaires.
const MigrationsDir = "migrations"

// MigrationFrom returns the recorded migration from version v to b's
// version, or an empty one (everything kept) when none is recorded.
func (b *Bank) MigrationFrom(v int) *Migration {
	for _, m := range b.Migrations {
		if m.From == v {
			return m
		}
	}
	return &Migration{Bank: b.ID, From: v, To: b.Version}
}

// A MigrationNotice tells the user what a migration changed, so they can
// answer what is new and confirm what was carried over by a rule.
type MigrationNotice struct {
	From, To int
	// New lists the questions of the current version that have no source in
	// the old one: nothing was carried over, they wait for an answer.
	New []string
	// Review lists questions whose carried-over answer the user should
	// confirm: each part of a split question, and a merged question some of
	// whose sources were not answered (or were yes/no facts that disagreed).
	Review []string
	// Dropped lists removed questions that had an answer or a note.
	Dropped []string
}

// Empty reports whether there is nothing to tell.
func (n *MigrationNotice) Empty() bool {
	return n == nil || len(n.New)+len(n.Review)+len(n.Dropped) == 0
}

// Migrate returns a copy of a answered against bank (its current version),
// from answers given against the version whose question ids are oldIDs, as
// m says. m must pass m.Check(oldIDs, bank). New and Review follow the bank's
// question order. Only a.Answers, a.BankVersion and a.Bank change; the
// caller's maps are not modified.
//
// Answers to ids the old version did not have are carried over as they are:
// saved work keeps the answers of another bank when its report was changed,
// and they must survive. Links and files are checked for such ids before.
func Migrate(a Assessment, oldIDs []string, m *Migration, bank *Bank) (Assessment, *MigrationNotice) {
	old := a.Answers
	out := make(Answers, len(old))
	n := &MigrationNotice{From: a.BankVersion, To: bank.Version}
	review := map[string]bool{}
	sourced := map[string]bool{} // bank questions that got something from the old version

	inOld := make(map[string]bool, len(oldIDs))
	for _, id := range oldIDs {
		inOld[id] = true
	}
	for id, ans := range old {
		if !inOld[id] {
			out[id] = ans
		}
	}
	source := map[string]bool{}
	for _, mg := range m.Merged {
		for _, id := range mg.From {
			source[id] = true
		}
	}
	for _, sp := range m.Split {
		source[sp.From] = true
	}
	for _, r := range m.Removed {
		source[r.ID] = true
		if ans, ok := old[r.ID]; ok && ans != (Answer{}) {
			n.Dropped = append(n.Dropped, r.ID)
		}
	}
	for _, id := range oldIDs {
		if source[id] || bank.FindQuestion(id) == nil {
			continue
		}
		sourced[id] = true
		if ans, ok := old[id]; ok {
			out[id] = ans
		}
	}
	for _, mg := range m.Merged {
		q := bank.FindQuestion(mg.Into)
		srcs := make([]Answer, len(mg.From))
		for i, id := range mg.From {
			srcs[i] = old[id]
		}
		ans, check := MergeAnswers(q.Kind, srcs)
		sourced[mg.Into] = true
		if ans != (Answer{}) {
			out[mg.Into] = ans
		}
		review[mg.Into] = check
	}
	for _, sp := range m.Split {
		orig := old[sp.From]
		for _, id := range sp.Into {
			sourced[id] = true
			ans := splitAnswer(bank.FindQuestion(id).Kind, orig)
			if ans != (Answer{}) {
				out[id] = ans
			}
			review[id] = ans.Choice != Unanswered
		}
	}
	for i := range bank.Questions {
		id := bank.Questions[i].ID
		switch {
		case !sourced[id]:
			n.New = append(n.New, id)
		case review[id]:
			n.Review = append(n.Review, id)
		}
	}
	a.Answers, a.Bank, a.BankVersion = out, bank.ID, bank.Version
	return a, n
}

// MergeAnswers combines the answers of a merged question's sources (in the
// table's order) into the answer of the new question, of kind kind. The
// result is the lowest of the answered sources:
//
//   - On the maturity scale, not started < planned < partially in place <
//     in place and documented < operating with evidence.
//   - Unanswered sources are left out (an operation question a Type I never
//     asked must not erase the design answer it is merged with), but then the
//     merged question is to be reviewed: part of it was never answered.
//   - Not applicable ranks above every maturity value: it counts only when
//     every answered source is N/A, and then their justifications are joined.
//     Otherwise an N/A source's justification is kept in the note.
//   - Yes/no facts have no order: sources that agree give their answer; a
//     disagreement gives unanswered, to review.
//   - A source answer that does not fit the new question's kind counts as
//     unanswered.
//
// Every source's note is kept, joined by a blank line, without repeats.
func MergeAnswers(kind Kind, srcs []Answer) (merged Answer, review bool) {
	var answered []Answer
	for _, s := range srcs {
		if fits(kind, s.Choice) {
			answered = append(answered, s)
		}
	}
	if len(answered) > 0 {
		merged.Choice = answered[0].Choice
		for _, s := range answered[1:] {
			merged.Choice = lower(merged.Choice, s.Choice)
		}
		review = len(answered) < len(srcs)
		if merged.Choice == Unanswered { // facts that disagree
			review = true
		}
	}
	var notes, justs texts
	for _, s := range srcs {
		notes.add(s.Note)
		if merged.Choice == NA {
			justs.add(s.Justification)
		} else {
			notes.add(s.Justification)
		}
	}
	merged.Note, merged.Justification = notes.String(), justs.String()
	return merged, review
}

// lower is the lower of two answers that fit the same kind of question.
func lower(a, b Choice) Choice {
	switch {
	case a == b:
		return a
	case a == NA:
		return b
	case b == NA:
		return a
	case a.IsMaturity() && b.IsMaturity():
		return min(a, b)
	}
	return Unanswered // yes and no
}

// fits reports whether c is an answer a question of kind can take.
func fits(kind Kind, c Choice) bool {
	if kind == KindFact {
		return c == Yes || c == No
	}
	return c.IsMaturity() || c == NA
}

// splitAnswer is what one part of a split question of kind takes from the
// original answer: all of it when the choice fits, else only its texts.
func splitAnswer(kind Kind, orig Answer) Answer {
	if orig.Choice == Unanswered || fits(kind, orig.Choice) {
		return orig
	}
	var notes texts
	notes.add(orig.Note)
	notes.add(orig.Justification)
	return Answer{Note: notes.String()}
}

// texts joins distinct non-blank texts by a blank line.
type texts []string

func (t *texts) add(s string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	for _, have := range *t {
		if have == s {
			return
		}
	}
	*t = append(*t, s)
}

func (t texts) String() string { return strings.Join(t, "\n\n") }
