//go:build !wasm

package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/internal/pwa"
)

// TestPatchWorkerJS runs the patch on this go-app version's service worker
// and checks what the generated app-worker.js does. Against go-app's own
// worker (issue 11) it fails: no waitUntil, cache.addAll, no shell fallback.
func TestPatchWorkerJS(t *testing.T) {
	cfg, err := readBuild(testWeb(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"", "/socready"} {
		cfg.Base = base
		h, err := withPatchedWorker(newHandler(cfg))
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(h)
		res, err := http.Get(srv.URL + "/app-worker.js")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		srv.Close()
		js := string(b)
		for _, want := range []string{
			"event.waitUntil(socreadyInstall());",
			"Promise.allSettled(resourcesToCache.map(",
			"throw error; // the install fails",
			`if (request.mode !== "navigate")`,
			"socreadyShell(await caches.open(cacheName))",
			`state: "ready"`,
			"self.addEventListener(\"push\"", // go-app's notifications are kept
		} {
			if !strings.Contains(js, want) {
				t.Errorf("base %q: app-worker.js lacks %q", base, want)
			}
		}
		for _, gone := range []string{"cache.addAll(", `addEventListener("install", async`} {
			if strings.Contains(js, gone) {
				t.Errorf("base %q: app-worker.js still has go-app's %q", base, gone)
			}
		}
		urls, err := pwa.PrecacheURLs(b)
		if err != nil || len(urls) < 5 {
			t.Errorf("base %q: precache list %v, %v", base, urls, err)
		}
	}
}

// TestPatchWorkerJSFailsLoudly: a go-app whose worker changed stops the build.
func TestPatchWorkerJSFailsLoudly(t *testing.T) {
	for _, js := range []string{
		"",
		strings.Replace(app.DefaultAppWorkerJS, "await cache.addAll(resourcesToCache);", "await cache.addAll(list);", 1),
		strings.Replace(app.DefaultAppWorkerJS, "return await fetch(request);", "return fetch(request);", 1),
	} {
		if _, err := patchWorkerJS(js); err == nil {
			t.Errorf("patched a worker it does not know:\n%.200s", js)
		}
	}
	if _, err := patchWorkerJS(app.DefaultAppWorkerJS); err != nil {
		t.Fatal(err)
	}
}
