package ui

import "testing"

// The tests run natively, so Path takes its server branch: the server's
// resolver adds the sub-path itself.
func TestPathOnServer(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/", "/./"},
		{"results", "/results"},
		{"/assess", "/assess"},
	}
	for _, tt := range tests {
		if got := Path(tt.in); got != tt.want {
			t.Errorf("Path(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
