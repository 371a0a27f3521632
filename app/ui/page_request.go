package ui

import (
	"slices"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/reviewstore"
	"github.com/socready/socready/app/share"
)

// requestPage lets a vendor-security team build a link that presets the
// scope it requires, with a message and a due date. The vendor who opens it
// starts an assessment from that scope; nothing passes through a server.
type requestPage struct {
	app.Compo

	scope     engine.Scope
	requester string
	message   string
	due       string
	req       reqForm
	link      string
	qr        string
	status    string
	failed    bool
	// form draws the form in two parts, each in a task after the first
	// render, which draws what the pre-rendered page shows: drawing it all
	// in the start's first task made that task the longest of any page's
	// on a phone (see parts.go). Part 1 is the scope, part 2 the rest.
	form parts
}

// requestFormParts is how many parts the form is drawn in.
const requestFormParts = 2

var _ app.Navigator = (*requestPage)(nil)

func (p *requestPage) OnInit() {
	p.scope = engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Categories: []string{"security"}}
}

// OnNav draws the form once: going back to the page (a fragment change, a
// history step) keeps it, and what it shows, as it is.
func (p *requestPage) OnNav(ctx app.Context) {
	if app.IsServer || p.form.n > 0 {
		return
	}
	p.form.open(ctx, requestFormParts)
}

func (p *requestPage) OnDismount() { p.form.cancel() }

func (p *requestPage) Render() app.UI {
	body := []app.UI{
		app.H1().ID("page-title").TabIndex(-1).Text("Request an assessment from a vendor"),
		app.P().Class("lead").Text("Choose the scope you need; we make a link that opens SOC Ready with that scope preset. The vendor answers on their device and sends you back a results link."),
	}
	if app.IsServer || p.form.drawing() {
		return &Shell{Title: "Request", Description: "Build a link that asks a vendor for a SOC readiness assessment.", Body: append(body, renderLoading("the request form"))}
	}
	lib, err := library()
	if err != nil {
		return &Shell{Title: "Request", Body: append(body, app.P().Class("notice notice-error").Text(err.Error()))}
	}
	_, fw := lib.BankFor(engine.Scope{Report: engine.SOC2})
	bank, scopeFw := lib.BankFor(p.scope)
	s := p.scope
	form := []app.UI{
		app.FieldSet().Class("report-choice").Body(
			app.Legend().Text("Report"),
			app.Range(reportInfo).Slice(func(i int) app.UI {
				r := reportInfo[i]
				return radio("req-report", string(r.report), r.title, s.Report == r.report, p.onReport)
			}),
		),
		app.If(s.Report != engine.SOC1, func() app.UI {
			return app.FieldSet().Class("categories").Body(
				app.Legend().Text("Trust Services Criteria"),
				app.Range(fw.Categories).Slice(func(i int) app.UI {
					c := fw.Categories[i]
					return app.Label().Class("choice").Body(
						app.Input().Type("checkbox").Name("req-category").Value(c.ID).
							Checked(c.Required || slices.Contains(s.Categories, c.ID)).Disabled(c.Required).
							OnChange(p.onCategory),
						app.Span().Text(c.Title+requiredMark(c.Required)),
					)
				}),
			)
		}),
		app.FieldSet().Body(
			app.Legend().Text("Type"),
			app.Div().Class("choices choices-inline").Body(
				radio("req-type", "type1", "Type I", s.Type == engine.TypeI, p.onType),
				radio("req-type", "type2", "Type II", s.Type == engine.TypeII, p.onType),
			),
		),
		app.If(s.Type == engine.TypeII, func() app.UI {
			return app.Div().Class("field").Body(
				app.Label().For("req-window").Text("Observation window"),
				app.Select().ID("req-window").OnChange(p.onWindow).Body(
					app.Option().Value("3").Selected(s.Window == 3).Text("3 months"),
					app.Option().Value("6").Selected(s.Window == 6).Text("6 months"),
					app.Option().Value("12").Selected(s.Window == 12).Text("12 months"),
				),
			)
		}),
	}
	if p.form.all() {
		form = append(form, p.formRest(scopeFw, bank)...)
	} else {
		form = append(form, app.Div().Class("parts-coming"))
	}
	body = append(body,
		app.Form().Class("card").OnSubmit(p.onMake).Body(form...),
		liveMessage(p.status, p.failed),
		app.If(p.link != "", func() app.UI {
			return linkResult("request-link", "Request link", p.link, p.qr, "Scan to open the request", p.onCopy)
		}),
	)
	return &Shell{Title: "Request", Description: "Build a link that asks a vendor for a SOC readiness assessment.", Body: body}
}

