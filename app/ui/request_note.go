package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// requestNote reminds the vendor, on the scope and results pages, who asked
// for this assessment, by when, and what they wrote. Nothing when the
// assessment was not requested.
func requestNote(r *engine.Request, results bool) app.UI {
	return app.If(r != nil, func() app.UI { return renderRequestNote(r, results) })
}

func renderRequestNote(r *engine.Request, results bool) app.UI {
	who := strings.TrimSpace(r.From)
	if who == "" {
		who = "A customer"
	}
	line := isolate(who) + " asked for this assessment"
	if r.Due != "" {
		line += ", due " + r.Due
	}
	line += "."
	if results {
		line += " When you are done, send them a results link from Share and export below."
	}
	return app.Div().Class("notice request-note").Body(
		app.P().Text(line),
		app.If(r.Message != "", func() app.UI {
			return app.P().Class("request-message").Body(app.Text("Their message: "), userText(r.Message))
		}),
	)
}
