package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// stepsNav links the four steps of an assessment, marking the current one.
// It is a component so that the pages that re-render on every answer skip it:
// go-app leaves a child component alone while its fields are unchanged.
type stepsNav struct {
	app.Compo

	ID      string // assessment id
	Current string // in-app path of the current step
}

var assessmentSteps = []struct{ path, label string }{
	{"/scope", "1. Scope"},
	{"/assess", "2. Questions"},
	{"/results", "3. Results"},
	{"/report", "4. Report"},
}

func (n *stepsNav) Render() app.UI {
	return app.Nav().Class("step-nav").Aria("label", "Assessment steps").Body(
		app.Ol().Body(app.Range(assessmentSteps).Slice(func(i int) app.UI {
			step := assessmentSteps[i]
			a := app.A().Href(assessmentURL(step.path, n.ID, "")).Text(step.label)
			if step.path == n.Current {
				a = a.Aria("current", "step")
			}
			return app.Li().Body(a)
		})),
	)
}
