package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// TestMigrationNote: the questionnaire's notice lists the asked new and
// to-review questions as links, counts the dropped answers, and is not
// shown when nothing asked changed or after it was dismissed.
func TestMigrationNote(t *testing.T) {
	bank := &engine.Bank{ID: "soc2", Version: 2, Questions: []engine.Question{
		{ID: "q-new", Text: "Do you scan uploads for malware?"},
		{ID: "q-part", Text: "Do staff sign in with single sign-on?"},
		{ID: "q-hidden", Text: "Do you run your own data centre?"},
		{ID: "q-kept", Text: "Kept."},
	}}
	asked := []bool{true, true, false, true}
	n := &engine.MigrationNotice{From: 1, To: 2, New: []string{"q-new", "q-hidden"}, Review: []string{"q-part"}, Dropped: []string{"old-1", "old-2"}}

	html := app.HTMLString(newMigrationNote("a1", bank, asked, n, nil))
	for _, want := range []string{
		"version 1 → 2",
		"1 new question to answer", `href="/assess#a=a1&q=q-new"`, "Do you scan uploads for malware?",
		"1 answer to check", `q=q-part"`, "single sign-on",
		"2 answers were left out: their questions were removed.",
		`id="migration-dismiss"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("missing %q in\n%s", want, html)
		}
	}
	if strings.Contains(html, "q-hidden") {
		t.Error("a question not asked in this scope is listed")
	}
	if note := newMigrationNote("a1", bank, asked, &engine.MigrationNotice{New: []string{"q-hidden"}}, nil); note != nil {
		t.Error("a notice with nothing asked to show is shown")
	}
	if newMigrationNote("a1", bank, asked, nil, nil) != nil {
		t.Error("no migration, yet a notice")
	}

	rememberMigration("a9", n)
	if migrationNotices["a9"] != n {
		t.Fatal("the notice was not kept")
	}
	dismissMigration("a9")
	rememberMigration("a9", n) // opened again before the next save
	if migrationNotices["a9"] != nil {
		t.Error("a dismissed notice came back")
	}
	rememberMigration("a8", &engine.MigrationNotice{From: 1, To: 2})
	if _, ok := migrationNotices["a8"]; ok {
		t.Error("an empty notice was kept")
	}
}

// TestMigratedText: the shared view counts only the new and to-review
// questions its scope asks (it counted the whole bank: 2 new, not 1).
func TestMigratedText(t *testing.T) {
	bank := &engine.Bank{ID: "soc2", Version: 2, Questions: []engine.Question{{ID: "q-new"}, {ID: "q-part"}, {ID: "q-hidden"}}}
	n := &engine.MigrationNotice{From: 1, To: 2, New: []string{"q-new", "q-hidden"}, Review: []string{"q-part"}}
	got := migratedText(bank, []bool{true, true, false}, n)
	want := "Answered with version 1; shown with version 2, where 1 question in this scope is new (unanswered) and 1 answer was carried over from split or merged questions."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
