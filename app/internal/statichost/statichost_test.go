package statichost

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestHandler(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":           "home",
		"results.html":         "results",
		"web/app.wasm":         "raw wasm",
		"web/app.wasm.br":      "br wasm",
		"web/app.wasm.gz":      "gz wasm",
		"web/icon.svg":         "<svg/>",
		"app.js":               "js",
		"docs/index.html":      "docs",
		"manifest.webmanifest": "{}",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, base, path, accept string
		status                   int
		body, ctype, encoding    string
		location                 string
	}{
		{name: "root index", path: "/", status: 200, body: "home", ctype: "text/html; charset=utf-8"},
		{name: "page without extension", path: "/results", status: 200, body: "results"},
		{name: "directory index", path: "/docs", status: 200, body: "docs"},
		{name: "brotli when accepted", path: "/web/app.wasm", accept: "gzip, deflate, br", status: 200, body: "br wasm", ctype: "application/wasm", encoding: "br"},
		{name: "gzip when br is not", path: "/web/app.wasm", accept: "gzip", status: 200, body: "gz wasm", encoding: "gzip"},
		{name: "br refused with q=0", path: "/web/app.wasm", accept: "br;q=0, gzip", status: 200, body: "gz wasm", encoding: "gzip"},
		{name: "raw otherwise", path: "/web/app.wasm", status: 200, body: "raw wasm", ctype: "application/wasm"},
		{name: "manifest type", path: "/manifest.webmanifest", status: 200, ctype: "application/manifest+json", body: "{}"},
		{name: "missing", path: "/nope", status: 404},
		{name: "no escape", path: "/../../etc/passwd", status: 404},
		{name: "sub-path page", base: "/socready", path: "/socready/results", status: 200, body: "results"},
		{name: "sub-path root", base: "/socready", path: "/socready/", status: 200, body: "home"},
		{name: "sub-path without slash", base: "/socready", path: "/socready", status: 301, location: "/socready/"},
		{name: "outside the sub-path", base: "/socready", path: "/results", status: 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, tt.path, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			Handler(dir, tt.base).ServeHTTP(rec, req)
			res := rec.Result()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tt.status)
			}
			if tt.body != "" && string(body) != tt.body {
				t.Errorf("body %q, want %q", body, tt.body)
			}
			if tt.ctype != "" && res.Header.Get("Content-Type") != tt.ctype {
				t.Errorf("Content-Type %q, want %q", res.Header.Get("Content-Type"), tt.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tt.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tt.encoding)
			}
			if tt.location != "" && res.Header.Get("Location") != tt.location {
				t.Errorf("Location %q, want %q", res.Header.Get("Location"), tt.location)
			}
		})
	}
}

func TestMethodNotAllowed(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler(t.TempDir(), "").ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", rec.Code)
	}
}
