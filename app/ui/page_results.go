package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// resultsPage shows the scores, the prioritised gap list, the documentation
// checklist, the timeline and the cost range, all computed on this device.
type resultsPage struct {
	app.Compo
	editor
	sharePanel

	parts

	category string          // gap filter: category id, "" for all
	severity engine.Severity // gap filter: "" for all
	isoMsg   string          // what the ISO view's CSV button did
}

var (
	_ app.Navigator  = (*resultsPage)(nil)
	_ app.Dismounter = (*resultsPage)(nil)
)

func (p *resultsPage) OnNav(ctx app.Context) {
	focusPageTitle(ctx)
	p.open(ctx, resultsParts, p.load, p.prepare)
}

func (p *resultsPage) OnDismount() {
	p.cancel() // the parts still coming
	p.stop()
}

func (p *resultsPage) Render() app.UI {
	body := []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Results")}
	switch {
	case !p.loaded || (p.problem == "" && p.drawing()):
		body = append(body, renderLoading("your results"))
	case p.problem != "":
		body = append(body, p.renderProblem())
	default:
		body = append(body, p.onScreen(p, resultsParts, p.version)...)
	}
	return &Shell{Title: "Results", Description: "Readiness scores, gaps, timeline and cost, computed in your browser.", Body: body}
}

// resultsParts is how many parts drawPart draws.
const resultsParts = 8

// drawPart draws the results a part at a time (see parts.go): the summary
// first, then the sections in page order.
func (p *resultsPage) drawPart(i int) []app.UI {
	r := p.res
	in := p.insights()
	typeII := r.Scope.Type == engine.TypeII
	cw := crosswalkFor(p.fw)
	switch i {
	case 0:
		return []app.UI{
			&stepsNav{ID: p.a.ID, Current: "/results"},
			app.P().Class("scope-line").Text(scopeSummary(p.fw, r.Scope)),
			requestNote(p.a.Request, true),
			p.renderRequirements(),
			renderState(in.plan.State),
			renderSummary(r),
			pageContents(
				jumpLink{"h-scores", "Scores"}, jumpLink{"h-gaps", "What to do next"}, jumpLink{"h-time", "Plan and timeline"},
				jumpLink{"h-cost", "Rough cost"}, jumpLink{"h-docs", "Documentation checklist"}, jumpLink{"h-share", "Share and export"},
			),
		}
	case 1:
		return []app.UI{p.renderScores(r, typeII, cw)}
	case 2:
		return []app.UI{app.If(cw != nil, func() app.UI { return p.renderISOView(cw) })}
	case 3:
		return []app.UI{p.renderGaps(in.gaps)}
	case 4:
		return []app.UI{
			&milestonesPanel{A: &p.a, Bank: p.bank, Fw: p.fw, Res: p.res},
			app.Section().Class("card").Aria("labelledby", "h-plan-inputs").Body(
				app.H2().ID("h-plan-inputs").Text("How you will do the work"),
				p.renderPlanInputs(),
			),
		}
	case 5:
		return []app.UI{
			app.Section().Class("card").Aria("labelledby", "h-time").Body(
				app.H2().ID("h-time").Text("Plan and timeline"),
				renderPlan(in.plan, true),
				isoPlanNote(cw, p.a.Scoping, in.gaps),
			),
			app.Section().Class("card").Aria("labelledby", "h-cost").Body(
				app.H2().ID("h-cost").Text("Rough cost"),
				renderCost(in.plan.Cost, true),
				renderSources(true),
			),
		}
	case 6:
		return []app.UI{
			foldSection("h-docs", "Documentation checklist", func() []app.UI { return []app.UI{renderChecklist(in.checklist)} }),
			foldSection("h-opinion", "What the auditor's opinion means", func() []app.UI { return []app.UI{renderOpinionGuide()} }),
			foldSection("h-rule", "How the score is computed", func() []app.UI { return []app.UI{renderScoringRule()} }),
		}
	default:
		return []app.UI{
			p.sharePanel.render(&p.editor),
			app.Nav().Class("next-step").Aria("label", "Next step").Body(
				app.A().Class("button").Href(assessmentURL("/assess", p.a.ID, "")).Text("Back to the questions"),
				app.A().Class("button button-primary").Href(assessmentURL("/report", p.a.ID, "")).Text("Printable report"),
			),
		}
	}
}

func (p *resultsPage) renderScores(r *engine.Result, typeII bool, cw *engine.Crosswalk) app.UI {
	return app.Section().Class("card").Aria("labelledby", "h-scores").Body(
		app.H2().ID("h-scores").Text("Scores by category"),
		scoreChart("chart-categories", "Readiness by category", r.Categories),
		scoreTable("Scores by category", r.Categories, typeII),
		&fold{Title: "Scores by series (" + itoa(len(r.Series)) + ")", Content: func() []app.UI {
			return []app.UI{
				scoreChart("chart-series", "Readiness by series", r.Series),
				scoreTable("Scores by series", r.Series, typeII),
			}
		}},
		&fold{Title: "Scores by criterion (" + itoa(len(r.Criteria)) + ")", Content: func() []app.UI {
			if cw == nil {
				return []app.UI{scoreTable("Scores by criterion", r.Criteria, typeII)}
			}
			return []app.UI{scoreTableWith("Scores by criterion", r.Criteria, typeII, "ISO/IEC 27001:2022 ("+engine.OverlapNote+")", isoCell(cw))}
		}},
	)
}

