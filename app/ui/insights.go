package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// insights is "what to do next", derived from the scored assessment.
type insights struct {
	gaps      []engine.Gap
	checklist []engine.ChecklistItem
	timeline  engine.Timeline
	cost      engine.CostEstimate
}

func (e *editor) insights() insights {
	s := e.res.Scope
	gaps := engine.Gaps(e.bank, e.fw, s, e.a.Answers)
	return insights{
		gaps:      gaps,
		checklist: engine.Checklist(e.bank, e.fw, s, e.a.Answers),
		timeline:  engine.PlanTimeline(s, gaps, time.Now()),
		cost:      engine.EstimateCost(s, gaps),
	}
}

func dateText(t time.Time) string { return t.Format("2 Jan 2006") }

func dateRange(a, b time.Time) string {
	if a.Equal(b) {
		return dateText(a)
	}
	return dateText(a) + " – " + dateText(b)
}

func money(n int) string {
	s := itoa(n)
	out := ""
	for len(s) > 3 {
		out = "," + s[len(s)-3:] + out
		s = s[:len(s)-3]
	}
	return "$" + s + out
}

func moneyRange(r engine.Range) string { return money(r.Low) + " – " + money(r.High) }

// scopeSummary names the scope in one line: "SOC 2 Type II (6-month window): Security, Availability".
func scopeSummary(fw *engine.Framework, s engine.Scope) string {
	out := reportTitle(string(s.Report))
	if s.Type == engine.TypeII {
		out += " Type II (" + itoa(s.Window) + "-month window)"
	} else {
		out += " Type I"
	}
	if s.Report == engine.SOC1 {
		return out
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

func renderTimeline(t engine.Timeline) app.UI {
	return app.Div().Body(
		scrollable("Timeline", app.Table().Class("timeline").Body(
			app.Caption().Text("Earliest realistic dates"),
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Milestone"), app.Th().Scope("col").Text("When"))),
			app.TBody().Body(app.Range(t.Milestones).Slice(func(i int) app.UI {
				m := t.Milestones[i]
				return app.Tr().Body(app.Th().Scope("row").Text(m.Name), app.Td().Text(dateRange(m.Earliest, m.Latest)))
			})),
		)),
		app.Range(t.Notes).Slice(func(i int) app.UI { return app.P().Class("notice").Text(t.Notes[i]) }),
		app.H3().Text("Assumptions"),
		app.Ul().Body(app.Range(t.Assumptions).Slice(func(i int) app.UI { return app.Li().Text(t.Assumptions[i]) })),
	)
}

func renderCost(c engine.CostEstimate) app.UI {
	return app.Div().Body(
		app.P().Class("cost-total").Body(
			app.Text("First year: "), app.Strong().Text(moneyRange(c.FirstYear)),
			app.Text(". Each later year: "), app.Strong().Text(moneyRange(c.Renewal)), app.Text("."),
		),
		app.P().Class("help").Text(c.Label),
		scrollable("Cost drivers", app.Table().Class("cost").Body(
			app.Caption().Text("Cost drivers"),
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Driver"), app.Th().Scope("col").Text("Range"), app.Th().Scope("col").Text("Basis"))),
			app.TBody().Body(app.Range(c.Lines).Slice(func(i int) app.UI {
				l := c.Lines[i]
				name := l.Name
				if l.Recurring {
					name += " (yearly)"
				}
				return app.Tr().Body(app.Th().Scope("row").Text(name), app.Td().Text(moneyRange(l.Amount)), app.Td().Text(l.Basis))
			})),
		)),
		app.H3().Text("Assumptions"),
		app.Ul().Body(app.Range(c.Assumptions).Slice(func(i int) app.UI { return app.Li().Text(c.Assumptions[i]) })),
	)
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
