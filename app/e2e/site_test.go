package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/ui"
)

// hosting is one way the static site is hosted.
type hosting struct {
	name string
	dir  string
	base string
}

func hostings(t *testing.T) []hosting {
	b := LoadBuilds(t)
	if b.Sub == "" {
		t.Fatal("SOCREADY_DIST is set without SOCREADY_DIST_SUB, the build for a sub-path (make e2e sets both)")
	}
	return []hosting{
		{name: "root", dir: b.Dist, base: ""},
		{name: "subpath", dir: b.Sub, base: b.SubBase},
	}
}

// TestSite walks a new visitor through the app, at the domain root and
// under a sub-path: every page mounts without console errors, no request
// leaves the origin, the service worker takes control and precaches the
// app, in-app links keep the sub-path, and with the server stopped a
// reload still renders and starts the app.
func TestSite(t *testing.T) {
	for _, h := range hostings(t) {
		t.Run(h.name, func(t *testing.T) {
			site := StartSite(t, h.dir, h.base)
			br := NewBrowser(t)
			precache := PrecacheList(t, h.dir)

			t.Run("pages mount", func(t *testing.T) {
				for _, p := range ui.Pages() {
					if err := br.Do(chromedp.Navigate(site.URL(p.Path)), WaitMounted()); err != nil {
						t.Fatalf("%s: %v", p.Path, err)
					}
					if !mustEval[bool](t, br, `performance.getEntriesByName("wasm-compiled-in-worker").length === 1`) {
						t.Errorf("%s: app.wasm was not compiled in the worker (app/appjs.go)", p.Path)
					}
					h1 := mustEval[string](t, br, `document.querySelector("main#main h1")?.textContent.trim() ?? ""`)
					title := mustEval[string](t, br, `document.title`)
					if h1 == "" || !strings.Contains(title, ui.ProductName) {
						t.Errorf("%s: h1 %q, title %q", p.Path, h1, title)
					}
				}
			})

			t.Run("service worker takes control", func(t *testing.T) {
				if err := br.Do(WaitServiceWorker(), WaitPrecached(precache)); err != nil {
					t.Fatal(err)
				}
			})

			t.Run("links keep the base path", func(t *testing.T) {
				if err := br.Do(chromedp.Navigate(site.URL("/")), WaitMounted()); err != nil {
					t.Fatal(err)
				}
				// The nav is re-rendered by the wasm: its hrefs come from ui.Path.
				href := mustEval[string](t, br, `document.querySelector('.site-nav a[href$="/results"]')?.getAttribute("href") ?? ""`)
				if want := h.base + "/results"; href != want {
					t.Fatalf("results link href = %q, want %q", href, want)
				}
				if home := mustEval[string](t, br, `document.querySelector(".brand").getAttribute("href")`); home != h.base+"/" {
					t.Errorf("home link href = %q, want %q", home, h.base+"/")
				}
				if err := br.Do(
					Click(chromedp.CSS(`.site-nav a[href$="/results"]`)),
					WaitJS(`location.pathname === "`+h.base+`/results" && document.querySelector("main h1")?.textContent === "Results"`, 10e9),
				); err != nil {
					t.Fatal(err)
				}
				current := mustEval[string](t, br, `document.querySelector('.site-nav a[aria-current="page"]')?.textContent ?? ""`)
				if current != "Results" {
					t.Errorf("aria-current on %q, want Results", current)
				}
			})

			t.Run("no console errors", func(t *testing.T) {
				if errs := br.ConsoleErrors(); len(errs) > 0 {
					t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
				}
			})

			t.Run("no request leaves the origin", func(t *testing.T) {
				// Both records must have seen the app's own traffic, or the
				// check below proves nothing.
				reqs, page := br.Requests(), br.PageRequests()
				if !contains(reqs, site.URL("/web/app.wasm")) || !contains(reqs, site.URL("/app-worker.js")) {
					t.Fatalf("the proxy missed the app's own requests: %q", reqs)
				}
				// app.wasm is fetched by the compile worker, which only the
				// proxy sees; the page itself loads the worker script.
				if !contains(page, site.URL("/web/compile-worker.js")) {
					t.Fatalf("the page's network events missed its own requests: %q", page)
				}
				if out := br.RequestsOutside(site.Origin); len(out) > 0 {
					t.Errorf("requests to other origins: %q", out)
				}
			})

			t.Run("offline reload", func(t *testing.T) {
				site.Stop()
				br.ClearLogs()
				if err := br.Do(chromedp.Reload(), WaitMounted()); err != nil {
					t.Fatalf("reload with the server stopped: %v", err)
				}
				for _, p := range []string{"/assess", "/"} {
					if err := br.Do(chromedp.Navigate(site.URL(p)), WaitMounted()); err != nil {
						t.Fatalf("%s with the server stopped: %v", p, err)
					}
					if h1 := mustEval[string](t, br, `document.querySelector("main h1")?.textContent ?? ""`); h1 == "" {
						t.Errorf("%s offline: no heading", p)
					}
				}
			})
		})
	}
}

// TestReadableBeforeWasm loads every page with JavaScript off, as the
// browser first paints it: the pre-rendered content must be there and not
// hidden behind go-app's loading screen.
func TestReadableBeforeWasm(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	if _, err := chromedp.Call(br.Ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	for _, p := range ui.Pages() {
		if err := br.Do(chromedp.Navigate(site.URL(p.Path))); err != nil {
			t.Fatalf("%s: %v", p.Path, err)
		}
		// The element at the heading's centre must be the heading itself.
		visible := mustEval[bool](t, br, `(() => {
			const h = document.querySelector("main#main h1");
			if (!h) return false;
			const r = h.getBoundingClientRect();
			return r.height > 0 && h.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
		})()`)
		if !visible {
			t.Errorf("%s: the pre-rendered heading is missing or covered", p.Path)
		}
		loaderHeight := mustEval[float64](t, br, `document.getElementById("app-wasm-loader")?.getBoundingClientRect().height ?? 0`)
		if loaderHeight > 80 {
			t.Errorf("%s: the wasm loader is %.0f px tall; it should be a small status line", p.Path, loaderHeight)
		}
	}
}

func mustEval[T any](t *testing.T, br *Browser, expr string) T {
	t.Helper()
	v, err := Eval[T](br, expr)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// TestOfflineNeedsTheServiceWorker is the control for the offline check:
// with the service worker and its caches removed, the same reload must
// fail, so TestSite's offline pass does come from the precache.
func TestOfflineNeedsTheServiceWorker(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	if err := br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(), WaitServiceWorker()); err != nil {
		t.Fatal(err)
	}
	if _, err := Eval[bool](br, `(async () => {
		for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
		for (const k of await caches.keys()) await caches.delete(k);
		return true;
	})()`); err != nil {
		t.Fatal(err)
	}
	site.Stop()
	err := br.Do(chromedp.Navigate(site.URL("/assess")), WaitJS(`document.documentElement.dataset.mounted === "true"`, 5e9))
	if err == nil {
		t.Fatal("the app started offline without its service worker: the offline test cannot tell")
	}
}
