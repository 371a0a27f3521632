package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// viewPage opens a shared link from the URL fragment: a read-only results
// view with "save a copy to this device", or a requester's preset scope. It
// never overwrites a saved assessment: a copy always gets a new id.
type viewPage struct {
	app.Compo

	ready    bool
	message  string // why the link cannot be opened
	needPass bool
	pass     string
	working  bool
	link     *share.Link
	frag     string // the link as opened, kept as it is in vendor reviews

	reviewMsg    string // what "Add to my vendor reviews" did
	reviewFailed bool

	bank *engine.Bank
	fw   *engine.Framework
	res  *engine.Result
}

var _ app.Navigator = (*viewPage)(nil)

func (p *viewPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	// Reset field by field: assigning a whole viewPage would wipe the
	// embedded app.Compo that go-app keeps its state in.
	p.ready, p.message, p.needPass, p.pass, p.working, p.link = true, "", false, "", false, nil
	p.frag, p.reviewMsg, p.reviewFailed = "", "", false
	p.bank, p.fw, p.res = nil, nil, nil
	p.open(ctx, "")
	focusPageTitle(ctx)
}

func (p *viewPage) open(ctx app.Context, passphrase string) {
	lib, err := library()
	if err != nil {
		p.message = "The question banks failed to load: " + err.Error()
		return
	}
	frag := strings.TrimPrefix(ctx.Page().URL().Fragment, "#")
	if frag == "" {
		p.message = "This page opens shared SOC Ready links. The link you followed has nothing after its # sign: ask the sender to copy the whole link."
		return
	}
	var l *share.Link
	if passphrase == "" {
		l, err = share.Decode(frag, share.LookupFrom(lib))
	} else {
		l, err = share.DecodeWithPassphrase(frag, passphrase, share.LookupFrom(lib))
	}
	switch {
	case errors.Is(err, share.ErrNeedPassphrase):
		p.needPass = true
		return
	case errors.Is(err, share.ErrWrongPassphrase):
		p.needPass, p.message = true, share.UserMessage(err)
		return
	case err != nil:
		p.message = share.UserMessage(err)
		return
	}
	p.needPass, p.message, p.link, p.frag = false, "", l, frag
	if l.Kind == share.KindResults {
		a := &l.Assessment
		p.bank, p.fw = lib.BankFor(a.Scope)
		p.res = engine.Score(p.bank, p.fw, a.Scope, a.Answers)
	}
}

func (p *viewPage) Render() app.UI {
	title := "Shared assessment"
	body := []app.UI{}
	switch {
	case !p.ready:
		body = append(body, app.H1().ID("page-title").TabIndex(-1).Text(title), renderLoading("the shared link"))
	case p.needPass:
		body = append(body, app.H1().ID("page-title").TabIndex(-1).Text(title), p.renderPassphrase())
	case p.message != "":
		body = append(body, app.H1().ID("page-title").TabIndex(-1).Text(title),
			app.Div().Class("notice notice-error").Role("alert").Body(
				app.P().ID("link-error").Text(p.message),
				app.P().Text("Your saved assessments are untouched."),
				app.P().Body(app.A().Href(Path("/")).Text("Go to your assessments")),
			))
	case p.link.Kind == share.KindRequest:
		body = append(body, p.renderRequest()...)
	default:
		body = append(body, p.renderResults()...)
	}
	return &Shell{Title: title, Description: "A SOC readiness assessment shared through a link. Read-only.", Body: body}
}

func (p *viewPage) renderPassphrase() app.UI {
	return app.Form().Class("card").OnSubmit(p.onUnlock).Body(
		app.P().Text("This link is protected by a passphrase. Enter the passphrase the sender gave you; it is checked on this device."),
		app.If(p.message != "", func() app.UI {
			return app.P().Class("notice notice-error").Role("alert").ID("link-error").Text(p.message)
		}),
		app.Div().Class("field").Body(
			app.Label().For("pass").Text("Passphrase"),
			app.Input().Type("password").ID("pass").AutoFocus(true).Value(p.pass).OnInput(p.onPass).
				Aria("invalid", p.message != "").Aria("describedby", describedBy(p.message != "", "link-error")),
		),
		app.Button().Type("submit").Class("button button-primary").Disabled(p.working).Text(unlockLabel(p.working)),
	)
}

