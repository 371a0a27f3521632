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
	v, _ := parseFragment(ctx.Page().URL())
	return v
}

// parseFragment reads the fragment as it is in the address, still escaped:
// URL.Fragment is already unescaped, so "#a=%25ZZ" became "a=%ZZ", which
// ParseQuery skipped, and a damaged link opened the most recent assessment
// instead of saying so. ok is false when the fragment cannot be read.
func parseFragment(u *url.URL) (v url.Values, ok bool) {
	v, err := url.ParseQuery(strings.TrimPrefix(u.EscapedFragment(), "#"))
	return v, err == nil
}

// assessmentInFragment is the assessment id a page's address names. named
// is false when the fragment is empty (the header's links: continue with the
// most recent one); an id that is not one SOC Ready makes, or a fragment
// that cannot be read, gives named true and id "".
func assessmentInFragment(u *url.URL) (id string, named bool) {
	raw := strings.TrimPrefix(u.EscapedFragment(), "#")
	if raw == "" {
		return "", false
	}
	v, ok := parseFragment(u)
	id = v.Get("a")
	if !ok || !validID(id) {
		return "", true
	}
	return id, true
}

// validID reports whether id could be one the workspace made (store's
// random ids are hex; older or test ids are short lowercase words).
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// msgDamagedLink is shown when a page's address names no readable assessment.
const msgDamagedLink = "This link to an assessment is damaged (part of it is missing or changed), so it was not opened. Open the assessment from your saved assessments, or ask for the link again."

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
// after a navigation, so the new page is announced from its top. It runs
// right after the page is drawn, in the same task: moved to the next
// animation frame it cost the questionnaire 7 Lighthouse points (a second
// long task for the same layout).
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
