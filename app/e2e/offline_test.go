package e2e

import (
	"net/http"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// offlineReady waits until the footer says the app is ready offline.
func offlineReady() chromedp.Action[chromedp.Void] {
	return WaitJS(`/Ready to work offline/.test(document.querySelector("#offline-status")?.textContent ?? "")`, 60*time.Second)
}

// withoutPageFiles answers 404 for every page path but the root, as
// python3 -m http.server or a bare bucket does for /assess (the file is
// assess.html).
func withoutPageFiles(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p := r.URL.Path; p != "/" && path.Ext(p) == "" {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// TestOfflineOnPlainHost is defect 8: on a host that does not serve /assess,
// go-app's all-or-nothing precache kept nothing and the app never worked
// offline, silently. Now the worker caches what it can, says when the app is
// ready offline, and serves a page's navigation from the start page.
func TestOfflineOnPlainHost(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSiteWith(t, b.Dist, "", withoutPageFiles)
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(), WaitServiceWorker(), offlineReady()))
	site.Stop()
	for _, p := range []string{"/assess", "/results", "/"} {
		must(t, br.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(site.URL(p)), WaitMounted()))
		if got := mustEval[string](t, br, `location.pathname`); got != p {
			t.Errorf("offline %s: at %s", p, got)
		}
		if h1 := mustEval[string](t, br, `document.querySelector("main h1")?.textContent ?? ""`); h1 == "" {
			t.Errorf("offline %s: no heading", p)
		}
	}
}

// TestOfflineInstallFailsVisibly: when a file the app needs cannot be
// cached, the install fails (the browser retries on the next visit) and the
// page says the app is not ready offline. go-app's worker logged the error
// in the worker and reported nothing.
func TestOfflineInstallFailsVisibly(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSiteWith(t, b.Dist, "", func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/web/icon-512.png") {
				http.Error(w, "gone", http.StatusServiceUnavailable)
				return
			}
			h.ServeHTTP(w, r)
		})
	})
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		WaitJS(`/could not be saved for offline use/.test(document.querySelector("#offline-status")?.textContent ?? "")`, 60*time.Second)))
	msg := mustEval[string](t, br, `document.querySelector("#offline-status").textContent`)
	if !strings.Contains(msg, "icon-512.png") || !strings.Contains(msg, "reload") {
		t.Errorf("message %q: want the file and what to do", msg)
	}
	if mustEval[bool](t, br, `navigator.serviceWorker.controller !== null`) {
		t.Error("a worker whose install failed controls the page")
	}
}