func (p *viewPage) onPass(ctx app.Context, e app.Event) { p.pass = ctx.JSSrc().Get("value").String() }

// msgEmptyPassphrase answers Open pressed with an empty field (issue 11: it
// did nothing, because an empty passphrase decoded as "no passphrase given").
const msgEmptyPassphrase = "Enter the passphrase first: the field is empty."

// passphraseProblem is what to say before trying pass, or "".
func passphraseProblem(pass string) string {
	if strings.TrimSpace(pass) == "" {
		return msgEmptyPassphrase
	}
	return ""
}

// describedBy is id when on, else "" (go-app drops an empty attribute).
func describedBy(on bool, id string) string {
	if on {
		return id
	}
	return ""
}

func unlockLabel(working bool) string {
	if working {
		return "Unlocking…"
	}
	return "Open"
}

func (p *viewPage) onUnlock(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if msg := passphraseProblem(p.pass); msg != "" {
		p.message = msg
		focusElement(ctx, "pass")
		return
	}
	p.working = true
	pass := p.pass
	ctx.After(20*time.Millisecond, func(ctx app.Context) { // let "Unlocking…" render first
		p.open(ctx, pass)
		p.working = false
	})
}

func (p *viewPage) renderRequest() []app.UI {
	r := p.link.Request
	lib, _ := library()
	_, fw := lib.BankFor(r.Scope)
	who := strings.TrimSpace(r.Requester)
	if who == "" {
		who = "A customer"
	}
	return []app.UI{
		app.H1().ID("page-title").TabIndex(-1).Text("Assessment requested"),
		app.Section().Class("card request").Aria("labelledby", "h-req").Body(
			app.H2().ID("h-req").Body(userText(who), app.Text(" asks for your SOC readiness")),
			app.Dl().Class("report-facts").Body(
				app.Dt().Text("Scope"), app.Dd().Text(scopeSummary(fw, lib.NormalizeScope(r.Scope))),
				app.If(r.Due != "", func() app.UI { return app.Dt().Text("Due") }),
				app.If(r.Due != "", func() app.UI { return app.Dd().Text(r.Due) }),
				app.If(r.Message != "", func() app.UI { return app.Dt().Text("Message") }),
				app.If(r.Message != "", func() app.UI { return app.Dd().Class("request-message").Body(userText(r.Message)) }),
			),
			requirementsNote("view-req-reqs", r.Requirements, nil, false),
			app.P().Text("Your answers stay on this device. When you are done, create a results link from the results page and send it back."),
			app.Button().Type("button").Class("button button-primary").ID("start-request").Text("Start this assessment").OnClick(p.onStartRequest),
		),
	}
}

func (p *viewPage) onStartRequest(ctx app.Context, e app.Event) {
	ws := workspace()
	r := p.link.Request
	name := "Requested by " + strings.TrimSpace(r.Requester)
	if strings.TrimSpace(r.Requester) == "" {
		name = "Requested assessment"
	}
	a, err := ws.CreateFrom(engine.Assessment{
		Name:    name,
		Scope:   r.Scope,
		Request: &engine.Request{ID: r.ID, From: strings.TrimSpace(r.Requester), Message: r.Message, Due: r.Due, Requirements: r.Requirements},
	})
	if err != nil && !storageMissing {
		p.message = msgStorageFull
		return
	}
	ctx.Navigate(assessmentURL("/scope", a.ID, ""))
}

