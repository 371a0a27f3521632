package ui

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/plan"
)

// reportPage is the printable report: the browser's print dialog turns it
// into a clean multi-page PDF (the print stylesheet hides the site chrome).
type reportPage struct {
	app.Compo
	editor
	parts

	stopPrintWatch func()
}

var (
	_ app.Navigator  = (*reportPage)(nil)
	_ app.Dismounter = (*reportPage)(nil)
)

func (p *reportPage) OnNav(ctx app.Context) {
	focusPageTitle(ctx)           // the loading title…
	p.afterFirst = focusPageTitle // …then the cover's, which replaces it
	p.open(ctx, reportParts, p.load, p.prepare)
	p.watchPrint(ctx)
}

func (p *reportPage) OnDismount() {
	p.cancel() // the parts still coming
	p.stop()
	if p.stopPrintWatch != nil {
		p.stopPrintWatch()
		p.stopPrintWatch = nil
	}
}

// watchPrint draws the whole report when the user prints it with the
// browser's own command (Ctrl+P, the menu) while parts are still coming:
// the browser lays the page out for print right after its beforeprint
// event, and go-app draws the event's update before that (the
// draw-when-idle patch). ctx must be the page's own context.
func (p *reportPage) watchPrint(ctx app.Context) {
	if p.stopPrintWatch != nil {
		return
	}
	win := app.Window()
	onBeforePrint := app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) {
			if !p.active {
				ctx.PreventUpdate() // the report is whole: nothing to redraw
				return
			}
			p.finish(ctx)
		})
		return nil
	})
	win.Call("addEventListener", "beforeprint", onBeforePrint)
	p.stopPrintWatch = func() {
		win.Call("removeEventListener", "beforeprint", onBeforePrint)
		onBeforePrint.Release()
	}
}

func (p *reportPage) Render() app.UI {
	var body []app.UI
	switch {
	case !p.loaded || (p.problem == "" && p.drawing()):
		body = []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Readiness report"), renderLoading("your report")}
	case p.problem != "":
		body = []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Readiness report"), p.renderProblem()}
	default:
		body = p.onScreen(p, reportParts, p.version)
	}
	return &Shell{Title: "Report", Description: "A printable SOC readiness report.", Body: body}
}

// onPrint prints the whole report, drawing at once the parts not yet on
// screen.
func (p *reportPage) onPrint(ctx app.Context, e app.Event) {
	p.finish(ctx)
	ctx.Defer(func(app.Context) { app.Window().Call("print") })
}

// reportParts is how many parts drawPart draws.
const reportParts = 8

// drawPart draws the report a part at a time (see parts.go).
func (p *reportPage) drawPart(i int) []app.UI {
	r := p.res
	in := p.insights()
	switch i {
	case 0:
		return p.renderCover(r, in)
	case 1:
		return []app.UI{scoresSection("r", "report-section", r)}
	case 2:
		return []app.UI{p.renderGapsTable(in)}
	case 3:
		return []app.UI{
			app.Section().Class("report-section").Aria("labelledby", "r-docs").Body(
				app.H2().ID("r-docs").Text("Documentation checklist"), renderChecklist(in.checklist),
			),
		}
	case 4:
		return []app.UI{
			app.Section().Class("report-section").Aria("labelledby", "r-time").Body(
				app.H2().ID("r-time").Text("Plan and timeline"),
				app.P().Text("Planned for "+plan.InputsText(in.plan.Inputs)+", at $"+itoa(in.plan.Inputs.HourlyRate)+" an hour of the team's time."),
				renderPlan(in.plan, false),
			),
		}
	case 5:
		return []app.UI{
			app.Section().Class("report-section").Aria("labelledby", "r-cost").Body(
				app.H2().ID("r-cost").Text("Rough cost"), renderCost(in.plan.Cost, false), renderSources(false),
			),
			app.Section().Class("report-section").Aria("labelledby", "r-opinion").Body(
				app.H2().ID("r-opinion").Text("What the auditor's opinion means"), renderOpinionGuide(),
			),
		}
	case 6:
		return []app.UI{
			app.Section().Class("report-section").Aria("labelledby", "r-answers").Body(
				app.H2().ID("r-answers").Text("Answers"),
				renderAnswersTable(p.bank, p.fw, &p.a),
			),
		}
	default:
		return []app.UI{
			app.Section().Class("report-section").Aria("labelledby", "r-rule").Body(
				app.H2().ID("r-rule").Text("How the score is computed"), renderScoringRule(),
			),
		}
	}
}

