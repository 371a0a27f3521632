package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// assessPage is the questionnaire: one section at a time, each question a
// radio group on the maturity scale, with help on demand. Every answer
// rescores at once and is saved.
type assessPage struct {
	app.Compo
	editor

	section int // index into the current sections

	secs   []section // the sections as of editor version secsOf
	secsOf int

	gates   map[string]bool // gatingQuestions of gatesOf
	gatesOf *engine.Bank

	renders int       // Render calls: each redraws the questionnaire whole
	live    liveParts // what an answer redraws alone
	cards   parts     // the cards of the section the page opened on, in parts
}

var (
	_ app.Navigator  = (*assessPage)(nil)
	_ app.Dismounter = (*assessPage)(nil)
)

func (p *assessPage) OnNav(ctx app.Context) {
	p.drawSaved = p.assessSaved
	p.load(ctx)
	p.cards.cancel()
	p.cards.added = p.drawCards
	if p.focusAfterLoad(ctx) {
		return // the question the address names is drawn with every card
	}
	if secs := p.sections(); p.loaded && p.problem == "" && p.section < len(secs) {
		if n := cardParts(len(secs[p.section].Questions)); n > 1 {
			p.cards.follow(ctx, n)
		}
	}
}

// drawCards redraws the section's cards alone when the next part of them is
// due; ctx is the page's. go-app would redraw the whole page.
func (p *assessPage) drawCards(ctx app.Context) {
	l := &p.live
	if l.cards == nil || l.body == nil {
		return // not on screen: the page's next render draws them
	}
	ctx.PreventUpdate()
	redrawAlone(l.cards.ctx, l.body.ctx)
}

// The questionnaire opens on a section of up to two dozen questions, and
// mounting them all took most of the page's first task on a phone. So it
// draws the first cards with the page, enough to fill a phone's screen twice,
// and the others a few at a time, each part in a task of its own (parts.go).
// Cards are markup mostly (cardMarkup), so a part takes a few milliseconds.
const firstCards, cardsPerPart = 3, 3

// cardParts is how many parts draw a section of n questions.
func cardParts(n int) int {
	if n <= firstCards {
		return 1
	}
	return 1 + (n-firstCards+cardsPerPart-1)/cardsPerPart
}

// cardsOnScreen is how many of a section's n cards are drawn: all, once
// every part is on screen or the user went to another section.
func (p *assessPage) cardsOnScreen(n int) int {
	if p.cards.all() {
		return n
	}
	return min(n, firstCards+(p.cards.shown-1)*cardsPerPart)
}

// focusAfterLoad opens the section of the question the address names, and
// focuses it, or else the page title. It reports whether it focused a
// question.
func (p *assessPage) focusAfterLoad(ctx app.Context) bool {
	if p.problem != "" || !p.loaded {
		focusPageTitle(ctx)
		return false
	}
	secs := p.sections()
	if q := fragmentValues(ctx).Get("q"); q != "" {
		if i := sectionOf(secs, q); i >= 0 {
			p.section = i
			focusElement(ctx, "q-"+q)
			return true
		}
	}
	if p.section >= len(secs) {
		p.section = 0
	}
	focusPageTitle(ctx)
	return false
}

func (p *assessPage) OnDismount() {
	p.cards.cancel()
	p.stop()
}

// sections groups the asked questions, once per change of the answers.
func (p *assessPage) sections() []section {
	if p.secsOf != p.version {
		asked := engine.AskedAll(p.bank, p.fw, p.a.Scope, p.a.Answers)
		p.secs, p.secsOf = buildSections(p.bank, p.fw, asked, p.a.Answers), p.version
	}
	return p.secs
}

// gating reports whether other questions depend on the answer to question id.
func (p *assessPage) gating(id string) bool {
	if p.gatesOf != p.bank {
		p.gates, p.gatesOf = gatingQuestions(p.bank), p.bank
	}
	return p.gates[id]
}

func (p *assessPage) Render() app.UI {
	body := []app.UI{app.H1().ID("page-title").TabIndex(-1).Text("Questionnaire")}
	switch {
	case !p.loaded:
		body = append(body, renderLoading("the questionnaire"))
	case p.problem != "":
		body = append(body, p.renderProblem())
	default:
		p.renders++
		body = append(body, &questionnaire{Page: p, Rev: p.renders})
	}
	return &Shell{Title: "Questionnaire", Description: "Answer the readiness questions for your SOC scope.", Body: body}
}

func (p *assessPage) renderQuestionnaire() []app.UI {
	secs := p.sections()
	if len(secs) == 0 {
		return []app.UI{app.P().Text("No question applies to this scope.")}
	}
	if p.section >= len(secs) {
		p.section = len(secs) - 1
	}
	cur := secs[p.section]
	return []app.UI{
		&stepsNav{ID: p.a.ID, Current: "/assess"},
		p.renderMigrationNote(),
		p.renderProgress(),
		app.Div().Class("questionnaire").Body(
			&sectionNav{Links: navLinks(secs), Current: p.section, Page: p},
			app.Section().Class("section").Aria("labelledby", "section-title").Body(
				app.H2().ID("section-title").TabIndex(-1).Text(cur.Title),
				&sectionCount{Answered: cur.Answered, Total: len(cur.Questions), Page: p},
				&sectionCards{Page: p, Rev: p.renders},
			),
		),
	}
}

