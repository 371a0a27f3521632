package ui

import (
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// scopePage is the scope wizard: which report, which Trust Services Criteria
// categories, Type I or Type II. Every choice is saved at once; changing the
// scope later never deletes answers, it only changes which questions count.
type scopePage struct {
	app.Compo
	editor
}

var (
	_ app.Navigator  = (*scopePage)(nil)
	_ app.Dismounter = (*scopePage)(nil)
)

func (p *scopePage) OnNav(ctx app.Context) {
	p.load(ctx)
	focusPageTitle(ctx)
}

func (p *scopePage) OnDismount() { p.stop() }

// reportInfo describes each report for the choice list.
var reportInfo = []struct {
	report engine.Report
	title  string
	what   string
}{
	{engine.SOC1, "SOC 1", "Controls that matter to your clients' financial statements. Read by your clients' financial auditors. Its control objectives are written by you."},
	{engine.SOC2, "SOC 2", "Your controls against the Trust Services Criteria (security and any of availability, processing integrity, confidentiality, privacy). Detailed; shared with customers under NDA."},
	{engine.SOC3, "SOC 3", "A short, public summary of a SOC 2 examination, for your website. It has no test details and needs the SOC 2 work behind it."},
}

func (p *scopePage) Render() app.UI {
	body := []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Scope your assessment")}
	switch {
	case !p.loaded:
		body = append(body, renderLoading("your assessment"))
	case p.problem != "":
		body = append(body, p.renderProblem())
	default:
		body = append(body, p.renderWizard()...)
	}
	return &Shell{Title: "Scope", Description: "Choose the SOC report, the Trust Services Criteria and Type I or Type II.", Body: body}
}

func (p *scopePage) renderWizard() []app.UI {
	lib := mustLibrary()
	rec := engine.Recommend(lib.Scoping(), p.a.Scoping)
	s := p.a.Scope
	return []app.UI{
		&stepsNav{ID: p.a.ID, Current: "/scope"},
		p.renderStatus(),
		requestNote(p.a.Request, false),
		requestRequirements(p.a.Request),
		app.Section().Class("card").Aria("labelledby", "s-org").Body(
			app.H2().ID("s-org").Text("1. About this assessment"),
			textField("a-name", "Assessment name", p.a.Name, "e.g. SOC 2 readiness 2027", p.onName),
			textField("a-org", "Organization name (shown on the report)", p.a.Organization, "e.g. Acme Cloud Inc.", p.onOrganization),
		),
		app.Section().Class("card").Aria("labelledby", "s-report").Body(
			app.H2().ID("s-report").Text("2. Which report do you need?"),
			app.P().Text("Answer a few questions and we will suggest a report. You can pick a different one."),
			app.Div().Body(p.renderScopingQuestions(lib, "report")...),
			renderPicks("We suggest", rec.Reports, reportTitle),
			app.FieldSet().Class("report-choice").Body(
				app.Legend().Text("Report to prepare for"),
				app.Range(reportInfo).Slice(func(i int) app.UI {
					r := reportInfo[i]
					return app.Label().Class("choice choice-card").Body(
						app.Input().Type("radio").Name("report").Value(string(r.report)).
							Checked(s.Report == r.report).OnClick(p.onReport), // on click: see radio
						app.Span().Class("choice-title").Text(r.title+recommendedMark(rec.Reports, string(r.report))),
						app.Span().Class("choice-help").Text(r.what),
					)
				}),
			),
		),
		app.If(s.Report != engine.SOC1, func() app.UI { return p.renderCategories(lib, rec) }).
			Else(func() app.UI { return p.renderAreas(lib, rec) }),
		p.renderType(),
		app.Nav().Class("next-step").Aria("label", "Next step").Body(
			app.A().Class("button button-primary").Href(assessmentURL("/assess", p.a.ID, "")).Text("Continue to the questions"),
		),
	}
}

func (p *scopePage) renderScopingQuestions(lib *engine.Library, group string) []app.UI {
	var out []app.UI
	for _, q := range lib.Scoping().Questions {
		if q.Group != group || !q.AskedIn(p.a.Scope) || !q.Concerns(p.fw) {
			continue
		}
		c := p.a.Scoping[q.ID].Choice
		out = append(out, yesNo("sq-"+q.ID, q.Text, q.Help, c == engine.Yes, c == engine.No, p.onScoping, p.onScoping))
	}
	return out
}

func (p *scopePage) renderCategories(lib *engine.Library, rec engine.Recommendation) app.UI {
	_, fw := lib.BankFor(p.a.Scope)
	return app.Section().Class("card").Aria("labelledby", "s-cats").Body(
		app.H2().ID("s-cats").Text("3. Trust Services Criteria in scope"),
		app.P().Text("Security is always in scope. Add the others your customers rely on; the questions below help decide."),
		app.Div().Body(p.renderScopingQuestions(lib, "category")...),
		renderPicks("We suggest adding", engine.PicksIn(fw, rec.Categories), func(id string) string {
			if c := fw.FindCategory(id); c != nil {
				return c.Title
			}
			return id
		}),
		app.FieldSet().Class("categories").Body(
			app.Legend().Text("Categories"),
			app.Range(fw.Categories).Slice(func(i int) app.UI {
				c := fw.Categories[i]
				on := c.Required || slices.Contains(p.a.Scope.Categories, c.ID)
				return app.Label().Class("choice choice-card").Body(
					app.Input().Type("checkbox").Name("category").Value(c.ID).Checked(on).
						Disabled(c.Required).OnChange(p.onCategory),
					app.Span().Class("choice-title").Text(c.Title+requiredMark(c.Required)+recommendedMark(rec.Categories, c.ID)),
					app.Span().Class("choice-help").Text(c.Description),
				)
			}),
		),
		app.Div().Body(p.renderScopingQuestions(lib, engine.GroupRole)...),
		app.Div().Body(p.renderScopingQuestions(lib, engine.GroupFact)...),
	)
}

func (p *scopePage) renderType() app.UI {
	s := p.a.Scope
	return app.Section().Class("card").Aria("labelledby", "s-type").Body(
		app.H2().ID("s-type").Text("4. Type I or Type II"),
		app.FieldSet().Class("type-choice").Body(
			app.Legend().Text("Report type"),
			app.Div().Class("side-by-side").Body(
				app.Label().Class("choice choice-card").Body(
					app.Input().Type("radio").Name("type").Value("type1").Checked(s.Type == engine.TypeI).OnClick(p.onType),
					app.Span().Class("choice-title").Text("Type I"),
					app.Ul().Class("choice-help").Body(
						app.Li().Text("Proves: your controls are well designed and in place on one date."),
						app.Li().Text("Takes: 2–4 weeks of audit once you are ready."),
						app.Li().Text("Asked for: as a first report, or while a Type II is under way."),
					),
				),
				app.Label().Class("choice choice-card").Body(
					app.Input().Type("radio").Name("type").Value("type2").Checked(s.Type == engine.TypeII).OnClick(p.onType),
					app.Span().Class("choice-title").Text("Type II"),
					app.Ul().Class("choice-help").Body(
						app.Li().Text("Proves: your controls also operated effectively over a period."),
						app.Li().Text("Takes: an observation window of 3–12 months, then 4–8 weeks of audit."),
						app.Li().Text("Asked for: by most enterprise customers."),
					),
				),
			),
		),
		app.If(s.Type == engine.TypeII, func() app.UI {
			return app.Div().Class("window-fields").Body(
				app.Div().Class("field").Body(
					app.Label().For("window").Text("Observation window"),
					app.Select().ID("window").OnChange(p.onWindow).Body(
						app.Option().Value("3").Selected(s.Window == 3).Text("3 months (common at first)"),
						app.Option().Value("6").Selected(s.Window == 6).Text("6 months"),
						app.Option().Value("12").Selected(s.Window == 12).Text("12 months"),
					),
				),
				app.Div().Class("field").Body(
					app.Label().For("start").Text("Planned start of the window (optional)"),
					app.Input().Type("date").ID("start").Value(s.Start).OnChange(p.onStart),
				),
				renderInfrequent(engine.Infrequent(p.bank, p.fw, s, p.a.Answers), s.Window),
			)
		}),
	)
}

// maxInfrequentListed is how many infrequent controls the warning names.
const maxInfrequentListed = 5

// renderInfrequent warns that some controls run less often than the Type II
// window is long, so a run may fall outside it, and says what to do.
func renderInfrequent(qs []*engine.Question, window int) app.UI {
	if len(qs) == 0 {
		return app.Text("")
	}
	lead := itoa(len(qs)) + " controls run less often than your " + itoa(window) + "-month window:"
	if len(qs) == 1 {
		lead = "1 control runs less often than your " + itoa(window) + "-month window:"
	}
	shown := qs[:min(len(qs), maxInfrequentListed)]
	return app.Div().Class("notice notice-warning infrequent").Role("status").Body(
		app.P().Body(app.Strong().Text(lead)),
		app.Ul().Body(app.Range(shown).Slice(func(i int) app.UI {
			return app.Li().Text(shown[i].Text + " (" + string(shown[i].Frequency) + ")")
		})),
		app.If(len(qs) > len(shown), func() app.UI {
			return app.P().Text("and " + itoa(len(qs)-len(shown)) + " more.")
		}),
		app.P().Text("The auditor tests each control on the runs that fall inside the window. Schedule every one of these to run at least once within it, or choose a longer window."),
	)
}

// renderPicks lists recommendations with their reasons.
func renderPicks(lead string, picks []engine.Pick, title func(string) string) app.UI {
	if len(picks) == 0 {
		return app.Text("")
	}
	return app.Div().Class("recommendation").Aria("live", "polite").Body(
		app.P().Body(app.Strong().Text(lead+": ")),
		app.Ul().Body(app.Range(picks).Slice(func(i int) app.UI {
			pk := picks[i]
			return app.Li().Body(
				app.Strong().Text(title(pk.ID)),
				app.Text(" — "),
				app.Range(pk.Reasons).Slice(func(j int) app.UI { return app.Span().Text(pk.Reasons[j] + " ") }),
			)
		})),
	)
}

func reportTitle(id string) string {
	for _, r := range reportInfo {
		if string(r.report) == id {
			return r.title
		}
	}
	return id
}

func recommendedMark(picks []engine.Pick, id string) string {
	for _, p := range picks {
		if p.ID == id {
			return " (suggested)"
		}
	}
	return ""
}

func requiredMark(required bool) string {
	if required {
		return " (always in scope)"
	}
	return ""
}

// Event handlers read what changed from the element (name, value), never
// from a closure: go-app keeps a reused element's first handler when the new
// one comes from the same function literal.

func (p *scopePage) onName(ctx app.Context, e app.Event) {
	p.a.Name = ctx.JSSrc().Get("value").String()
	p.commitLater(ctx)
}

func (p *scopePage) onOrganization(ctx app.Context, e app.Event) {
	p.a.Organization = ctx.JSSrc().Get("value").String()
	p.commitLater(ctx)
}

// onScoping handles the yes/no radios named "sq-<scoping question id>".
func (p *scopePage) onScoping(ctx app.Context, e app.Event) {
	id := strings.TrimPrefix(ctx.JSSrc().Get("name").String(), "sq-")
	c, ok := engine.ParseChoice(ctx.JSSrc().Get("value").String())
	if !ok {
		return
	}
	if id == engine.ScopingCollectsDirectly {
		// The questionnaire asks the same: answer both, and set the scope.
		was := p.a.Scope.Processor
		engine.SetCollectsDirectly(&p.a, p.bank, c)
		if p.a.Scope.Processor != was {
			p.rescope(ctx)
			return
		}
		p.commit(ctx)
		return
	}
	p.a.Scoping[id] = engine.Answer{Choice: c}
	p.commit(ctx)
}

func (p *scopePage) onReport(ctx app.Context, e app.Event) {
	p.a.Scope.Report = engine.Report(ctx.JSSrc().Get("value").String())
	p.rescope(ctx)
}

func (p *scopePage) onCategory(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("value").String()
	cats := slices.DeleteFunc(slices.Clone(p.a.Scope.Categories), func(c string) bool { return c == id })
	if ctx.JSSrc().Get("checked").Bool() {
		cats = append(cats, id)
	}
	p.a.Scope.Categories = cats
	p.rescope(ctx)
}

func (p *scopePage) onType(ctx app.Context, e app.Event) {
	p.a.Scope.Type = engine.AuditType(ctx.JSSrc().Get("value").String())
	p.rescope(ctx)
}

// rescope normalizes the changed scope, picks its bank and saves.
func (p *scopePage) rescope(ctx app.Context) {
	p.setBank(mustLibrary())
	p.commit(ctx)
}

func (p *scopePage) onWindow(ctx app.Context, e app.Event) {
	p.a.Scope.Window = atoi(ctx.JSSrc().Get("value").String())
	p.rescope(ctx)
}

func (p *scopePage) onStart(ctx app.Context, e app.Event) {
	p.a.Scope.Start = ctx.JSSrc().Get("value").String()
	p.rescope(ctx)
}