func (p *reportPage) renderCover(r *engine.Result, in insights) []app.UI {
	org := p.a.Organization
	if strings.TrimSpace(org) == "" {
		org = "Your organization"
	}
	return []app.UI{
		app.Div().Class("no-print").Body(
			&stepsNav{ID: p.a.ID, Current: "/report"},
			app.P().Body(
				app.Button().Type("button").Class("button button-primary").Text("Print or save as PDF").OnClick(p.onPrint),
				app.Text(" Choose “Save as PDF” as the printer to keep a file."),
			),
		),
		app.Section().Class("report-cover").Aria("labelledby", "page-title").Body(
			app.P().Class("report-kicker").Text("SOC readiness report"),
			app.H1().ID("page-title").TabIndex(-1).Body(userText(org)),
			app.Dl().Class("report-facts").Body(
				app.Dt().Text("Assessment"), app.Dd().Body(userText(p.a.Name)),
				app.Dt().Text("Scope"), app.Dd().Text(scopeSummary(p.fw, r.Scope)),
				app.Dt().Text("Date"), app.Dd().Text(dateText(time.Now())),
				app.Dt().Text("Question bank"), app.Dd().Text(p.bank.Title+", version "+itoa(p.bank.Version)),
			),
			app.P().Class("help").Text("Self-assessment computed by SOC Ready in the browser. It is a readiness aid, not an audit opinion."),
		),
		renderState(in.plan.State),
		renderSummary(r),
	}
}

// renderGapsTable lists every gap, as static markup (markup.go): the
// largest scope has over a hundred.
func (p *reportPage) renderGapsTable(in insights) app.UI {
	var m markup
	m.open("section", "class", "report-section", "aria-labelledby", "r-gaps").elem("h2", "Gaps, most important first", "id", "r-gaps")
	m.openScrollable("Gaps").open("table", "class", "gaps-table").open("thead").open("tr")
	for _, c := range []string{"#", "Severity", "Gap and how to fix it", "Criteria", "Work"} {
		m.elem("th", c, "scope", "col")
	}
	m.close("tr").close("thead").open("tbody")
	for i, g := range in.gaps {
		m.open("tr").elem("td", itoa(i+1)).elem("td", g.Severity.Label())
		m.open("td").elem("strong", g.Text).open("br").text(g.Remediation).close("td")
		m.elem("td", criteriaText(g.Criteria)).elem("td", kindLabel(g.RemediationKind)).close("tr")
	}
	m.close("tbody").close("table").close("div").close("section")
	return m.ui()
}

// renderAnswersTable lists every asked question with its answer,
// justification and note, as static markup (markup.go): it has a row per
// question, over 200 for the largest scope.
func renderAnswersTable(b *engine.Bank, fw *engine.Framework, a *engine.Assessment) app.UI {
	asked := engine.AskedAll(b, fw, a.Scope, a.Answers)
	var m markup
	m.openScrollable("Answers").open("table", "class", "answers")
	m.open("thead").open("tr").elem("th", "Criteria", "scope", "col").elem("th", "Question", "scope", "col").elem("th", "Answer", "scope", "col").close("tr").close("thead")
	m.open("tbody")
	for i := range b.Questions {
		if !asked[i] {
			continue
		}
		q := &b.Questions[i]
		ans := a.Answers[q.ID]
		m.open("tr").elem("td", strings.Join(q.Criteria, ", "))
		m.open("td").text(q.Text)
		if ans.Choice == engine.NA && ans.Justification != "" {
			m.open("br").open("em").text("Not applicable because: ").userText(ans.Justification).close("em")
		}
		if ans.Note != "" {
			m.open("br").open("em").text("Note: ").userText(ans.Note).close("em")
		}
		m.close("td").elem("td", ans.Choice.Label()).close("tr")
	}
	m.close("tbody").close("table").close("div")
	return m.ui()
}
