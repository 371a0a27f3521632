package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/review"
	"github.com/socready/socready/app/reviewstore"
)

// maxCompared is the most vendors compared side by side.
const maxCompared = 6

// compared are the selected vendors that open, in the list's order.
func (p *reviewsPage) compared() []review.Vendor {
	var out []review.Vendor
	for _, v := range p.shown() {
		if p.selected[v.r.ID] && v.problem == "" && len(out) < maxCompared {
			out = append(out, review.Vendor{Name: v.r.Name, Subject: v.subject, Outcomes: v.outcomes})
		}
	}
	return out
}

// renderComparison is the side-by-side table of the chosen vendors.
func (p *reviewsPage) renderComparison() app.UI {
	if len(p.list) < 2 {
		return app.Text("")
	}
	vs := p.compared()
	head := app.H2().ID("h-compare").Text("Compare side by side")
	if len(vs) < 2 {
		return app.Section().Class("card").Aria("labelledby", "h-compare").Body(head,
			app.P().ID("compare-hint").Text("Tick 2 to 6 vendors above to compare them."))
	}
	rows := review.Side(vs)
	return app.Section().Class("card comparison").Aria("labelledby", "h-compare").Body(
		head,
		app.P().Text("Lines where the vendors differ are marked “differs” and highlighted."),
		scrollable("Comparison", app.Table().ID("compare-table").Class("scores compare").Body(
			app.Caption().Text("Comparison of "+itoa(len(vs))+" vendors"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Line"),
				app.Range(vs).Slice(func(i int) app.UI { return app.Th().Scope("col").Text(vs[i].Name) }),
			)),
			app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
				r := rows[i]
				cls := ""
				if r.Differ {
					cls = "differ"
				}
				label := r.Group + ": " + r.Label
				return app.Tr().Class(cls).Body(
					app.Th().Scope("row").Body(
						app.Text(label),
						app.If(r.Differ, func() app.UI { return app.Span().Class("differ-mark").Text(" (differs)") }),
					),
					app.Range(r.Values).Slice(func(j int) app.UI { return app.Td().Text(r.Values[j]) }),
				)
			})),
		)),
		app.Div().Class("actions no-print").Body(
			app.Button().Type("button").Class("button").ID("compare-csv").Text("Download as CSV").OnClick(p.onCompareCSV),
			app.Button().Type("button").Class("button").ID("compare-print").Text("Print").OnClick(func(ctx app.Context, e app.Event) { app.Window().Call("print") }),
		),
	)
}

func (p *reviewsPage) onCompareCSV(ctx app.Context, e app.Event) {
	vs := p.compared()
	download("soc-ready-vendor-comparison.csv", "text/csv", []byte(review.CSV(vs, review.Side(vs))))
}

// renderHistory lists the results received from one vendor and what
// changed from the previous results to the latest.
func (p *reviewsPage) renderHistory(v vendorRow) app.UI {
	h := v.r.History
	if len(h) < 2 {
		return app.Text("")
	}
	prev, err := openReceived(h[len(h)-2].Link)
	if err != nil {
		return app.P().Class("notice").Text("The previous results of this vendor no longer open, so what changed cannot be shown.")
	}
	c := review.Compare(prev.subject, v.subject, v.reqs)
	id := "changes-" + v.r.ID
	return app.Details().Class("review-history").ID(id).Body(
		app.Summary().Text("What changed since the previous results ("+itoa(len(h))+" received)"),
		app.P().Text("From the results of "+whenText(prev.a.Updated)+" to those of "+whenText(v.a.Updated)+":"),
		changesList(c, v.subject.Bank),
		app.P().Class("help").Text("Received: "+receivedDates(h)),
	)
}

func scoreChangeText(s review.ScoreChange) string {
	switch {
	case !s.HasFrom:
		return s.Title + ": now " + itoa(s.To) + "% (no score before)"
	case !s.HasTo:
		return s.Title + ": no score now (was " + itoa(s.From) + "%)"
	case s.Delta() > 0:
		return s.Title + ": up " + itoa(s.Delta()) + " points, " + itoa(s.From) + "% → " + itoa(s.To) + "%"
	}
	return s.Title + ": down " + itoa(-s.Delta()) + " points, " + itoa(s.From) + "% → " + itoa(s.To) + "%"
}

// answerChangesText lists up to ten changed answers.
func answerChangesText(b *engine.Bank, changes []review.AnswerChange) string {
	var parts []string
	for i, c := range changes {
		if i == 10 {
			parts = append(parts, "and "+itoa(len(changes)-10)+" more")
			break
		}
		parts = append(parts, c.ID+" ("+c.From.Choice.Label()+" → "+c.To.Choice.Label()+")")
	}
	return strings.Join(parts, "; ")
}

func receivedDates(h []reviewstore.Received) string {
	var out []string
	for _, r := range h {
		out = append(out, whenText(r.Added))
	}
	return strings.Join(out, ", ")
}

// changesList says what changed, one line per score, then answers, gaps and
// requirements.
func changesList(c review.Changes, b *engine.Bank) app.UI {
	var items []app.UI
	for _, s := range c.Scores {
		items = append(items, app.Li().Text(scoreChangeText(s)))
	}
	if len(c.Answers) > 0 {
		items = append(items, app.Li().Text(itoa(len(c.Answers))+" "+plural(len(c.Answers), "answer", "answers")+" changed: "+answerChangesText(b, c.Answers)))
	}
	if len(c.GapsClosed) > 0 {
		items = append(items, app.Li().Text(itoa(len(c.GapsClosed))+" "+plural(len(c.GapsClosed), "gap", "gaps")+" closed: "+strings.Join(c.GapsClosed, ", ")))
	}
	if len(c.GapsOpened) > 0 {
		items = append(items, app.Li().Text(itoa(len(c.GapsOpened))+" "+plural(len(c.GapsOpened), "gap", "gaps")+" opened: "+strings.Join(c.GapsOpened, ", ")))
	}
	for _, m := range c.Met {
		items = append(items, app.Li().Text("Now met: "+m))
	}
	for _, m := range c.Lost {
		items = append(items, app.Li().Text("No longer met: "+m))
	}
	if c.Empty() {
		items = append(items, app.Li().Text("Nothing changed."))
	}
	return app.Ul().Class("changes").Body(items...)
}
