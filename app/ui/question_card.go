package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// questionCard is one question of the questionnaire with its answer. It is a
// component so that an answer re-renders only its own card: go-app skips a
// child component whose exported fields are unchanged, and the page's other
// cards keep the same question pointer and answer value. Rendering every
// question as plain elements made each answer rebuild and diff the whole
// section (hundreds of elements).
//
// Page is for its event handlers: the page records the answer, rescores and
// saves, and an answer that leaves the asked questions as they were redraws
// only this card and the counts (see drawAnswer).
type questionCard struct {
	app.Compo

	Q    *engine.Question
	Ans  engine.Answer
	Page *assessPage

	drawn  cardMarkup       // the question's text and radios, as markup
	synced *engine.Question // the question the radios were last set for
	shown  engine.Choice    // the choice the radios show
}

var _ app.Updater = (*questionCard)(nil)

// OnUpdate runs when the card is given another question or answer. The
// radios are markup drawn once per question (see cardMarkup), so the browser,
// not go-app, keeps them checked; and go-app reuses a card for another
// question (the next section, or a gate answer that inserts questions above
// it):
//   - an answer given elsewhere (another tab, the scope page) must reach the
//     radios;
//   - help panels the user opened would stay open on the new question.
//
// So after the render, the radios are set from the answer, which is the
// truth, and a new question's panels are closed. A click needs neither: the
// browser checked the radio itself (onClick notes it in shown).
func (c *questionCard) OnUpdate(ctx app.Context) {
	newQuestion := c.Q != c.synced
	if !newQuestion && c.Ans.Choice == c.shown {
		return
	}
	c.synced, c.shown = c.Q, c.Ans.Choice
	id, choice := c.Q.ID, c.Ans.Choice.String()
	ctx.Defer(func(app.Context) {
		card := app.Window().GetElementByID("q-" + id)
		if !card.Truthy() {
			return
		}
		radios := card.Call("querySelectorAll", `input[type="radio"]`)
		for i := 0; i < radios.Length(); i++ {
			r := radios.Index(i)
			r.Set("checked", r.Get("value").String() == choice)
		}
		if !newQuestion {
			return
		}
		open := card.Call("querySelectorAll", "details[open]")
		for i := 0; i < open.Length(); i++ {
			open.Index(i).Set("open", false)
		}
	})
}

// onClick handles every click in the card: one listener instead of one per
// radio, because go-app sets up each listener through several JavaScript
// calls, and a section mounts up to two dozen cards at once. Only a radio of
// the answer scale counts. When the asked questions stay the same, only this
// card and the counts are redrawn; otherwise go-app redraws the whole page.
func (c *questionCard) onClick(ctx app.Context, e app.Event) {
	radio := e.Get("target")
	if radio.Get("type").String() != "radio" {
		ctx.PreventUpdate() // a help panel or a label: nothing to redraw
		return
	}
	// go-app's window click listener looks for a link around every click,
	// reading each ancestor's tag through syscall/js; a radio has none. The
	// handler runs before the browser's event goes on, so this spares it.
	e.Call("stopPropagation")
	p := c.Page
	before := p.sections()
	id, choice, changed := p.choose(ctx, radio)
	if !changed || id != c.Q.ID {
		return
	}
	c.shown = choice
	if id == engine.CollectsDirectlyFact || !sameQuestions(before, p.sections()) {
		return
	}
	if p.drawAnswer() {
		c.Ans = p.a.Answers[id]
	}
}

// answerScale is the order the maturity choices are offered in.
var answerScale = []engine.Choice{engine.NotStarted, engine.Planned, engine.Partial, engine.Documented, engine.Operating, engine.NA}

func (c *questionCard) Render() app.UI {
	q, ans, p := c.Q, c.Ans, c.Page
	if c.synced == nil { // the first render; not in an OnMount, see takeSlot
		c.synced, c.shown = q, ans.Choice
	}
	if tags := questionTags(q, p.a.Request); c.drawn.q != q || c.drawn.tags != tags {
		c.drawn = newCardMarkup(q, tags, ans.Choice)
	}
	cls := "question"
	if isAnswered(q, ans) {
		cls += " question-answered"
	}
	return app.Article().Class(cls).ID("q-"+q.ID).TabIndex(-1).OnClick(c.onClick).Body(
		app.FieldSet().Body(
			app.Raw(c.drawn.legend),
			app.Raw(c.drawn.choices),
			app.If(ans.Choice == engine.NA, func() app.UI {
				missing := strings.TrimSpace(ans.Justification) == ""
				return app.Div().Class("field").Body(
					app.Label().For("just-"+q.ID).Text("Why does this not apply? (required)"),
					app.Textarea().ID("just-"+q.ID).Rows(2).Required(true).Aria("invalid", missing).
						Aria("describedby", "just-help-"+q.ID).Text(ans.Justification).Attr("value", ans.Justification).OnInput(p.onJustification).OnChange(p.onSaveNow),
					app.P().ID("just-help-"+q.ID).Class("help").Text(justificationHelp(missing)),
				)
			}),
		),
		&questionHelp{Q: q, FW: p.fw, Note: ans.Note, Page: p},
	)
}

