package ui

import (
	"maps"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// renderAreas is the SOC 1 counterpart of renderCategories. Entity-level and
// IT general controls are in every SOC 1; business process controls can be
// left out (a hosting provider's report covers IT general controls alone),
// and then the page asks why, as the report's description will have to say.
func (p *scopePage) renderAreas(lib *engine.Library, rec engine.Recommendation) app.UI {
	fw, s := p.fw, p.a.Scope
	left := engine.CategoriesLeftOut(fw, s)
	return app.Section().Class("card").Aria("labelledby", "s-areas").Body(
		app.H2().ID("s-areas").Text("3. Control objective areas in scope"),
		app.P().Text("Entity-level controls and IT general controls are in every SOC 1. Leave business process controls out only if your service does not handle your clients' transactions itself, and record why."),
		app.Div().Body(p.renderScopingQuestions(lib, engine.GroupCategory)...),
		renderPicks("We suggest keeping", engine.PicksIn(fw, rec.Categories), func(id string) string { return fw.FindCategory(id).Title }),
		app.FieldSet().Class("categories").Body(
			app.Legend().Text("Areas"),
			app.Range(fw.Categories).Slice(func(i int) app.UI {
				c := fw.Categories[i]
				return app.Label().Class("choice choice-card").Body(
					app.Input().Type("checkbox").Name("category").Value(c.ID).
						Checked(c.Required || slices.Contains(s.Categories, c.ID)).
						Disabled(c.Required).OnChange(p.onCategory),
					app.Span().Class("choice-title").Text(c.Title+requiredMark(c.Required)+recommendedMark(rec.Categories, c.ID)),
					app.Span().Class("choice-help").Text(c.Description),
				)
			}),
		),
		app.Range(left).Slice(func(i int) app.UI { return p.outOfScopeField(left[i], s.OutOfScope[left[i].ID]) }),
	)
}

// outOfScopeField asks why a category is left out: "out-<category id>".
func (p *scopePage) outOfScopeField(c engine.LeftOut, reason string) app.UI {
	id := "out-" + c.ID
	help := "Kept with this assessment and its exported file. Your system description will have to say what the report leaves out."
	if strings.TrimSpace(reason) == "" {
		help = "Not recorded yet. " + help
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text("Why is “"+c.Topic+"” left out?"),
		app.Textarea().ID(id).Rows(3).Aria("describedby", id+"-help").
			Placeholder("e.g. We host systems our clients run; they enter and process their own transactions.").
			Text(reason).Attr("value", reason).OnInput(p.onOutOfScope),
		app.P().ID(id+"-help").Class("help").Text(help),
	)
}

// onOutOfScope handles the reason "out-<category id>". The map is copied
// before the change: a saved copy of the assessment may share it.
func (p *scopePage) onOutOfScope(ctx app.Context, e app.Event) {
	id := strings.TrimPrefix(ctx.JSSrc().Get("id").String(), "out-")
	reasons := maps.Clone(p.a.Scope.OutOfScope)
	if reasons == nil {
		reasons = map[string]string{}
	}
	reasons[id] = ctx.JSSrc().Get("value").String()
	p.a.Scope.OutOfScope = reasons
	p.commitLater(ctx)
}

// renderAreasLeftOut says, under the summary, which SOC 1 areas the scope
// leaves out and the reason recorded for each.
func renderAreasLeftOut(s engine.Scope) app.UI {
	if s.Report != engine.SOC1 {
		return app.Text("")
	}
	_, fw := mustLibrary().BankFor(s)
	left := engine.CategoriesLeftOut(fw, s)
	if len(left) == 0 {
		return app.Text("")
	}
	return app.Div().Class("left-out").Body(
		app.P().Text("Areas left out of scope and not scored:"),
		app.Ul().Body(app.Range(left).Slice(func(i int) app.UI { return app.Li().Text(left[i].Topic + ": " + left[i].Reason) })),
	)
}
