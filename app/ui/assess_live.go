package ui

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// An answer changes a handful of things on the questionnaire: its own card,
// the overall progress and score, and the section's count in the section
// list and under the section's title. go-app redraws the component an event
// came from and every component above it (Context.Dispatch marks the whole
// chain), which here is the page: its Render and the shell's, then a diff of
// every element and child component of the page. That took most of an
// answer's time on a slow phone.
//
// So a click on an answer that leaves the asked questions as they were
// redraws these parts alone (assessPage.drawAnswer), and so does the save
// that follows it (assessPage.assessSaved). Anything else, such as a gating
// answer or another section, redraws the page as before, and the page's render always redraws the whole questionnaire
// (questionnaire.Rev), so the parts never drift from the page's state.

// liveParts are the mounted components drawAnswer redraws or, for the
// section list, writes the new counts into (drawCounts). Each registers
// itself once mounted and removes itself when dismounted; go-app may replace a
// component by a new one, which then registers itself.
type liveParts struct {
	body     *questionnaire
	progress *progressPanel
	nav      *sectionNav
	count    *sectionCount
	cards    *sectionCards
}

// takeSlot is a live part's OnMount: it keeps the part's context in *keep
// and the part in *slot. go-app runs OnMount through Dispatch, which redraws
// the component and every component above it, the whole page, in the next
// frame; nothing changed, so that redraw is taken back. Without this, each
// part of the section's cards (sectionCards) redrew the page as it mounted.
func takeSlot[T any](slot **T, c *T, keep *app.Context, ctx app.Context) {
	*keep, *slot = ctx, c
	ctx.PreventUpdate()
}

// leaveSlot empties *slot if c still holds it: go-app may have mounted a
// new component in c's place first.
func leaveSlot[T any](slot **T, c *T) {
	if *slot == c {
		*slot = nil
	}
}

func (l *liveParts) ready() bool {
	return l.body != nil && l.progress != nil && l.nav != nil && l.count != nil && l.cards != nil
}

// redrawAlone marks the component of c for the next frame, and not the
// components above it: Dispatch marks the whole chain, then PreventUpdate
// from the component just above (parent) unmarks that component and those
// above it again.
func redrawAlone(c, parent app.Context) {
	c.Dispatch(func(app.Context) { parent.PreventUpdate() })
}

// questionnaire is the assess page's content below its title. It is a
// component so that drawAnswer has a component to stop go-app's redraw at:
// the progress panel, the section list and count, and the cards
// (sectionCards) are its direct child components.
type questionnaire struct {
	app.Compo

	Page *assessPage
	Rev  int // the page's render count: a page render redraws it whole

	ctx app.Context
}

func (q *questionnaire) OnMount(ctx app.Context) { takeSlot(&q.Page.live.body, q, &q.ctx, ctx) }

func (q *questionnaire) OnDismount() { leaveSlot(&q.Page.live.body, q) }

func (q *questionnaire) Render() app.UI {
	return app.Div().Class("questionnaire-body").Body(q.Page.renderQuestionnaire()...)
}

// sectionCards is the current section's question cards, then the buttons
// below them once every card is drawn. The page opens a section drawing its
// cards in parts (assessPage.cards), and each part redraws this alone.
type sectionCards struct {
	app.Compo

	Page *assessPage
	Rev  int // the page's render count: a page render redraws it

	ctx app.Context
}

func (c *sectionCards) OnMount(ctx app.Context) { takeSlot(&c.Page.live.cards, c, &c.ctx, ctx) }

func (c *sectionCards) OnDismount() { leaveSlot(&c.Page.live.cards, c) }

func (c *sectionCards) Render() app.UI {
	p := c.Page
	secs := p.sections()
	if p.section >= len(secs) {
		return app.Div()
	}
	all := secs[p.section].Questions
	shown := all[:p.cardsOnScreen(len(all))]
	return app.Div().Class("section-cards").Body(
		app.Range(shown).Slice(func(i int) app.UI {
			q := shown[i]
			return &questionCard{Q: q, Ans: p.a.Answers[q.ID], Page: p}
		}),
		app.If(len(shown) < len(all), func() app.UI {
			return app.Div().Class("parts-coming") // see app.css
		}).Else(func() app.UI { return p.renderSectionActions(secs) }),
	)
}

// navLink is what the section list shows of a section.
type navLink struct {
	Title           string
	Answered, Total int
}

// sectionNav is the list of sections, with how many of each section's
// questions are answered. The list is markup with one click listener for
// every button. A render replaces it whole; an answer changes the counts
// it moved in place (drawCounts).
type sectionNav struct {
	app.Compo

	Links   []navLink
	Current int
	Page    *assessPage // openSection, and drawAnswer

	ctx   app.Context // takeSlot's; nothing redraws the list alone
	drawn int         // the section the list on screen was drawn for
	rev   int         // renders: the markup differs at each, see drawCounts
}

var _ app.Updater = (*sectionNav)(nil)

func (n *sectionNav) OnMount(ctx app.Context) { takeSlot(&n.Page.live.nav, n, &n.ctx, ctx) }

func (n *sectionNav) OnDismount() { leaveSlot(&n.Page.live.nav, n) }

