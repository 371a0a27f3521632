package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// homePage introduces the product and starts an assessment.
// Placeholder until the assessment experience lands (issue 4).
type homePage struct{ app.Compo }

func (p *homePage) Render() app.UI {
	return &Shell{
		Description: "Find out how ready your organization is for a SOC 1, SOC 2 or SOC 3 audit, privately in your browser.",
		Body: []app.UI{
			app.Section().Class("hero").Body(
				app.H1().Text("How ready are you for a SOC audit?"),
				app.P().Class("lead").Text("SOC Ready helps a service organization choose the right report (SOC 1, SOC 2 or SOC 3, Type I or Type II), answer a questionnaire keyed to the Trust Services Criteria, and see where it stands: scores, the gaps that matter most, a timeline and a rough cost."),
				app.P().Body(
					app.A().Class("button button-primary").Href(Path("/assess")).Text("Start an assessment"),
				),
			),
			app.Section().Aria("labelledby", "home-how").Body(
				app.H2().ID("home-how").Text("How it works"),
				app.Ol().Class("steps").Body(
					app.Li().Text("Scope: pick the report, the criteria categories and Type I or Type II, with guidance for each choice."),
					app.Li().Text("Answer: rate each control on a maturity scale, with the evidence an auditor expects."),
					app.Li().Text("Act: review your scores, the prioritized gap list, the documents to prepare, and a timeline to your report."),
				),
			),
			app.Section().Aria("labelledby", "home-private").Body(
				app.H2().ID("home-private").Text("Private by design"),
				app.P().Text("Every question, score and report is computed on your device. Nothing is sent to a server, and the app keeps working offline once it has loaded."),
			),
		},
	}
}
