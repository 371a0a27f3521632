package ui

import (
	"strings"
	"testing"
)

// TestCleanBidi: unpaired controls go, pairs stay (issue 11: a requester's
// name ending in an unclosed right-to-left override reversed the heading
// around it; nothing removed or isolated it).
func TestCleanBidi(t *testing.T) {
	for in, want := range map[string]string{
		"Acme":                           "Acme",
		"Acme\u202E":                     "Acme",
		"\u202Eemca":                     "emca",
		"a\u202Bשלום\u202C b":            "a\u202Bשלום\u202C b",
		"a\u2067שלום\u2069 b":            "a\u2067שלום\u2069 b",
		"a\u2067x\u202Ey\u2069":          "a\u2067xy\u2069",
		"\u202C\u2069stray closers":      "stray closers",
		"\u2066\u202Anested\u202C\u2069": "\u2066\u202Anested\u202C\u2069",
	} {
		if got := cleanBidi(in); got != want {
			t.Errorf("cleanBidi(%q) = %q, want %q", in, got, want)
		}
	}
	if got := isolate("Acme\u202E") + " asks"; got != "\u2068Acme\u2069 asks" || strings.ContainsRune(got, rlo) {
		t.Errorf("isolate = %q", got)
	}
}
