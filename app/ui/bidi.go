package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Text that someone else typed (a requester's name, an assessment or
// organization name, a message) may hold right-to-left control characters.
// One left open (an override with no closing mark) reverses the app's own
// words around it: "Acme‮ asks for your SOC readiness" read "Acme ssenidaer
// COS ruoy rof sksa". Such text is shown with its unpaired controls removed
// and isolated from the words around it: in an isolating element where the
// text is a node of its own (a span with dir=auto), between FSI and PDI marks where it is part of a
// sentence, an attribute or a title.

// Explicit bidi controls: embeddings and overrides close with PDF, isolates
// with PDI.
const (
	lre, rle, pdf, lro, rlo = '\u202A', '\u202B', '\u202C', '\u202D', '\u202E'
	lri, rli, fsi, pdi      = '\u2066', '\u2067', '\u2068', '\u2069'
)

// cleanBidi removes every bidi control that is not closed (or closes
// nothing), keeping the pairs the text uses properly.
func cleanBidi(s string) string {
	if !strings.ContainsFunc(s, isBidiControl) {
		return s
	}
	r := []rune(s)
	keep := make([]bool, len(r))
	type open struct {
		at      int
		isolate bool
	}
	var stack []open
	for i, c := range r {
		switch {
		case !isBidiControl(c):
			keep[i] = true
		case c == lre || c == rle || c == lro || c == rlo:
			stack = append(stack, open{i, false})
		case c == lri || c == rli || c == fsi:
			stack = append(stack, open{i, true})
		case c == pdf:
			if n := len(stack); n > 0 && !stack[n-1].isolate {
				keep[stack[n-1].at], keep[i] = true, true
				stack = stack[:n-1]
			}
		case c == pdi:
			// A PDI closes its isolate and any embedding left open inside it.
			for n := len(stack); n > 0; n = len(stack) {
				top := stack[n-1]
				stack = stack[:n-1]
				if top.isolate {
					keep[top.at], keep[i] = true, true
					break
				}
			}
		}
	}
	var b strings.Builder
	for i, c := range r {
		if keep[i] {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isBidiControl(c rune) bool {
	return c >= lre && c <= rlo || c >= lri && c <= pdi
}

// isolate is s, cleaned, between first-strong isolate marks: for text that
// is part of a sentence, an attribute or a title.
func isolate(s string) string { return string(fsi) + cleanBidi(s) + string(pdi) }

// userText is s, cleaned, in a span with dir="auto", which browsers
// isolate like <bdi> (unicode-bidi: isolate) at no cost in wasm size: go-app's
// HTMLBdi type would link all its methods.
func userText(s string) app.UI { return app.Span().Dir("auto").Text(cleanBidi(s)) }
