package engine

import (
	"fmt"
	"slices"
)

// Check reports every problem of m as a path from the version whose question
// ids, in order, are oldIDs, to bank (its current version). With oldIDs nil
// (the library does not hold the old order: app/share does) only what can be
// checked against the bank is. The rules:
//
//   - m names the bank, To is its version and From is an earlier one.
//   - Every old id is either still in the bank (kept) or a source of exactly
//     one entry: a merged From, a split From or a removed ID.
//   - Every target (merged Into, split Into) is a bank question, and the
//     target of one entry only.
//   - A merge or split may keep one of its own sources as a target; any other
//     source must be gone from the bank, and a kept old id cannot be the
//     target of an entry it is not a source of.
//   - A merge has at least one source (one is a rename), a split at least two
//     parts, a removal a reason.
func (m *Migration) Check(oldIDs []string, bank *Bank) error {
	var errs ValidationErrors
	p := problems{file: MigrationFile(m.Bank, m.From, m.To), errs: &errs}
	switch {
	case m.Bank != bank.ID:
		p.add("", "bank", "%q is not the bank %q", m.Bank, bank.ID)
	case m.To != bank.Version:
		p.add("", "to", "version %d, but the bank is version %d (a table always leads to the current version)", m.To, bank.Version)
	case m.From < 1 || m.From >= m.To:
		p.add("", "from", "version %d does not come before version %d", m.From, m.To)
	}
	old := map[string]bool{}
	for _, id := range oldIDs {
		old[id] = true
	}
	inBank := func(id string) bool { return bank.FindQuestion(id) != nil }

	sourceOf := map[string]string{} // old id → the entry that lists it
	addSource := func(id, entry, field string) {
		switch {
		case id == "":
			p.add("", field, "%s: an empty question id", entry)
		case oldIDs != nil && !old[id]:
			p.add(id, field, "%s: not a question of version %d", entry, m.From)
		case sourceOf[id] != "":
			p.add(id, field, "%s: already a source of %s", entry, sourceOf[id])
		default:
			sourceOf[id] = entry
		}
	}
	targetOf := map[string]string{} // bank id → the entry that fills it
	addTarget := func(id, entry, field string, sources []string) {
		switch {
		case !inBank(id):
			p.add(id, field, "%s: not a question of the bank's version %d", entry, bank.Version)
		case targetOf[id] != "":
			p.add(id, field, "%s: already filled by %s", entry, targetOf[id])
		case old[id] && !slices.Contains(sources, id):
			p.add(id, field, "%s: kept from version %d, so it cannot also take other questions' answers", entry, m.From)
		default:
			targetOf[id] = entry
		}
	}

	for i, mg := range m.Merged {
		entry := fmt.Sprintf("merged[%d] (into %q)", i, mg.Into)
		if len(mg.From) == 0 {
			p.add(mg.Into, fmt.Sprintf("merged[%d].from", i), "a merge needs at least one source")
		}
		for _, id := range mg.From {
			addSource(id, entry, fmt.Sprintf("merged[%d].from", i))
		}
		addTarget(mg.Into, entry, fmt.Sprintf("merged[%d].into", i), mg.From)
		for _, id := range mg.From {
			if id != mg.Into && inBank(id) {
				p.add(id, fmt.Sprintf("merged[%d].from", i), "%s: still in the bank; a merged question's sources are gone (or one of them is the target)", entry)
			}
		}
	}
	for i, sp := range m.Split {
		entry := fmt.Sprintf("split[%d] (from %q)", i, sp.From)
		addSource(sp.From, entry, fmt.Sprintf("split[%d].from", i))
		if len(sp.Into) < 2 {
			p.add(sp.From, fmt.Sprintf("split[%d].into", i), "a split needs at least two parts (one is a rename: use merged)")
		}
		for _, id := range sp.Into {
			addTarget(id, entry, fmt.Sprintf("split[%d].into", i), []string{sp.From})
		}
		if inBank(sp.From) && !slices.Contains(sp.Into, sp.From) {
			p.add(sp.From, fmt.Sprintf("split[%d].from", i), "%s: still in the bank but not one of its parts", entry)
		}
	}
	for i, r := range m.Removed {
		entry := fmt.Sprintf("removed[%d]", i)
		addSource(r.ID, entry, entry+".id")
		if blank(r.Reason) {
			p.add(r.ID, entry+".reason", "say why the question was removed")
		}
		if inBank(r.ID) {
			p.add(r.ID, entry+".id", "removed, yet still in the bank")
		}
	}
	for _, id := range oldIDs {
		if sourceOf[id] == "" && !inBank(id) {
			p.add(id, "", "a question of version %d that is neither in the bank nor merged, split or removed", m.From)
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}
