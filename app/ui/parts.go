package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The results and the report draw a saved assessment in parts, one part per
// browser task: drawing the whole results page in the task that opened it
// blocked a phone's main thread for most of a second (0.75 s at 4× CPU),
// while each part takes a few milliseconds. The first part (the summary) is
// drawn with the data; each next part follows in a task of its own, so
// input and painting can run in between. The questionnaire's cards, the
// home page's list and the request form are paced the same way.

// partPause separates two parts: any timer ends the task, and a short one
// lets the browser paint and handle input before the next part.
const partPause = time.Millisecond

// A partsDrawer draws part i of its page.
type partsDrawer interface {
	drawPart(i int) []app.UI
}

// part is one part of a page. go-app draws a child component again only
// when its fields change, or on an event inside it. So a part on screen
// costs nothing when the page adds the next one, or redraws for an event in
// another part; Version is the editor's, so every part is drawn again when
// the assessment is rescored. A part must therefore draw only from the
// assessment and from state that events inside that part change.
type part struct {
	app.Compo
	Of      partsDrawer
	Index   int
	Version int
}

func (c *part) Render() app.UI { return app.Div().Class("part").Body(c.Of.drawPart(c.Index)...) }

// parts paces the drawing of a page's parts.
type parts struct {
	shown int // parts on screen
	n     int // parts in all
	// run counts the runs started; a step of an earlier run does nothing.
	// A run is active until its last part is on screen.
	run    int
	active bool
	steps  []func(app.Context) // the steps of the run still due
	// afterFirst runs once the first part is on screen: moving the focus
	// into it, for one.
	afterFirst func(app.Context)
	// added, when set, runs as each part after the first is added, in
	// place of go-app's redraw of the whole page: to redraw only the
	// component the parts are in.
	added func(app.Context)
}

// onScreen lists the parts on screen out of n, drawn from the assessment's
// version. Call it from Render.
func (s *parts) onScreen(of partsDrawer, n, version int) []app.UI {
	out := make([]app.UI, 0, min(s.shown, n)+1)
	for i := range min(s.shown, n) {
		out = append(out, &part{Of: of, Index: i, Version: version})
	}
	if s.shown < n {
		out = append(out, app.Div().Class("parts-coming")) // see app.css
	}
	return out
}

// open runs each step (loading the data, then preparing what the parts
// draw from), then shows the parts one by one, out of n: each step and each
// part in a task of its own. ctx must be the page's own context.
func (s *parts) open(ctx app.Context, n int, steps ...func(app.Context)) {
	s.start(0, n)
	s.next(ctx, s.run, steps)
}

// follow shows parts 2 to n one by one, each in a task of its own: the
// first was drawn with the data.
func (s *parts) follow(ctx app.Context, n int) {
	s.start(1, n)
	s.next(ctx, s.run, nil)
}

func (s *parts) start(shown, n int) {
	s.cancel()
	revealing++
	s.run++
	s.active = true
	s.shown, s.n = shown, n
	markDrawn(false)
}

// cancel ends the run under way, if any, with every part counted as shown:
// the page was left, or opened again.
func (s *parts) cancel() {
	s.shown = s.n
	if s.active {
		s.active = false
		s.run++
		revealDone()
	}
}

func (s *parts) next(ctx app.Context, run int, steps []func(app.Context)) {
	if run != s.run {
		return
	}
	s.steps = steps
	if len(steps) == 0 && s.shown >= s.n {
		s.active = false
		markDrawn(true)
		revealDone()
		return
	}
	ctx.After(partPause, func(ctx app.Context) {
		if run != s.run {
			return
		}
		if len(steps) > 0 {
			steps[0](ctx)
			s.next(ctx, run, steps[1:])
			return
		}
		s.shown++
		if s.shown == 1 && s.afterFirst != nil {
			s.afterFirst(ctx)
		}
		if s.shown > 1 && s.added != nil {
			s.added(ctx)
		}
		s.next(ctx, run, nil)
	})
}

// finish runs at once the steps still due and counts every part as shown,
// for the redraw that the caller's event or dispatch brings. The browser
// prints what is on screen when its print command is chosen (Ctrl+P), not
// what the next tasks would add. It does nothing once every part is on
// screen. ctx must be the page's own context.
func (s *parts) finish(ctx app.Context) {
	if !s.active {
		return
	}
	steps, first := s.steps, s.shown == 0
	s.cancel() // the tasks still planned for this run do nothing
	for _, step := range steps {
		step(ctx)
	}
	if first && s.afterFirst != nil {
		s.afterFirst(ctx)
	}
	markDrawn(true)
}

// drawing reports whether no part is on screen yet: the page still shows
// what it showed while loading.
func (s *parts) drawing() bool { return s.shown == 0 }

// revealAll shows every part at once: another section of the
// questionnaire, for one.
func (s *parts) revealAll() { s.shown = s.n }

// all reports whether every part is on screen.
func (s *parts) all() bool { return s.shown >= s.n }

// revealing counts the pages still adding parts. The warm-up (warmup.go)
// waits for them: their code is start-up code too.
var revealing int

func revealDone() {
	if revealing > 0 {
		revealing--
	}
	if revealing == 0 && warmingUp() {
		warmUpDone()
	}
}

// markDrawn sets data-drawn on <html> once every part of the page is on
// screen, and removes it while parts are coming: tests wait for it.
func markDrawn(drawn bool) {
	if warmingUp() {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	if drawn {
		root.Call("setAttribute", "data-drawn", "true")
	} else {
		root.Call("removeAttribute", "data-drawn")
	}
}
