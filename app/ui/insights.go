package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/plan"
)

// insights is "what to do next", derived from the scored assessment.
type insights struct {
	gaps      []engine.Gap
	checklist []engine.ChecklistItem
	plan      plan.Plan
}

func (e *editor) insights() insights {
	p := plan.Make(e.bank, e.fw, &e.a, time.Now())
	return insights{
		gaps:      p.Gaps,
		checklist: engine.Checklist(e.bank, e.fw, e.res.Scope, e.a.Answers),
		plan:      p,
	}
}

func dateText(t time.Time) string { return t.Format("2 Jan 2006") }

func dateRange(a, b time.Time) string {
	if a.Equal(b) {
		return dateText(a)
	}
	return dateText(a) + " – " + dateText(b)
}

// scopeSummary names the scope in one line: "SOC 2 Type II (6-month window): Security, Availability".
func scopeSummary(fw *engine.Framework, s engine.Scope) string {
	out := reportTitle(string(s.Report))
	if s.Type == engine.TypeII {
		out += " Type II (" + itoa(s.Window) + "-month window)"
	} else {
		out += " Type I"
	}
	if s.Report == engine.SOC1 && len(engine.CategoriesLeftOut(fw, s)) == 0 {
		return out // every area: nothing to list
	}
	out += ": "
	for i, id := range s.Categories {
		if i > 0 {
			out += ", "
		}
		if c := fw.FindCategory(id); c != nil {
			out += c.Title
		}
	}
	return out
}

func renderChecklist(items []engine.ChecklistItem) app.UI {
	return scrollable("Documentation checklist", app.Table().Class("checklist").Body(
		app.Caption().Text("Documents an auditor will ask for"),
		app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Document"), app.Th().Scope("col").Text("Status"), app.Th().Scope("col").Text("Questions ready"))),
		app.TBody().Body(app.Range(items).Slice(func(i int) app.UI {
			it := items[i]
			return app.Tr().Body(
				app.Th().Scope("row").Body(app.Strong().Text(it.Document.Title), app.Br(), app.Span().Class("help").Text(it.Document.Description)),
				app.Td().Body(app.Span().Class("status status-"+string(it.Status)).Text(it.Status.Label())),
				app.Td().Text(itoa(it.Ready)+"/"+itoa(len(it.Questions))),
			)
		})),
	))
}

func renderScoringRule() app.UI {
	return app.Div().Class("rule").Body(app.Range(engine.ScoringRule).Slice(func(i int) app.UI {
		return app.P().Text(engine.ScoringRule[i])
	}))
}

func criteriaText(refs []engine.CriterionRef) string {
	out := ""
	for i, c := range refs {
		if i > 0 {
			out += ", "
		}
		out += c.ID
	}
	return out
}
