package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/ui"
)

// warmUpReport runs web/compile-worker.js from the page as app/appjs.go
// does, with the report on, and returns what the stub window lacked and
// whether the app said its first render was mounted.
func warmUpReport(t *testing.T, br *Browser, site *Site, path string, without []string) (missing []string, done bool) {
	t.Helper()
	quoted := make([]string, len(without))
	for i, w := range without {
		quoted[i] = strconvQuote(w)
	}
	js := `new Promise((resolve) => {
		const w = new Worker(` + strconvQuote(site.URL("/web/compile-worker.js")) + `);
		w.onmessage = (e) => {
			if (typeof e.data === "string") { w.terminate(); resolve({ missing: ["compile: " + e.data], done: false }); }
			else if (!(e.data instanceof WebAssembly.Module)) { w.terminate(); resolve(e.data); }
		};
		w.onerror = (e) => resolve({ missing: ["worker: " + e.message], done: false });
		w.postMessage({
			wasm: ` + strconvQuote(site.URL("/web/app.wasm")) + `,
			execJS: document.querySelector('script[src$="wasm_exec.js"]').src,
			stubJS: ` + strconvQuote(site.URL("/web/warmup-stub.js")) + `,
			href: ` + strconvQuote(site.URL(path)) + `,
			report: true,
			limitMs: 30000,
			without: [` + strings.Join(quoted, ",") + `],
		});
	})`
	type report struct {
		Missing []string `json:"missing"`
		Done    bool     `json:"done"`
	}
	res, err := Eval[report](br, js)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return res.Missing, res.Done
}

// TestWarmUpStubCoversStartUp runs the app's start-up on every page in the
// compile worker against the stub window (web/warmup-stub.js): every window
// property go-app and the app read must be in the stub, and the first
// render must be mounted there. A gap would otherwise only make the warm-up
// stop early, silently.
func TestWarmUpStubCoversStartUp(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted()))
	for _, p := range ui.Pages() {
		missing, done := warmUpReport(t, br, site, p.Path, nil)
		if len(missing) > 0 {
			t.Errorf("%s: the warm-up stub lacks %q: add them to web/warmup-stub.js", p.Path, missing)
		}
		if !done {
			t.Errorf("%s: the warm-up run did not mount the page", p.Path)
		}
	}

	// The control: a property taken out of the stub is reported.
	missing, _ := warmUpReport(t, br, site, "/", []string{"goappGetenv"})
	if !contains(missing, "window.goappGetenv") {
		t.Errorf("without goappGetenv the stub reported %q: the check above proves nothing", missing)
	}
}
