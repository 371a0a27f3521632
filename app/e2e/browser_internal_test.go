package e2e

import "testing"

func TestIsBrowserService(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://accounts.google.com:443", true},
		{"http://update.googleapis.com/service/update2/json?cup2key=x", true},
		{"http://clients2.google.com/time/1/current?x", true},
		{"https://fonts.googleapis.com:443", false},
		{"http://update.googleapis.com/other", false},
		{"https://accounts.google.com.evil.example:443", false},
		{"http://127.0.0.1:1234/", false},
	}
	for _, tt := range tests {
		if got := isBrowserService(tt.url); got != tt.want {
			t.Errorf("isBrowserService(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestSameOrigin(t *testing.T) {
	const o = "http://127.0.0.1:4000"
	tests := []struct {
		url  string
		want bool
	}{
		{o, true},
		{o + "/web/app.wasm", true},
		{"http://127.0.0.1:40001/x", false},
		{"http://127.0.0.1:4000.evil/x", false},
		{"https://127.0.0.1:4000/", false},
	}
	for _, tt := range tests {
		if got := sameOrigin(tt.url, o); got != tt.want {
			t.Errorf("sameOrigin(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}
