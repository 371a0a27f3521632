package ui

import "testing"

// TestAreaName: score tables name a category once (issue 11: "security
// Security", "availability Availability": the old rule printed the id
// before any title that differed from it).
func TestAreaName(t *testing.T) {
	for _, tc := range []struct{ id, title, want string }{
		{"security", "Security", "Security"},
		{"availability", "Availability", "Availability"},
		{"processing-integrity", "Processing integrity", "Processing integrity"},
		{"CC6", "Logical and physical access", "CC6 Logical and physical access"},
		{"CC6.1", "Access security", "CC6.1 Access security"},
		{"CC6.1", "", "CC6.1"},
		{"PI1", "PI1", "PI1"},
	} {
		if got := areaName(tc.id, tc.title); got != tc.want {
			t.Errorf("areaName(%q, %q) = %q, want %q", tc.id, tc.title, got, tc.want)
		}
	}
}
