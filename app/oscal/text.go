package oscal

import (
	"encoding/json"
	"strings"
)

// line makes s fit an OSCAL single-line field (markup-line, string): runs of
// whitespace, newlines included, become one space, and the ends are trimmed.
// An empty result becomes alt.
func line(s, alt string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return alt
	}
	return s
}

// textProp holds free text in a property: the value is the text on one line
// (what other tools show), and, when that changed anything, the remarks keep
// the exact text for Import.
func textProp(name, s string) prop {
	p := prop{Name: name, NS: NS, Value: line(s, "(empty)")}
	if p.Value != s {
		p.Remarks = s
	}
	return p
}

// text reads back a textProp.
func (p prop) text() string {
	if p.Remarks != "" || p.Value == "(empty)" {
		return p.Remarks
	}
	return p.Value
}

func ours(name, value string) prop { return prop{Name: name, NS: NS, Value: value} }

// marshal writes a document the same way every time: indented, ending in a
// newline, without HTML escaping (notes may hold < and &).
func marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(b.String()), nil
}
