package ui

import (
	"net/url"
	"testing"
)

// TestAssessmentInFragment: a damaged "#a=" link is reported, never taken
// for "no assessment named" (issue 11: /assess#a=%ZZ% opened the most recent
// assessment without a word, because the unescaped fragment "a=%ZZ%" failed
// to parse and read as empty).
func TestAssessmentInFragment(t *testing.T) {
	for _, tc := range []struct {
		addr  string
		id    string
		named bool
	}{
		{"/assess", "", false},
		{"/assess#", "", false},
		{"/assess#a=0123abcd", "0123abcd", true},
		{"/assess#a=0123abcd&q=cc6-mfa", "0123abcd", true},
		{"/assess#a=%25ZZ%25", "", true}, // what app.js makes of #a=%ZZ%
		{"/assess#a=%ZZ%", "", true},
		{"/assess#a=", "", true},
		{"/assess#a=Robert'); DROP", "", true},
		{"/assess#q=cc6-mfa", "", true},
	} {
		u, err := url.Parse(tc.addr)
		if err != nil {
			// The browser keeps such an address; go-app's URL is built
			// from the sanitised one (app/appjs.go).
			u = &url.URL{Path: "/assess", Fragment: "a=%ZZ%"}
		}
		id, named := assessmentInFragment(u)
		if id != tc.id || named != tc.named {
			t.Errorf("%s: got %q %v, want %q %v", tc.addr, id, named, tc.id, tc.named)
		}
	}
}
