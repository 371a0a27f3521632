package share

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
	"sync"

	"github.com/socready/socready/app/engine"
)

// A link lists its answers in the question order of the bank version it was
// made with, so reading it needs that order even after the bank has moved
// on. banks/<bank>-v<version>.txt keeps the order of every released version
// that is no longer current (one question id a line, # for comments). The
// file is written once, when the version after it is released, and never
// edited. A version-1 link (or file, or saved assessment) is then brought to
// the current version by the bank's migration (questionnaires/migrations,
// see engine.Migration).
//
//go:embed banks/*.txt
var orderFiles embed.FS

// heldVersions are the earlier versions read from orderFiles: banks holding
// only question ids, in order.
var heldVersions = sync.OnceValue(func() []*engine.Bank {
	names, _ := orderFiles.ReadDir("banks") // the embedded folder exists
	var out []*engine.Bank
	for _, e := range names {
		stem := strings.TrimSuffix(e.Name(), ".txt")
		cut := strings.LastIndex(stem, "-v")
		version, err := strconv.Atoi(stem[cut+2:])
		if cut < 1 || err != nil || version < 1 {
			panic("share: order file " + e.Name() + " is not named <bank>-v<version>.txt")
		}
		id := stem[:cut]
		data, _ := orderFiles.ReadFile("banks/" + e.Name())
		b := &engine.Bank{ID: id, Version: version}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
				b.Questions = append(b.Questions, engine.Question{ID: line})
			}
		}
		out = append(out, b)
	}
	return out
})

// heldVersion returns the kept question order of an earlier bank version.
func heldVersion(id string, version int) (*engine.Bank, bool) {
	for _, b := range heldVersions() {
		if b.ID == id && b.Version == version {
			return b, true
		}
	}
	return nil, false
}

// Upgrade brings an assessment answered against an earlier version of its
// bank to the current version, in place, with the bank's recorded migration,
// and says what changed; it returns nil and leaves a alone when there is
// nothing to do (already current, or no bank or version recorded yet).
// Answers to questions the old version did not have are kept as they are:
// this is for saved work (links and files are checked more strictly). The
// caller decides when to store the result: the editor shows the migrated
// assessment and saves it only with the user's next change.
func Upgrade(a *engine.Assessment, lookup Lookup) (*engine.MigrationNotice, error) {
	if a.Bank == "" || a.BankVersion == 0 {
		return nil, nil
	}
	current, ok := lookup(a.Bank, 0)
	switch {
	case !ok:
		return nil, wrap(ErrUnknownBank, "questions %q", clip(a.Bank))
	case a.BankVersion == current.Version:
		return nil, nil
	case a.BankVersion > current.Version:
		return nil, wrap(ErrNewerBank, "%s version %d; this app has version %d", a.Bank, a.BankVersion, current.Version)
	}
	old, ok := lookup(a.Bank, a.BankVersion)
	if !ok || old.Version != a.BankVersion || old.ID != a.Bank {
		return nil, wrap(ErrUnknownBankVersion, "%s version %d", a.Bank, a.BankVersion)
	}
	return migrate(a, old, current)
}

// upgradeStrict is Upgrade for a link or file: every answer must be to a
// question of the version it names.
func upgradeStrict(a *engine.Assessment, old, current *engine.Bank) (*engine.MigrationNotice, error) {
	pos := questionPositions(old)
	for _, id := range sortedKeys(a.Answers) {
		if _, ok := pos[id]; !ok {
			return nil, wrap(ErrUnknownQuestion, "question %q (questions %s version %d)", clip(id), old.ID, old.Version)
		}
	}
	return migrate(a, old, current)
}

// migrate applies current's migration from old's version, after checking it
// against old's full question order.
func migrate(a *engine.Assessment, old, current *engine.Bank) (*engine.MigrationNotice, error) {
	ids := make([]string, len(old.Questions))
	for i := range old.Questions {
		ids[i] = old.Questions[i].ID
	}
	m := current.MigrationFrom(old.Version)
	if err := m.Check(ids, current); err != nil {
		// The tests check every recorded table; this is a safety net.
		return nil, wrap(ErrUnknownBankVersion, "%s version %d: %v", old.ID, old.Version, err)
	}
	migrated, notice := engine.Migrate(*a, ids, m, current)
	*a = migrated
	return notice, nil
}
