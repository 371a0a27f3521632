package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// saveState is what the save-status line says.
type saveState struct {
	Text     string
	Failed   bool // Text is an error
	Conflict bool // another tab saved the same assessment: offer both versions
	Unsaved  int  // changes not saved (in this or another assessment)
}

// statusLine is the save-status live region, with the choice to make when
// another tab saved the same assessment. A component, so it re-renders only
// when the state changes.
type statusLine struct {
	app.Compo

	State  saveState
	Editor *editor // its two conflict handlers
}

func (s *statusLine) Render() app.UI {
	cls := "save-status"
	if s.State.Failed {
		cls += " save-status-error"
	}
	return app.Div().Class(cls).Aria("live", "polite").Body(
		app.If(s.State.Text != "", func() app.UI { return app.Span().Text(s.State.Text) }),
		&unsavedNotice{Count: s.State.Unsaved},
		app.If(s.State.Conflict, func() app.UI {
			return app.Span().Class("conflict-actions").Body(
				app.Button().Type("button").Class("button").Text("Load the other tab's version").OnClick(s.Editor.keepOtherTab),
				app.Button().Type("button").Class("button button-quiet").Text("Keep this tab's version").OnClick(s.Editor.keepThisTab),
			)
		}),
	)
}