// renderSummary is the headline: readiness, band, design/operating, completion.
func renderSummary(r *engine.Result) app.UI {
	typeII := r.Scope.Type == engine.TypeII
	return app.Section().Class("card summary").Aria("labelledby", "h-summary").Body(
		app.H2().ID("h-summary").Text("Summary"),
		app.Div().Class("big-numbers").Body(
			bigNumber("Overall readiness", percentText(r.Readiness, r.HasReadiness), "readiness"),
			bigNumber("Band", r.Band.Label(), "band"),
			bigNumber("Design score", percentText(r.Design, r.HasDesign), "design"),
			app.If(typeII, func() app.UI {
				return bigNumber("Operating score", percentText(r.Operating, r.HasOperating), "operating")
			}),
			bigNumber("Completion", itoa(r.Answered)+" of "+itoa(r.Asked)+" answered", "completion"),
		),
		app.If(r.BandReason != "", func() app.UI { return app.P().Class("band-reason").Text(r.BandReason) }),
		app.If(len(r.LeftOut) > 0, func() app.UI {
			return app.Div().Class("left-out").Body(
				app.P().Text("Criteria left out of scope and not scored:"),
				app.Ul().Body(app.Range(r.LeftOut).Slice(func(i int) app.UI {
					l := r.LeftOut[i]
					return app.Li().Text(l.ID + " " + l.Topic + ": " + l.Reason)
				})),
			)
		}),
		renderAreasLeftOut(r.Scope),
		app.If(r.Answered < r.Asked, func() app.UI {
			return app.P().Class("notice").Text("Unanswered questions count as not started, so your scores will rise as you answer them.")
		}),
	)
}

func bigNumber(label, value, id string) app.UI {
	return app.Div().Class("big-number").Body(
		app.Span().Class("big-label").Text(label),
		app.Span().Class("big-value").ID("sum-"+id).Text(value),
	)
}

var severities = []engine.Severity{engine.SeverityBlocker, engine.SeverityHigh, engine.SeverityMedium, engine.SeverityLow}

func (p *resultsPage) renderGaps(all []engine.Gap) app.UI {
	f := engine.GapFilter{Category: p.category}
	if p.severity != "" {
		f.Severities = []engine.Severity{p.severity}
	}
	gaps := engine.FilterGaps(all, f)
	cw := crosswalkFor(p.fw)
	return app.Section().Class("card").Aria("labelledby", "h-gaps").Body(
		app.H2().ID("h-gaps").Text("What to do next: "+itoa(len(all))+" gaps, most important first"),
		app.Div().Class("filters").Body(
			app.Div().Class("field").Body(
				app.Label().For("f-cat").Text("Category"),
				app.Select().ID("f-cat").OnChange(p.onCategory).Body(
					app.Option().Value("").Selected(p.category == "").Text("All categories"),
					app.Range(p.res.Categories).Slice(func(i int) app.UI {
						c := p.res.Categories[i]
						return app.Option().Value(c.ID).Selected(p.category == c.ID).Text(c.Title)
					}),
				),
			),
			app.Div().Class("field").Body(
				app.Label().For("f-sev").Text("Severity"),
				app.Select().ID("f-sev").OnChange(p.onSeverity).Body(
					app.Option().Value("").Selected(p.severity == "").Text("All severities"),
					app.Range(severities).Slice(func(i int) app.UI {
						s := severities[i]
						return app.Option().Value(string(s)).Selected(p.severity == s).Text(s.Label())
					}),
				),
			),
		),
		app.P().Aria("live", "polite").Text("Showing "+itoa(len(gaps))+" of "+itoa(len(all))+"."),
		foldedList("gaps", len(gaps), func(i int) app.UI {
			g := gaps[i]
			return app.Li().Class("gap gap-"+string(g.Severity)).Body(
				app.H3().Body(
					app.Span().Class("badge badge-"+string(g.Severity)).Text(g.Severity.Label()),
					app.Text(" "+g.Text),
				),
				app.P().Class("gap-meta").Text("Criteria: "+criteriaText(g.Criteria)+" · Now: "+g.Answer.Label()+
					" · Impact "+impactText(g.Impact)+" · "+kindLabel(g.RemediationKind)),
				isoWorkBadge(engine.ISOWorkFor(cw, p.a.Scoping, &g)),
				app.P().Body(app.Strong().Text("How to fix: "), app.Text(g.Remediation)),
				app.P().Body(app.Strong().Text("Evidence to gather: "), app.Text(g.Evidence)),
				app.A().Href(assessmentURL("/assess", p.a.ID, g.Question)).Text("Go to this question"),
			)
		}, "Show the other gaps"),
	)
}

func impactText(v float64) string {
	n := int(v*10 + 0.5)
	return itoa(n/10) + "." + itoa(n%10)
}

func (p *resultsPage) onCategory(ctx app.Context, e app.Event) {
	p.category = ctx.JSSrc().Get("value").String()
}

func (p *resultsPage) onSeverity(ctx app.Context, e app.Event) {
	p.severity = engine.Severity(ctx.JSSrc().Get("value").String())
}
