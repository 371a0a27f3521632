package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Pages find the assessment they show in the URL fragment: "#a=<id>", with
// "&q=<question id>" to open one question. The fragment never reaches a
// server, keeps reloads working offline (the service worker matches the path
// only), and its "a=" prefix never matches an element id, so go-app does not
// scroll to it.
func fragmentValues(ctx app.Context) url.Values {
	v, _ := url.ParseQuery(strings.TrimPrefix(ctx.Page().URL().Fragment, "#"))
	return v
}

// assessmentURL is the in-app link to page p for assessment id, optionally
// opening question q.
func assessmentURL(p, id, q string) string {
	v := url.Values{"a": {id}}
	if q != "" {
		v.Set("q", q)
	}
	return Path(p) + "#" + v.Encode()
}

// focusPageTitle moves keyboard and screen-reader focus to the page's <h1>
// after a navigation, so the new page is announced from its top.
func focusPageTitle(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		if h := app.Window().GetElementByID("page-title"); h.Truthy() {
			h.Call("focus", map[string]any{"preventScroll": false})
		}
	})
}

// focusElement focuses the element with id once the DOM is updated.
func focusElement(ctx app.Context, id string) {
	ctx.Defer(func(ctx app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("scrollIntoView", map[string]any{"block": "center"})
			el.Call("focus")
		}
	})
}
