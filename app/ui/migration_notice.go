package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// migrationNotices holds, for this tab, what bringing an assessment to the
// current version of its questions changed (share.Upgrade on opening, an
// imported file, a saved copy of a link), by assessment id. The questionnaire
// shows it until the user dismisses it. It is not stored: the migrated
// assessment is saved with the user's next change, after which opening it
// migrates nothing, so the user is told once.
var migrationNotices = map[string]*engine.MigrationNotice{}

// dismissedMigrations are the assessments whose notice the user dismissed in
// this tab: opening one again before its next save migrates it again, quietly.
var dismissedMigrations = map[string]bool{}

// rememberMigration keeps n for assessment id, if it has anything to say.
func rememberMigration(id string, n *engine.MigrationNotice) {
	if !n.Empty() && !dismissedMigrations[id] {
		migrationNotices[id] = n
	}
}

// dismissMigration drops the notice of assessment id for this tab.
func dismissMigration(id string) {
	delete(migrationNotices, id)
	dismissedMigrations[id] = true
}

// migrationNote lists, on the questionnaire, the asked questions that are new
// since the version the answers were given with and those whose answer was
// carried over from a split or merged question, each a link to the question.
type migrationNote struct {
	app.Compo
	ID      string // the assessment
	From    int
	To      int
	New     []*engine.Question
	Review  []*engine.Question
	Dropped int
	Dismiss app.EventHandler
}

// newMigrationNote picks, from n, the questions asked in this scope, in bank
// order; nil when there is no notice or nothing to show.
func newMigrationNote(id string, bank *engine.Bank, asked []bool, n *engine.MigrationNotice, dismiss app.EventHandler) *migrationNote {
	if n.Empty() {
		return nil
	}
	note := &migrationNote{ID: id, From: n.From, To: n.To, Dropped: len(n.Dropped), Dismiss: dismiss}
	pick := func(ids []string) []*engine.Question {
		want := map[string]bool{}
		for _, id := range ids {
			want[id] = true
		}
		var out []*engine.Question
		for i := range bank.Questions {
			if want[bank.Questions[i].ID] && i < len(asked) && asked[i] {
				out = append(out, &bank.Questions[i])
			}
		}
		return out
	}
	note.New, note.Review = pick(n.New), pick(n.Review)
	if len(note.New)+len(note.Review)+note.Dropped == 0 {
		return nil
	}
	return note
}

func (m *migrationNote) Render() app.UI {
	return app.Div().Class("notice migration-note").ID("migration-note").Body(
		app.P().Text("The questions changed since these answers were given (version "+itoa(m.From)+" → "+itoa(m.To)+"). Your answers were carried over; a few things need you."),
		m.list("migration-new", itoa(len(m.New))+" new "+plural(len(m.New), "question", "questions")+" to answer", m.New),
		m.list("migration-review", itoa(len(m.Review))+" "+plural(len(m.Review), "answer", "answers")+" to check: each comes from a question that was split or merged", m.Review),
		app.If(m.Dropped > 0, func() app.UI {
			return app.P().Text(itoa(m.Dropped) + " " + plural(m.Dropped, "answer was", "answers were") + " left out: " + plural(m.Dropped, "its question was", "their questions were") + " removed.")
		}),
		app.Button().Type("button").Class("button button-quiet").ID("migration-dismiss").Text("Dismiss").OnClick(m.Dismiss),
	)
}

func (m *migrationNote) list(id, title string, qs []*engine.Question) app.UI {
	return app.If(len(qs) > 0, func() app.UI {
		return app.Details().ID(id).Body(
			app.Summary().Text(title),
			app.Ul().Body(app.Range(qs).Slice(func(i int) app.UI {
				return app.Li().Body(app.A().Href(assessmentURL("/assess", m.ID, qs[i].ID)).Text(qs[i].Text))
			})),
		)
	})
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
