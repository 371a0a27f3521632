package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// progressPanel is the questionnaire's overall progress, live score and save
// status. Its fields are plain values, so an answer re-renders this panel,
// and not the parts of the page it leaves alone.
type progressPanel struct {
	app.Compo

	Answered, Asked int
	Score           string // "42%", or "No score"
	Band            string
	Status          saveState
	Page            *assessPage // its "Next unanswered question" handler
}

func (p *progressPanel) Render() app.UI {
	return app.Div().Class("progress-bar card").Body(
		app.Div().Class("progress-line").Body(
			app.Label().For("overall-progress").Text("Answered "+itoa(p.Answered)+" of "+itoa(p.Asked)),
			app.Progress().ID("overall-progress").Max(p.Asked).Value(p.Answered),
		),
		app.P().Class("live-score").Aria("live", "polite").Aria("atomic", "true").Body(
			app.Text("Readiness "), app.Strong().ID("live-readiness").Text(p.Score),
			app.Text(" · "+p.Band),
		),
		&statusLine{State: p.Status, Editor: &p.Page.editor},
		app.Button().Type("button").Class("button button-quiet").Text("Next unanswered question").OnClick(p.Page.onNextUnanswered),
	)
}
