package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// assessPage will hold the scope wizard and the questionnaire.
// Placeholder until issue 4.
type assessPage struct{ app.Compo }

func (p *assessPage) Render() app.UI {
	return &Shell{
		Title:       "Assessment",
		Description: "Scope your SOC audit and answer the readiness questionnaire.",
		Body: []app.UI{
			app.H1().Text("Assessment"),
			app.P().Class("lead").Text("This is where you will scope your audit and answer the questionnaire."),
			app.Ul().Body(
				app.Li().Text("Which report you need: SOC 1, SOC 2 or SOC 3, with a short guided check."),
				app.Li().Text("Which Trust Services Criteria categories apply: Security always, and Availability, Processing Integrity, Confidentiality or Privacy when your service calls for them."),
				app.Li().Text("Type I or Type II, and for Type II the observation window and its start date."),
				app.Li().Text("Then the questions, grouped by criterion, saved as you go."),
			),
			placeholderNote(),
		},
	}
}

// placeholderNote says plainly that a page is not built yet.
func placeholderNote() app.UI {
	return app.P().Class("note").Text("This page is being built. It will be available in an upcoming version.")
}
