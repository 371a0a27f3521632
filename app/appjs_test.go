//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestPatchAppJS runs the patch on the app.js this go-app version writes.
func TestPatchAppJS(t *testing.T) {
	cfg, err := readBuild(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"", "/socready"} {
		cfg.Base = base
		srv := httptest.NewServer(newHandler(cfg))
		res, err := http.Get(srv.URL + "/app.js")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		srv.Close()

		js, err := patchAppJS(string(b))
		if err != nil {
			t.Fatalf("base %q: %v", base, err)
		}
		for _, want := range []string{
			"\ngoappStartAfterPaint();\n",
			`const instance = await goappInstantiate("` + base + `/web/app.wasm", go.importObject);`,
			"go.run(instance);",
			"function goappCompileInWorker(",
			"goappServiceWorkerRegistration.update().catch(() => {});",
			"\ngoappSanitizeHash();\n",
		} {
			if !strings.Contains(js, want) {
				t.Errorf("base %q: patched app.js lacks %q", base, want)
			}
		}
		if strings.Contains(js, "\ngoappInitWebAssembly();\n") || strings.Contains(js, "fetchWithProgress(\"") {
			t.Errorf("base %q: go-app's eager start or progress pipe is still called", base)
		}
	}
}

func TestPatchAppJSRejectsUnknownScripts(t *testing.T) {
	tests := []string{
		"",
		"goappInitWebAssembly();\n", // no loading code
		"goappInitWebAssembly();\ngoappInitWebAssembly();\n", // twice
	}
	for _, js := range tests {
		if _, err := patchAppJS(js); err == nil {
			t.Errorf("patchAppJS(%q) succeeded", js)
		}
	}
}