// OnUpdate keeps the keyboard focus on a section's button when the list is
// drawn again with other counts for the same section (an answer given in
// another tab): the markup that held the focus is replaced. Opening another
// section moves the focus to its title instead (openSection).
func (n *sectionNav) OnUpdate(ctx app.Context) {
	if n.Current != n.drawn {
		return
	}
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || !el.Call("matches", ".section-nav button[data-section]").Bool() {
		return
	}
	sel := `.section-nav button[data-section="` + el.Get("dataset").Get("section").String() + `"]`
	ctx.Defer(func(app.Context) {
		if b := app.Window().Get("document").Call("querySelector", sel); b.Truthy() {
			b.Call("focus", map[string]any{"preventScroll": true}) // where the user had scrolled
		}
	})
}

func (n *sectionNav) Render() app.UI {
	n.drawn = n.Current
	n.rev++
	var m markup
	m.open("ul", "data-rev", itoa(n.rev))
	for i, l := range n.Links {
		sectionLinkMarkup(&m, i, l, i == n.Current)
	}
	m.close("ul")
	return app.Nav().Class("section-nav").Aria("label", "Sections").OnClick(n.onClick).Body(m.ui())
}

// onClick opens the section of the button clicked, if any.
func (n *sectionNav) onClick(ctx app.Context, e app.Event) {
	b := e.Get("target").Call("closest", "button[data-section]")
	if !b.Truthy() {
		ctx.PreventUpdate()
		return
	}
	n.Page.openSection(atoi(b.Get("dataset").Get("section").String()))
}

// drawCounts shows links, which differ from the list on screen in their
// answered counts only, by rewriting the counts that changed: replacing the
// list's markup made each answer parse and lay out every button again. go-app
// still holds the markup of the last render, so each render writes a new
// revision (data-rev): otherwise a render back to that markup would leave
// these counts on screen.
func (n *sectionNav) drawCounts(links []navLink) {
	doc := app.Window().Get("document")
	for i, l := range links {
		if i < len(n.Links) && n.Links[i] == l {
			continue
		}
		b := doc.Call("querySelector", `.section-nav button[data-section="`+itoa(i)+`"]`)
		if !b.Truthy() {
			continue
		}
		var m markup
		sectionCountMarkup(&m, l)
		b.Call("querySelector", ".section-count").Set("innerHTML", m.b.String())
		b.Get("classList").Call("toggle", "section-done", l.Answered == l.Total)
	}
	n.Links = links
}

// navLinks is what the section list shows of secs.
func navLinks(secs []section) []navLink {
	links := make([]navLink, len(secs))
	for i, s := range secs {
		links[i] = navLink{Title: s.Title, Answered: s.Answered, Total: len(s.Questions)}
	}
	return links
}

// sectionCount says how many of the current section's questions are answered.
type sectionCount struct {
	app.Compo

	Answered, Total int
	Page            *assessPage // drawAnswer

	ctx app.Context
}

func (c *sectionCount) OnMount(ctx app.Context) { takeSlot(&c.Page.live.count, c, &c.ctx, ctx) }

func (c *sectionCount) OnDismount() { leaveSlot(&c.Page.live.count, c) }

func (c *sectionCount) Render() app.UI {
	return app.P().Class("section-progress").Text(itoa(c.Answered) + " of " + itoa(c.Total) + " answered in this section.")
}

// sameQuestions reports whether a and b ask the same questions in the same
// sections, whatever their answered counts.
func sameQuestions(a, b []section) bool {
	return slices.EqualFunc(a, b, func(x, y section) bool {
		return x.ID == y.ID && slices.Equal(x.Questions, y.Questions)
	})
}

// drawAnswer redraws, alone, what an answer changed: the progress panel and
// the section's count; it writes the section list's new counts in place. It
// must be called from the handler of a click in a question card, once the
// answer is rescored, and only when the asked questions are those of the last
// render (sameQuestions): go-app redraws the card itself. It reports false, leaving go-app to redraw the
// whole page, while a part is not mounted yet.
func (p *assessPage) drawAnswer() bool {
	l := &p.live
	secs := p.sections()
	if !l.ready() || p.section >= len(secs) {
		return false
	}
	l.cards.ctx.PreventUpdate() // and the components above the cards
	if pr := p.progress(); pr != l.progress.Progress {
		l.progress.Progress = pr
		redrawAlone(l.progress.ctx, l.body.ctx)
	}
	if links := navLinks(secs); !slices.Equal(links, l.nav.Links) {
		l.nav.drawCounts(links)
	}
	cur := secs[p.section]
	if cur.Answered != l.count.Answered || len(cur.Questions) != l.count.Total {
		l.count.Answered, l.count.Total = cur.Answered, len(cur.Questions)
		redrawAlone(l.count.ctx, l.body.ctx)
	}
	return true
}

// assessSaved redraws, alone, the progress panel, which shows the save status,
// after a timed save (editor.drawSaved): the timer's dispatch would redraw the
// whole page for it. ctx is the timer's context.
func (p *assessPage) assessSaved(ctx app.Context) {
	l := &p.live
	if !l.ready() {
		return
	}
	ctx.PreventUpdate()
	if st := p.saveState(); st != l.progress.Status {
		l.progress.Status = st
		redrawAlone(l.progress.ctx, l.body.ctx)
	}
}
