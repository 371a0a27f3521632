package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// viewPage will show results shared through a link, read-only.
// Placeholder until issue 4.
type viewPage struct{ app.Compo }

func (p *viewPage) Render() app.UI {
	return &Shell{
		Title:       "Shared results",
		Description: "Read-only SOC readiness results shared through a link.",
		Body: []app.UI{
			app.H1().Text("Shared results"),
			app.P().Class("lead").Text("Results someone shared with you will open here, read-only. The data travels in the link itself and is never sent to a server."),
			app.P().Text("You will be able to compare them with your own and make your own copy."),
			placeholderNote(),
		},
	}
}
