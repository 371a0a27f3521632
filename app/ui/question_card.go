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

	synced *engine.Question // the question the radios were last set for
}

var (
	_ app.Mounter = (*questionCard)(nil)
	_ app.Updater = (*questionCard)(nil)
)

func (c *questionCard) OnMount(ctx app.Context) { c.synced = c.Q }

// OnUpdate runs when the card is given another question or answer. go-app
// reuses a card for another question (the next section, or a gate answer
// that inserts questions above it), and it only touches what its own last
// render changed, but the browser changed some things itself:
//   - a radio is checked the moment it is clicked, so a click made faster
//     than go-app draws could still show on the question that took its place;
//   - help panels the user opened would stay open on the new question.
//
// So after the render, a newly shown question's radios are set from its
// answer, which is the truth, and its help panels are closed.
func (c *questionCard) OnUpdate(ctx app.Context) {
	if c.Q == c.synced {
		return
	}
	c.synced = c.Q
	ctx.Defer(func(app.Context) {
		card := app.Window().GetElementByID("q-" + c.Q.ID)
		if !card.Truthy() {
			return
		}
		radios := card.Call("querySelectorAll", `input[type="radio"]`)
		for i := 0; i < radios.Length(); i++ {
			r := radios.Index(i)
			r.Set("checked", r.Get("value").String() == c.Ans.Choice.String())
		}
		open := card.Call("querySelectorAll", "details[open]")
		for i := 0; i < open.Length(); i++ {
			open.Index(i).Set("open", false)
		}
	})
}

// onChoice handles a radio of the answer scale. When the asked questions
// stay the same, only this card (go-app redraws the event's component) and
// the counts are redrawn; otherwise go-app redraws the whole page.
func (c *questionCard) onChoice(ctx app.Context, e app.Event) {
	// go-app's window click listener looks for a link around every click,
	// reading each ancestor's tag through syscall/js; a radio has none. The
	// handler runs before the browser's event goes on, so this spares it.
	e.Call("stopPropagation")
	p := c.Page
	before := p.sections()
	id, changed := p.choose(ctx)
	if !changed || id != c.Q.ID || id == engine.CollectsDirectlyFact || !sameQuestions(before, p.sections()) {
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
	name := "ans-" + q.ID
	var choices []engine.Choice
	if q.Kind == engine.KindFact {
		choices = []engine.Choice{engine.Yes, engine.No}
	} else {
		choices = answerScale
	}
	tags := strings.Join(q.Criteria, ", ")
	if q.Key {
		tags = strings.TrimPrefix(tags+" · Key control", " · ")
	}
	if q.Test == engine.TestOperation {
		tags = strings.TrimPrefix(tags+" · Type II: operation over the period", " · ")
	}
	if req := requiredText(p.a.Request, q); req != "" {
		tags = strings.TrimPrefix(tags+" · "+req, " · ")
	}
	cls := "question"
	if isAnswered(q, ans) {
		cls += " question-answered"
	}
	return app.Article().Class(cls).ID("q-"+q.ID).TabIndex(-1).Body(
		app.FieldSet().Body(
			app.Legend().Body(
				app.If(tags != "", func() app.UI { return app.Span().Class("question-tags").Text(tags) }),
				app.Span().Class("question-text").Text(q.Text),
			),
			app.Div().Class("choices").Body(app.Range(choices).Slice(func(i int) app.UI {
				ch := choices[i]
				return app.Label().Class("choice").Body(
					app.Input().Type("radio").Name(name).ID(name+"-"+ch.String()).Value(ch.String()).
						Checked(ans.Choice == ch).OnClick(c.onChoice), // on click: see radio
					app.Span().Text(ch.Label()),
				)
			})),
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

// questionHelp is a question's help panels and note, or a fact's short
// explanation. It is a component so that an answer, which redraws the card,
// skips it: its fields stay the same.
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
	return app.Div().Class("question-help").Body(
		app.Details().Body(app.Summary().Text("Why it matters"), app.P().Text(q.Why)),
		app.Details().Body(app.Summary().Text("Evidence an auditor expects"), app.P().Text(q.Evidence)),
		app.Details().Body(app.Summary().Text("How to fix it"), app.P().Text(q.Remediation)),
		isoOverlap(crosswalkFor(h.FW), q.Criteria),
		app.Details().Body( // not bound to the note: clearing it while typing would fold it away
			app.Summary().Text(noteSummary(h.Note)),
			app.Div().Class("field").Body(
				app.Label().For("note-"+q.ID).Text("Note (for you and your team; included in the report)"),
				app.Textarea().ID("note-"+q.ID).Rows(2).MaxLength(2000).Text(h.Note).Attr("value", h.Note).
					OnInput(p.onNote).OnChange(p.onSaveNow),
			),
		),
	)
}
