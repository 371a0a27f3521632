package ui

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// markup writes static HTML for app.Raw. go-app builds each element through
// several JavaScript calls (create, every attribute, every text, and a Go
// finalizer for each JavaScript value), which made the long tables (answers,
// gaps, scores) the slowest thing to draw on a phone; a Raw subtree is one
// call. Use it only for content without event handlers of its own: links
// still work, go-app handles them for the whole page, and an element go-app
// draws around the markup may handle its clicks (sectionNav does).
//
// Text and attribute values are escaped; tags and attribute names are the
// caller's constants.
type markup struct{ b strings.Builder }

// open writes <tag name="value"…>; attrs are name, value pairs.
func (m *markup) open(tag string, attrs ...string) *markup {
	m.b.WriteByte('<')
	m.b.WriteString(tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		m.b.WriteByte(' ')
		m.b.WriteString(attrs[i])
		m.b.WriteString(`="`)
		m.b.WriteString(html.EscapeString(attrs[i+1]))
		m.b.WriteByte('"')
	}
	m.b.WriteByte('>')
	return m
}

func (m *markup) close(tag string) *markup {
	m.b.WriteString("</")
	m.b.WriteString(tag)
	m.b.WriteByte('>')
	return m
}

// text writes escaped text.
func (m *markup) text(s string) *markup {
	m.b.WriteString(html.EscapeString(s))
	return m
}

// elem writes <tag attrs…>text</tag>.
func (m *markup) elem(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// userText writes text the user typed as userText (bidi.go) draws it.
func (m *markup) userText(s string) *markup {
	return m.elem("span", cleanBidi(s), "dir", "auto")
}

// ui is the markup as one go-app node: it must have a single root element.
func (m *markup) ui() app.UI { return app.Raw(m.b.String()) }

// scrollableMarkup opens what scrollable (controls.go) draws around a table;
// close it with m.close("div").
func (m *markup) openScrollable(label string) *markup {
	return m.open("div", "class", "table-scroll", "tabindex", "0", "role", "region", "aria-label", label+" (table)")
}