func (p *viewPage) renderResults() []app.UI {
	a := &p.link.Assessment
	r := p.res
	gaps := engine.Gaps(p.bank, p.fw, r.Scope, a.Answers)
	cw := crosswalkFor(p.fw)
	name := strings.TrimSpace(a.Organization)
	if name == "" {
		name = a.Name
	}
	return []app.UI{
		app.H1().ID("page-title").TabIndex(-1).Body(app.Text("Shared results: "), userText(name)),
		app.Div().Class("notice").Body(
			app.P().Text("Read-only: these are someone else's answers, opened from a link. Nothing is saved until you choose to."),
			app.Div().Class("actions").Body(
				app.Button().Type("button").Class("button button-primary").ID("add-review").Text("Add to my vendor reviews").OnClick(p.onAddReview),
				app.Button().Type("button").Class("button").ID("save-copy").Text("Save a copy as my own assessment").OnClick(p.onSaveCopy),
			),
		),
		liveMessage(p.reviewMsg, p.reviewFailed),
		app.If(p.reviewMsg != "" && !p.reviewFailed, func() app.UI {
			return app.P().Body(app.A().ID("go-reviews").Href(Path("/reviews")).Text("Go to my vendor reviews"))
		}),
		app.Dl().Class("report-facts").Body(
			app.Dt().Text("Assessment"), app.Dd().Body(userText(a.Name)),
			app.Dt().Text("Scope"), app.Dd().Text(scopeSummary(p.fw, r.Scope)),
			app.Dt().Text("Last updated"), app.Dd().Text(whenText(a.Updated)),
			app.Dt().Text("Notes included"), app.Dd().Text(yesNoText(p.link.Notes)),
			app.If(!p.link.Migrated.Empty(), func() app.UI { return app.Dt().Text("Questions") }),
			app.If(!p.link.Migrated.Empty(), func() app.UI {
				return app.Dd().ID("link-migrated").Text(migratedText(p.bank, engine.AskedAll(p.bank, p.fw, a.Scope, a.Answers), p.link.Migrated))
			}),
		),
		p.renderRequested(),
		renderSummary(r),
		pageContents(jumpLink{"v-scores", "Scores"}, jumpLink{"v-gaps", "Gaps"}, jumpLink{"v-answers", "All answers"}),
		scoresSection("v", "card", r),
		app.Section().Class("card").Aria("labelledby", "v-gaps").Body(
			app.H2().ID("v-gaps").Text("Gaps ("+itoa(len(gaps))+")"),
			foldedList("gaps", len(gaps), func(i int) app.UI {
				g := gaps[i]
				return app.Li().Class("gap").Body(
					app.H3().Body(app.Span().Class("badge badge-"+string(g.Severity)).Text(g.Severity.Label()), app.Text(" "+g.Text)),
					app.P().Class("gap-meta").Text("Criteria: "+criteriaText(g.Criteria)+" · Now: "+g.Answer.Label()),
					isoWorkBadge(engine.ISOWorkFor(cw, a.Scoping, &g)), // the link carries the ISO/IEC 27001 fact (scoping facts)
				)
			}, "Show the other gaps"),
		),
		foldSection("v-answers", "All answers", func() []app.UI { return []app.UI{renderAnswersTable(p.bank, p.fw, a)} }),
	}
}

// migratedText says that a link made with an earlier version of the
// questions is shown with the current one, counting only the questions its
// scope asks (asked is engine.AskedAll's answer, in bank order).
func migratedText(bank *engine.Bank, asked []bool, n *engine.MigrationNotice) string {
	note := newMigrationNote("", bank, asked, n, nil)
	newQ, review := 0, 0
	if note != nil {
		newQ, review = len(note.New), len(note.Review)
	}
	return "Answered with version " + itoa(n.From) + "; shown with version " + itoa(n.To) + ", where " +
		itoa(newQ) + " " + plural(newQ, "question in this scope is", "questions in this scope are") + " new (unanswered) and " +
		itoa(review) + " " + plural(review, "answer was", "answers were") + " carried over from split or merged questions."
}

func yesNoText(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}

func (p *viewPage) onSaveCopy(ctx app.Context, e app.Event) {
	ws := workspace()
	a, err := ws.CreateFrom(p.link.Assessment)
	if err != nil && !storageMissing {
		p.message = msgStorageFull
		return
	}
	rememberMigration(a.ID, p.link.Migrated)
	ctx.Navigate(assessmentURL("/results", a.ID, ""))
}
