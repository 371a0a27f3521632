package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// progress is the questionnaire's overall progress and live score.
type progress struct {
	Answered, Asked int
	Score           string // "42%", or "No score"
	Band            string
}

// progressPanel is the questionnaire's overall progress, live score and save
// status. Its fields are plain values, so a page render re-renders this panel
// only when they change, and an answer redraws it alone (drawAnswer).
type progressPanel struct {
	app.Compo

	Progress progress
	Status   saveState
	Page     *assessPage // its "Next unanswered question" handler, and drawAnswer

	ctx app.Context
}

func (p *progressPanel) OnMount(ctx app.Context) { takeSlot(&p.Page.live.progress, p, &p.ctx, ctx) }

func (p *progressPanel) OnDismount() { leaveSlot(&p.Page.live.progress, p) }

func (p *progressPanel) Render() app.UI {
	pr := p.Progress
	return app.Div().Class("progress-bar card").Body(
		app.Div().Class("progress-line").Body(
			app.Label().For("overall-progress").Text("Answered "+itoa(pr.Answered)+" of "+itoa(pr.Asked)),
			app.Progress().ID("overall-progress").Max(pr.Asked).Value(pr.Answered),
		),
		app.P().Class("live-score").Aria("live", "polite").Aria("atomic", "true").Body(
			app.Text("Readiness "), app.Strong().ID("live-readiness").Text(pr.Score),
			app.Text(" · "+pr.Band),
		),
		&statusLine{State: p.Status, Editor: &p.Page.editor},
		app.Button().Type("button").Class("button button-quiet").Text("Next unanswered question").OnClick(p.Page.onNextUnanswered),
	)
}
