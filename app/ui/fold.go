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
	rest := make([]app.UI, 0, n-first)
	for i := first; i < n; i++ {
		rest = append(rest, item(i))
	}
	return app.Div().Body(
		app.Ol().Class(class).Body(items...),
		app.Details().Class("fold-more").Body(
			app.Summary().Text(more+" ("+itoa(n-first)+")"),
			app.Ol().Class(class).Attr("start", first+1).Body(rest...),
		),
	)
}

// foldSection is a card whose body opens from its heading.
func foldSection(id, title string, body ...app.UI) app.UI {
	return app.Details().Class("card fold").ID("fold-" + id).Body(
		append([]app.UI{app.Summary().Body(app.H2().ID(id).Text(title))}, body...)...,
	)
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
