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

// prepare computes the insights of a loaded assessment ahead of drawing
// them, in a task of its own (see parts.open).
func (e *editor) prepare(app.Context) {
	if e.loaded && e.problem == "" {
		e.insights()
	}
}

// insights is computed once per rescore: a page draws it in several parts
// and redraws parts on events that change nothing it shows.
func (e *editor) insights() insights {
	if e.derived.ok && e.derived.version == e.version {
		return e.derived.insights
	}
	p := plan.Make(e.bank, e.fw, &e.a, time.Now())
	e.derived.insights = insights{
		gaps:      p.Gaps,
		checklist: engine.Checklist(e.bank, e.fw, e.res.Scope, e.a.Answers),
		plan:      p,
	}
	e.derived.version, e.derived.ok = e.version, true
	return e.derived.insights
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

// renderChecklist is static markup (markup.go).
func renderChecklist(items []engine.ChecklistItem) app.UI {
	var m markup
	m.openScrollable("Documentation checklist").open("table", "class", "checklist").elem("caption", "Documents an auditor will ask for")
	m.open("thead").open("tr").elem("th", "Document", "scope", "col").elem("th", "Status", "scope", "col").elem("th", "Questions ready", "scope", "col").close("tr").close("thead")
	m.open("tbody")
	for _, it := range items {
		m.open("tr").open("th", "scope", "row").elem("strong", it.Document.Title).open("br").elem("span", it.Document.Description, "class", "help").close("th")
		m.open("td").elem("span", it.Status.Label(), "class", "status status-"+string(it.Status)).close("td")
		m.elem("td", itoa(it.Ready)+"/"+itoa(len(it.Questions))).close("tr")
	}
	m.close("tbody").close("table").close("div")
	return m.ui()
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
