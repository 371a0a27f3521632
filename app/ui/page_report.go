package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// reportPage will be the print view of the results.
// Placeholder until issue 4.
type reportPage struct{ app.Compo }

func (p *reportPage) Render() app.UI {
	return &Shell{
		Title:       "Report",
		Description: "A printable SOC readiness report.",
		Body: []app.UI{
			app.H1().Text("Readiness report"),
			app.P().Class("lead").Text("A clean, printable report of your assessment will appear here: scope, scores, gaps, the documentation checklist and the timeline."),
			app.P().Text("Use your browser's print command to save it as a PDF."),
			placeholderNote(),
		},
	}
}
