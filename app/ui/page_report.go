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
}

var (
	_ app.Navigator  = (*reportPage)(nil)
	_ app.Dismounter = (*reportPage)(nil)
)

func (p *reportPage) OnNav(ctx app.Context) {
	p.load(ctx)
	focusPageTitle(ctx)
}

func (p *reportPage) OnDismount() { p.stop() }

func (p *reportPage) Render() app.UI {
	var body []app.UI
	switch {
	case !p.loaded:
		body = []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Readiness report"), renderLoading("your report")}
	case p.problem != "":
		body = []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Readiness report"), p.renderProblem()}
	default:
		body = p.renderReport()
	}
	return &Shell{Title: "Report", Description: "A printable SOC readiness report.", Body: body}
}

func (p *reportPage) onPrint(ctx app.Context, e app.Event) { app.Window().Call("print") }

func (p *reportPage) renderReport() []app.UI {
	r := p.res
	in := p.insights()
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
		scoresSection("r", "report-section", r),
		app.Section().Class("report-section").Aria("labelledby", "r-gaps").Body(
			app.H2().ID("r-gaps").Text("Gaps, most important first"),
			scrollable("Gaps", app.Table().Class("gaps-table").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("#"), app.Th().Scope("col").Text("Severity"), app.Th().Scope("col").Text("Gap and how to fix it"),
					app.Th().Scope("col").Text("Criteria"), app.Th().Scope("col").Text("Work"),
				)),
				app.TBody().Body(app.Range(in.gaps).Slice(func(i int) app.UI {
					g := in.gaps[i]
					return app.Tr().Body(
						app.Td().Text(itoa(i+1)), app.Td().Text(g.Severity.Label()),
						app.Td().Body(app.Strong().Text(g.Text), app.Br(), app.Text(g.Remediation)),
						app.Td().Text(criteriaText(g.Criteria)), app.Td().Text(kindLabel(g.RemediationKind)),
					)
				})),
			)),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-docs").Body(
			app.H2().ID("r-docs").Text("Documentation checklist"), renderChecklist(in.checklist),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-time").Body(
			app.H2().ID("r-time").Text("Plan and timeline"),
			app.P().Text("Planned for "+plan.InputsText(in.plan.Inputs)+", at $"+itoa(in.plan.Inputs.HourlyRate)+" an hour of the team's time."),
			renderPlan(in.plan, false),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-cost").Body(
			app.H2().ID("r-cost").Text("Rough cost"), renderCost(in.plan.Cost, false), renderSources(false),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-opinion").Body(
			app.H2().ID("r-opinion").Text("What the auditor's opinion means"), renderOpinionGuide(),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-answers").Body(
			app.H2().ID("r-answers").Text("Answers"),
			renderAnswersTable(p.bank, p.fw, &p.a),
		),
		app.Section().Class("report-section").Aria("labelledby", "r-rule").Body(
			app.H2().ID("r-rule").Text("How the score is computed"), renderScoringRule(),
		),
	}
}

// renderAnswersTable lists every asked question with its answer,
// justification and note.
func renderAnswersTable(b *engine.Bank, fw *engine.Framework, a *engine.Assessment) app.UI {
	asked := engine.AskedAll(b, fw, a.Scope, a.Answers)
	var rows []app.UI
	for i := range b.Questions {
		if !asked[i] {
			continue
		}
		q := &b.Questions[i]
		ans := a.Answers[q.ID]
		detail := []app.UI{app.Text(q.Text)}
		if ans.Choice == engine.NA && ans.Justification != "" {
			detail = append(detail, app.Br(), app.Em().Body(app.Text("Not applicable because: "), userText(ans.Justification)))
		}
		if ans.Note != "" {
			detail = append(detail, app.Br(), app.Em().Body(app.Text("Note: "), userText(ans.Note)))
		}
		rows = append(rows, app.Tr().Body(
			app.Td().Text(strings.Join(q.Criteria, ", ")),
			app.Td().Body(detail...),
			app.Td().Text(ans.Choice.Label()),
		))
	}
	return scrollable("Answers", app.Table().Class("answers").Body(
		app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Criteria"), app.Th().Scope("col").Text("Question"), app.Th().Scope("col").Text("Answer"))),
		app.TBody().Body(rows...),
	))
}
