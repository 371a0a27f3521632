//go:build !wasm

package main

import (
	"io"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
)

// The handler turns on the go-app patch the wasm is built with: the name it
// passes in app.js's environment is the one the patch reads.
func TestDrawWhenIdleIsOn(t *testing.T) {
	patch, err := os.ReadFile("internal/goapppatch/draw-when-idle.patch")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(patch), `+	drawWhenIdle := Getenv("`+drawWhenIdleEnv+`") != ""`) {
		t.Fatalf("draw-when-idle.patch does not read %s", drawWhenIdleEnv)
	}
	cfg, err := readBuild(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	h, err := withPatchedAppJS(newHandler(cfg))
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	js, _ := io.ReadAll(rec.Result().Body)
	if !strings.Contains(string(js), `"`+drawWhenIdleEnv+`":"1"`) {
		t.Errorf("app.js does not set %s", drawWhenIdleEnv)
	}
}
