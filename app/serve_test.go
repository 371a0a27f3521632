//go:build !wasm

package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestServe checks `make run`'s server: go-app's handler with our config.
func TestServe(t *testing.T) {
	cfg, err := readBuild(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	h, err := withPatchedAppJS(newHandler(cfg))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(withCSP(h))
	defer srv.Close()

	tests := []struct {
		path     string
		status   int
		contains string
	}{
		{"/", http.StatusOK, ">How ready are you for your SOC audit?</h1>"},
		{"/scope", http.StatusOK, ">Scope your assessment</h1>"},
		{"/assess", http.StatusOK, ">Questionnaire</h1>"},
		{"/results", http.StatusOK, ">Results</h1>"},
		{"/report", http.StatusOK, ">Readiness report</h1>"},
		{"/view", http.StatusOK, ">Shared assessment</h1>"},
		{"/request", http.StatusOK, ">Request an assessment from a vendor</h1>"},
		{"/manifest.webmanifest", http.StatusOK, `"name":"SOC Ready"`},
		{"/app-worker.js", http.StatusOK, cfg.Version},
		{"/app.js", http.StatusOK, "goappStartAfterPaint();"},
		{"/no-such-page", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		res, err := http.Get(srv.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != tt.status {
			t.Errorf("%s: status %d, want %d", tt.path, res.StatusCode, tt.status)
		}
		if !strings.Contains(string(body), tt.contains) {
			t.Errorf("%s: body lacks %q", tt.path, tt.contains)
		}
		if csp := res.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "default-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP header %q", tt.path, csp)
		}
	}
}

func TestRunArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"unknown command", []string{"deploy"}, 2, "unknown command"},
		{"base without dist", []string{"-base", "/x"}, 2, "-base needs -dist"},
		{"bad flag", []string{"-nope"}, 2, "flag provided but not defined"},
		{"preview of nothing", []string{"preview", "-dir", "/nonexistent"}, 1, "not a static build"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tt.args, &out, &errOut); code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if !strings.Contains(errOut.String(), tt.err) {
				t.Errorf("stderr %q lacks %q", errOut.String(), tt.err)
			}
		})
	}
}
