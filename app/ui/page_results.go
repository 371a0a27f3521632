package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// resultsPage will show the scores, gaps, timeline and cost.
// Placeholder until issue 4.
type resultsPage struct{ app.Compo }

func (p *resultsPage) Render() app.UI {
	return &Shell{
		Title:       "Results",
		Description: "Your SOC readiness scores, prioritized gaps, timeline and cost estimate.",
		Body: []app.UI{
			app.H1().Text("Results"),
			app.P().Class("lead").Text("Your results will appear here once you have answered the questionnaire."),
			app.Ul().Body(
				app.Li().Text("Overall readiness and a readiness band, with scores per category, series and criterion."),
				app.Li().Text("The gaps that matter most, each with the criteria it affects, how to fix it and the evidence to gather."),
				app.Li().Text("A timeline to a Type I or Type II report, and a rough cost range with what drives it."),
			),
			app.P().Body(app.A().Href(Path("/assess")).Text("Go to the assessment")),
			placeholderNote(),
		},
	}
}