// renderSectionActions are the buttons below the section's last card.
func (p *assessPage) renderSectionActions(secs []section) app.UI {
	return app.Div().Class("section-actions").Body(
		app.If(p.section > 0, func() app.UI {
			return app.Button().Type("button").Class("button button-quiet").Text("Previous section").DataSet("section", p.section-1).OnClick(p.onSection)
		}),
		app.Button().Type("button").Class("button").Text("Next unanswered question").OnClick(p.onNextUnanswered),
		app.If(p.section < len(secs)-1, func() app.UI {
			return app.Button().Type("button").Class("button button-primary").Text("Next section").DataSet("section", p.section+1).OnClick(p.onSection)
		}).Else(func() app.UI {
			return app.A().Class("button button-primary").Href(assessmentURL("/results", p.a.ID, "")).Text("See your results")
		}),
	)
}

// renderMigrationNote tells, once, which questions are new or to check after
// the assessment was brought to the current version of the questions.
func (p *assessPage) renderMigrationNote() app.UI {
	var note *migrationNote
	if n := migrationNotices[p.a.ID]; n != nil {
		asked := engine.AskedAll(p.bank, p.fw, p.a.Scope, p.a.Answers)
		note = newMigrationNote(p.a.ID, p.bank, asked, n, p.onDismissMigration)
	}
	return app.If(note != nil, func() app.UI { return note })
}

func (p *assessPage) onDismissMigration(ctx app.Context, e app.Event) { dismissMigration(p.a.ID) }

func (p *assessPage) renderProgress() app.UI {
	return &progressPanel{Progress: p.progress(), Status: p.saveState(), Page: p}
}

func (p *assessPage) progress() progress {
	r := p.res
	return progress{
		Answered: r.Answered,
		Asked:    r.Asked,
		Score:    percentText(r.Readiness, r.HasReadiness),
		Band:     r.Band.Label(),
	}
}

func justificationHelp(missing bool) string {
	if missing {
		return "Until you explain why, this question counts as unanswered."
	}
	return "Not applicable: this question is left out of your scores."
}

func noteSummary(note string) string {
	if note == "" {
		return "Add a note"
	}
	return "Note"
}

// Event handlers read the question from the element (its name or id), never
// from a closure: go-app keeps a reused element's first handler when the new
// one comes from the same function literal, so a captured question id would
// go stale when the section changes.

// choose records the choice of a radio of the answer scale (name
// "ans-<question id>", value the choice's stable name), rescores and regroups.
// It reports the question and the choice, and false when nothing changed.
// The card's onClick calls it.
func (p *assessPage) choose(ctx app.Context, radio app.Value) (id string, c engine.Choice, changed bool) {
	id = strings.TrimPrefix(radio.Get("name").String(), "ans-")
	c, ok := engine.ParseChoice(radio.Get("value").String())
	if !ok || p.bank.FindQuestion(id) == nil {
		return id, c, false
	}
	was := p.a.Answers[id]
	if was.Choice == c {
		return id, c, false // a click on the checked choice
	}
	a := was
	a.Choice = c
	p.a.Answers[id] = a
	if id == engine.CollectsDirectlyFact {
		// The scope page asks the same: keep both, and the scope, in step.
		engine.SetCollectsDirectly(&p.a, p.bank, c)
	}
	current := p.secsOf == p.version
	p.commit(ctx)
	// Regroup now rather than in Render: the sections tell whether the
	// answer changed which questions are asked. An answer to a question that
	// gates nothing only moves its section's count.
	if current && id != engine.CollectsDirectlyFact && !p.gating(id) {
		if secs, ok := recountSections(p.secs, p.bank.FindQuestion(id), was, a); ok {
			p.secs, p.secsOf = secs, p.version
		}
	}
	p.sections()
	if c == engine.NA && strings.TrimSpace(a.Justification) == "" {
		focusElement(p.page, "just-"+id)
	}
	return id, c, true
}

// onJustification handles the N/A justification "just-<question id>".
func (p *assessPage) onJustification(ctx app.Context, e app.Event) {
	p.setText(ctx, "just-", func(a *engine.Answer, v string) { a.Justification = v })
}

// onNote handles the note "note-<question id>".
func (p *assessPage) onNote(ctx app.Context, e app.Event) {
	p.setText(ctx, "note-", func(a *engine.Answer, v string) { a.Note = v })
}

func (p *assessPage) setText(ctx app.Context, prefix string, set func(*engine.Answer, string)) {
	id := strings.TrimPrefix(ctx.JSSrc().Get("id").String(), prefix)
	if p.bank.FindQuestion(id) == nil {
		return
	}
	a := p.a.Answers[id]
	set(&a, ctx.JSSrc().Get("value").String())
	p.a.Answers[id] = a
	p.commitLater(ctx)
}

// onSaveNow saves a pending text edit when the field loses focus.
func (p *assessPage) onSaveNow(ctx app.Context, e app.Event) { p.flush() }

// onSection opens the section in the button's data-section.
func (p *assessPage) onSection(ctx app.Context, e app.Event) {
	p.openSection(atoi(ctx.JSSrc().Get("dataset").Get("section").String()))
}

// openSection shows section i, whole, and moves the focus to its title.
func (p *assessPage) openSection(i int) {
	p.section = i
	p.cards.revealAll() // another section is drawn whole
	focusElement(p.page, "section-title")
}

func (p *assessPage) onNextUnanswered(ctx app.Context, e app.Event) {
	secs := p.sections()
	after := ""
	if el := app.Window().Get("document").Get("activeElement"); el.Truthy() {
		if art := el.Call("closest", "article.question"); art.Truthy() {
			after = strings.TrimPrefix(art.Get("id").String(), "q-")
		}
	}
	i, id, ok := nextUnanswered(secs, p.a.Answers, p.section, after)
	if !ok {
		p.status, p.failed = "Every question is answered. See your results.", false
		return
	}
	p.section = i
	p.cards.revealAll()
	focusElement(p.page, "q-"+id)
}
