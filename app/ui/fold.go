package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// The results and the shared view run to tens of thousands of pixels on a
// phone when everything is open. They are given structure: the summary
// first, a list of the sections to jump to, the first gaps shown and the
// rest folded, and the long reference sections folded behind their heading.

// gapsShown is how many gaps a list shows before folding the rest.
const gapsShown = 10

// foldedList is an ordered list of n items showing the first gapsShown; the
// others are in a <details> that continues the numbering.
func foldedList(class string, n int, item func(i int) app.UI, more string) app.UI {
	first := min(n, gapsShown)
	items := make([]app.UI, first)
	for i := range first {
		items[i] = item(i)
	}
	if n <= first {
		return app.Ol().Class(class).Body(items...)
	}
	return app.Div().Body(
		app.Ol().Class(class).Body(items...),
		&fold{Class: "fold-more", Title: more + " (" + itoa(n-first) + ")", Content: func() []app.UI {
			rest := make([]app.UI, 0, n-first)
			for i := first; i < n; i++ {
				rest = append(rest, item(i))
			}
			return []app.UI{app.Ol().Class(class).Attr("start", first+1).Body(rest...)}
		}},
	)
}

// foldSection is a card whose body opens from its heading.
func foldSection(id, title string, content func() []app.UI) app.UI {
	return &fold{ID: "fold-" + id, Class: "card fold", Title: title, HeadingID: id, Content: content}
}

// jumpLink is one entry of a page's contents.
type jumpLink struct{ Target, Label string }

// pageContents lists the sections of a long page. The links scroll in the
// page without touching the URL, whose fragment names the assessment.
func pageContents(links ...jumpLink) app.UI {
	items := make([]app.UI, len(links))
	for i, l := range links {
		items[i] = app.Li().Body(app.A().Href("#"+l.Target).DataSet("target", l.Target).Text(l.Label).OnClick(onJump))
	}
	return app.Nav().Class("page-contents").Aria("label", "On this page").Body(
		app.H2().Class("contents-title").Text("On this page"),
		app.Ul().Body(items...),
	)
}

func onJump(ctx app.Context, e app.Event) {
	e.PreventDefault()
	id := ctx.JSSrc().Get("dataset").Get("target").String()
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return
	}
	if fold := el.Call("closest", "details"); fold.Truthy() {
		fold.Set("open", true)
	}
	el.Call("setAttribute", "tabindex", "-1")
	el.Call("scrollIntoView", map[string]any{"block": "start"})
	el.Call("focus", map[string]any{"preventScroll": true})
}

// fold is a <details> whose content is drawn only once it is open. Most of
// the results page is folded (83% of its elements), and drawing what nobody
// opened made the page slow to start on a phone. Open draws it open (the
// printed report); the user's toggles are kept as the element's own state.
//
// Content is a function so that nothing is built while the fold is closed;
// go-app sees a new function on every draw of the parent, so an open fold
// always shows what the parent has now.
type fold struct {
	app.Compo
	ID        string // the <details> id, "" for none
	Class     string
	Title     string // the summary's text
	HeadingID string // when set, the title is a section heading: <h2 id=HeadingID>
	Open      bool
	Content   func() []app.UI

	opened bool // the user opened it
}

func (f *fold) Render() app.UI {
	open := f.Open || f.opened
	var title app.UI = app.Text(f.Title)
	if f.HeadingID != "" {
		title = app.H2().ID(f.HeadingID).Text(f.Title)
	}
	body := []app.UI{app.Summary().Body(title)}
	if open && f.Content != nil {
		body = append(body, f.Content()...)
	}
	return app.Details().ID(f.ID).Class(f.Class).Open(open).OnToggle(f.onToggle).Body(body...)
}

func (f *fold) onToggle(ctx app.Context, e app.Event) {
	f.opened = ctx.JSSrc().Get("open").Bool()
}
