package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// radio is one labelled radio button; the label wraps the input so the whole
// line is a click target and the control is announced with its text.
//
// Radios report a choice on click, not on change. The browser fires a click
// for a mouse click, Space and each arrow key, and the handler reads the
// radio's value, which never changes. A change event can be lost: when arrow
// keys come faster than go-app draws, go-app may apply a pending render in
// the middle of the key's events, unchecking the radio the key just checked,
// and its change event then never fires (see TestFastArrowKeys).
func radio(name, value, label string, checked bool, onChoose app.EventHandler) app.UI {
	return app.Label().Class("choice").Body(
		app.Input().Type("radio").Name(name).Value(value).Checked(checked).OnClick(onChoose),
		app.Span().Text(label),
	)
}

// yesNo is a fieldset asking a yes/no question.
func yesNo(id, legend, help string, yes, no bool, onYes, onNo app.EventHandler) app.UI {
	return app.FieldSet().Class("yes-no").ID("f-"+id).Body(
		app.Legend().Text(legend),
		app.If(help != "", func() app.UI { return app.P().Class("help").Text(help) }),
		app.Div().Class("choices choices-inline").Body(
			radio(id, "yes", "Yes", yes, onYes),
			radio(id, "no", "No", no, onNo),
		),
	)
}

// textField is a labelled single-line input.
func textField(id, label, value, placeholder string, onInput app.EventHandler) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Input().Type("text").ID(id).Value(value).Placeholder(placeholder).
			MaxLength(200).AutoComplete(false).OnInput(onInput),
	)
}

// percentText formats a score that may be missing.
func percentText(v float64, has bool) string {
	if !has {
		return "No score"
	}
	return itoa(percent(v)) + "%"
}

// scrollable wraps a wide table so that, on a narrow screen, it scrolls
// inside its own region instead of widening the page. The region is
// focusable and labelled so keyboard users can scroll it too.
func scrollable(label string, table app.UI) app.UI {
	return app.Div().Class("table-scroll").TabIndex(0).Role("region").Aria("label", label+" (table)").Body(table)
}

// liveMessage is a polite live region holding one message, styled as an
// error when failed.
func liveMessage(msg string, failed bool) app.UI {
	return app.Div().Aria("live", "polite").Body(
		app.If(msg != "", func() app.UI {
			cls := "notice"
			if failed {
				cls += " notice-error"
			}
			return app.P().Class(cls).Text(msg)
		}),
	)
}

// linkResult shows a built link (read-only, with its length), a copy button
// and, when it is short enough to scan, its QR code.
func linkResult(id, label, link, qr, qrCaption string, onCopy app.EventHandler) app.UI {
	return app.Div().Class("share-result").Body(
		app.Div().Class("field").Body(
			app.Label().For(id).Text(label+" ("+itoa(len(link))+" characters)"),
			app.Input().Type("text").ID(id).ReadOnly(true).Value(link),
		),
		app.Button().Type("button").Class("button").Text("Copy link").OnClick(onCopy),
		app.If(qr != "", func() app.UI {
			// The SVG is drawn by share.QRSVG from numbers and an escaped title only.
			return app.Figure().Class("qr").Body(app.Raw(qr), app.FigCaption().Text(qrCaption))
		}),
	)
}