// questionTags is the line above a question: its criteria, whether it is a
// key control or tested over the period, and what the buyer requires.
func questionTags(q *engine.Question, req *engine.Request) string {
	tags := strings.Join(q.Criteria, ", ")
	if q.Key {
		tags = strings.TrimPrefix(tags+" · Key control", " · ")
	}
	if q.Test == engine.TestOperation {
		tags = strings.TrimPrefix(tags+" · Type II: operation over the period", " · ")
	}
	if r := requiredText(req, q); r != "" {
		tags = strings.TrimPrefix(tags+" · "+r, " · ")
	}
	return tags
}

// cardMarkup is a question's legend and radios as static HTML: about twenty
// elements and six listeners that go-app would otherwise create one
// JavaScript call at a time. It is drawn once per question and tags; the
// checked radio is the answer at that moment, and the browser keeps it from
// then on (questionCard.OnUpdate sets it when the answer changes elsewhere).
// So an answer never replaces the radios, and the one the user clicked or
// moved to with the arrow keys keeps its focus.
type cardMarkup struct {
	q               *engine.Question
	tags            string
	legend, choices string
}

func newCardMarkup(q *engine.Question, tags string, checked engine.Choice) cardMarkup {
	var legend markup
	legend.open("legend")
	if tags != "" {
		legend.elem("span", tags, "class", "question-tags")
	}
	legend.elem("span", q.Text, "class", "question-text").close("legend")

	choices := answerScale
	if q.Kind == engine.KindFact {
		choices = []engine.Choice{engine.Yes, engine.No}
	}
	var m markup
	name := "ans-" + q.ID
	m.open("div", "class", "choices")
	for _, ch := range choices {
		attrs := []string{"type", "radio", "name", name, "id", name + "-" + ch.String(), "value", ch.String()}
		if ch == checked {
			attrs = append(attrs, "checked", "")
		}
		m.open("label", "class", "choice").open("input", attrs...).elem("span", ch.Label()).close("label")
	}
	m.close("div")
	return cardMarkup{q: q, tags: tags, legend: legend.b.String(), choices: m.b.String()}
}

// questionHelp is a question's help panels and note, or a fact's short
// explanation. It is a component so that an answer, which redraws the card,
// skips it: its fields stay the same. The panels are markup; the note, a
// form field, is drawn when its fold is opened.
type questionHelp struct {
	app.Compo

	Q    *engine.Question
	FW   *engine.Framework
	Note string
	Page *assessPage // its note handlers
}

func (h *questionHelp) Render() app.UI {
	q, p := h.Q, h.Page
	if q.Kind == engine.KindFact {
		return app.P().Class("help").Text(q.Why)
	}
	var m markup
	m.open("div")
	m.open("details").elem("summary", "Why it matters").elem("p", q.Why).close("details")
	m.open("details").elem("summary", "Evidence an auditor expects").elem("p", q.Evidence).close("details")
	m.open("details").elem("summary", "How to fix it").elem("p", q.Remediation).close("details")
	isoOverlap(&m, crosswalkFor(h.FW), q.Criteria)
	m.close("div")
	note := h.Note
	return app.Div().Class("question-help").Body(
		m.ui(),
		// Open is not bound to the note: clearing it while typing would fold it away.
		&fold{Class: "question-note", Title: noteSummary(note), Content: func() []app.UI {
			return []app.UI{app.Div().Class("field").Body(
				app.Label().For("note-"+q.ID).Text("Note (for you and your team; included in the report)"),
				app.Textarea().ID("note-"+q.ID).Rows(2).MaxLength(2000).Text(note).Attr("value", note).
					OnInput(p.onNote).OnChange(p.onSaveNow),
			)}
		}},
	)
}
