package ui

import "testing"

// TestPassphraseProblem: Open with an empty (or blank) passphrase says so
// (issue 11: it did nothing; passphraseProblem did not exist, and the empty
// passphrase went to share.Decode as "none given").
func TestPassphraseProblem(t *testing.T) {
	for pass, want := range map[string]string{"": msgEmptyPassphrase, "   ": msgEmptyPassphrase, "correct horse": ""} {
		if got := passphraseProblem(pass); got != want {
			t.Errorf("%q: got %q, want %q", pass, got, want)
		}
	}
}
