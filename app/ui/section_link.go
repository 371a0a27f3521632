package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// sectionLink is one entry of the questionnaire's section list: the
// section's name and how many of its questions are answered. Each is a
// component so that an answer re-renders only the entry whose count changed.
type sectionLink struct {
	app.Compo

	Index           int
	Title           string
	Answered, Total int
	Current         bool
	Page            *assessPage // its onSection handler
}

func (l *sectionLink) Render() app.UI {
	b := app.Button().Type("button").Class("section-link").DataSet("section", l.Index).OnClick(l.Page.onSection).Body(
		app.Span().Class("section-name").Text(l.Title),
		app.Span().Class("section-count").Body(
			app.Span().Aria("hidden", "true").Text(itoa(l.Answered)+"/"+itoa(l.Total)),
			app.Span().Class("visually-hidden").Text(", "+itoa(l.Answered)+" of "+itoa(l.Total)+" answered"),
		),
	)
	if l.Current {
		b = b.Aria("current", "true")
	}
	if l.Answered == l.Total {
		b = b.Class("section-done")
	}
	return app.Li().Body(b)
}
