package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

func itoa(n int) string { return strconv.Itoa(n) }

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func percent(v float64) int { return engine.Percent(v) }

// mustLibrary returns the library session() loaded; callers run only after
// a successful load.
func mustLibrary() *engine.Library {
	_, lib, _ := session()
	return lib
}

// stepsNav links the three steps of an assessment, marking the current one.
func stepsNav(id, current string) app.UI {
	steps := []struct{ path, label string }{
		{"/scope", "1. Scope"},
		{"/assess", "2. Questions"},
		{"/results", "3. Results"},
		{"/report", "4. Report"},
	}
	return app.Nav().Class("step-nav").Aria("label", "Assessment steps").Body(
		app.Ol().Body(app.Range(steps).Slice(func(i int) app.UI {
			a := app.A().Href(assessmentURL(steps[i].path, id, "")).Text(steps[i].label)
			if steps[i].path == current {
				a = a.Aria("current", "step")
			}
			return app.Li().Body(a)
		})),
	)
}
