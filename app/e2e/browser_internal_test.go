package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

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

// TestLoadBuildsTakesTheDistGiven: a benchmark of another build names it in
// SOCREADY_DIST alone. LoadBuilds used to build and measure the working
// tree's dist instead, unless SOCREADY_DIST_SUB was set too; and
// SOCREADY_DIST_SUB alone must not be dropped either.
func TestLoadBuildsTakesTheDistGiven(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOCREADY_DIST", dir)
	t.Setenv("SOCREADY_DIST_SUB", "")
	b, err := loadBuilds()
	if err != nil {
		t.Fatal(err)
	}
	if b.Dist != dir || b.Sub != "" {
		t.Errorf("loadBuilds() = dist %q, sub %q; want dist %q and no sub", b.Dist, b.Sub, dir)
	}

	t.Setenv("SOCREADY_DIST", "")
	t.Setenv("SOCREADY_DIST_SUB", dir)
	if b, err := loadBuilds(); err == nil {
		t.Errorf("SOCREADY_DIST_SUB alone: loadBuilds() = %+v, want an error", b)
	}
}