// formRest is the form's second part: who asks, by when, what they
// require, and the button.
func (p *requestPage) formRest(fw *engine.Framework, bank *engine.Bank) []app.UI {
	return []app.UI{
		textField("req-from", "Your name or team (shown to the vendor)", p.requester, "e.g. Acme vendor security", p.onRequester),
		app.Div().Class("field").Body(
			app.Label().For("req-message").Text("Message (optional)"),
			app.Textarea().ID("req-message").Rows(3).MaxLength(1000).Text(p.message).OnInput(p.onMessage),
		),
		app.Div().Class("field").Body(
			app.Label().For("req-due").Text("Due date (optional)"),
			app.Input().Type("date").ID("req-due").Value(p.due).OnChange(p.onDue),
		),
		p.renderRequirementFields(fw, bank),
		app.Button().Type("submit").Class("button button-primary").ID("make-request").Text("Create request link"),
	}
}

// Handlers read the element's value; see page_assess.go for why they never
// capture per-element data in a closure.
func (p *requestPage) value(ctx app.Context) string {
	p.link, p.qr = "", ""
	return ctx.JSSrc().Get("value").String()
}

func (p *requestPage) onReport(ctx app.Context, e app.Event) {
	p.scope.Report = engine.Report(p.value(ctx))
}
func (p *requestPage) onType(ctx app.Context, e app.Event) {
	p.scope.Type = engine.AuditType(p.value(ctx))
}
func (p *requestPage) onRequester(ctx app.Context, e app.Event) { p.requester = p.value(ctx) }
func (p *requestPage) onMessage(ctx app.Context, e app.Event)   { p.message = p.value(ctx) }
func (p *requestPage) onWindow(ctx app.Context, e app.Event)    { p.scope.Window = atoi(p.value(ctx)) }
func (p *requestPage) onDue(ctx app.Context, e app.Event)       { p.due = p.value(ctx) }

func (p *requestPage) onCategory(ctx app.Context, e app.Event) {
	id := p.value(ctx)
	cats := slices.DeleteFunc(slices.Clone(p.scope.Categories), func(c string) bool { return c == id })
	if ctx.JSSrc().Get("checked").Bool() {
		cats = append(cats, id)
	}
	p.scope.Categories = cats
}

func (p *requestPage) onMake(ctx app.Context, e app.Event) {
	e.PreventDefault()
	lib := mustLibrary()
	bank, fw := lib.BankFor(p.scope)
	reqs, problem := p.req.requirements(p.scope, fw, bank)
	if problem != "" {
		p.status, p.failed, p.link = problem, true, ""
		return
	}
	rs := reviews()
	id := rs.NewID()
	frag, err := share.EncodeRequest(share.Request{ID: id, Scope: p.scope, Requester: p.requester, Message: p.message, Due: p.due, Requirements: reqs}, share.Options{})
	if err != nil {
		p.status, p.failed, p.link = share.UserMessage(err), true, ""
		return
	}
	// The buyer's own copy: what comes back is judged against it.
	if err := rs.SaveRequest(reviewstore.SentRequest{ID: id, Link: frag, Created: rs.Now().UTC().Format(time.RFC3339)}); err != nil {
		p.status, p.failed, p.link = "The link was not made: this browser's storage is full, so your copy of the request could not be kept. Delete old vendor reviews or assessments and try again.", true, ""
		return
	}
	p.link = siteURL("/view") + "#" + frag
	p.qr, _ = share.QRSVGWithTitle(p.link, "QR code of the request link")
	p.status, p.failed = "Request link ready: send it to your vendor.", false
	focusElement(ctx, "request-link")
}

func (p *requestPage) onCopy(ctx app.Context, e app.Event) {
	copyLink(ctx, p.link, func(msg string, failed bool) { p.status, p.failed = msg, failed })
}
