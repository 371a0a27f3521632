package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/internal/benchseed"
)

// TestPrintWhileDrawing: the browser's own print command (Ctrl+P, the menu)
// prints the whole report even while its parts are still coming. The
// browser lays the page out for print right after its beforeprint event, so
// the report must be whole when that event's handler returns. The event is
// sent from inside the page at moments no polling could catch: as the app
// mounts (the assessment not read yet), and as the cover, the first of the
// report's parts, appears.
func TestPrintWhileDrawing(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	seed, err := benchseed.Make()
	must(t, err)
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/manifest.webmanifest"))))
	mustEval[bool](t, br, seed.StorageJS())
	for _, moment := range []struct{ name, ready string }{
		{"as the app mounts", `document.documentElement.dataset.mounted === "true"`},
		{"as the cover appears", `!!document.querySelector(".report-cover")`},
	} {
		t.Run(moment.name, func(t *testing.T) {
			script, err := chromedp.Call(br.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
				window.socreadyPrinted = null;
				new MutationObserver((_, mo) => {
					if (!(` + moment.ready + `)) return;
					mo.disconnect();
					const before = document.querySelectorAll(".part").length;
					dispatchEvent(new Event("beforeprint"));
					window.socreadyPrinted = {
						before,
						parts: document.querySelectorAll(".part").length,
						coming: !!document.querySelector(".parts-coming"),
						loading: !!document.querySelector(".loading"),
					};
				}).observe(document, {subtree: true, childList: true, attributes: true});`})
			must(t, err)
			defer chromedp.Call(br.Ctx, page.RemoveScriptToEvaluateOnNewDocument, page.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: script.Identifier})
			// The manifest, opened to seed the storage, has no icon: the
			// browser's request for /favicon.ico is not the report's.
			must(t, br.Do(chromedp.Navigate("about:blank"), chromedp.Sleep(200*time.Millisecond)))
			br.ClearLogs()
			must(t, br.Do(chromedp.Navigate(site.URL(seed.Path("/report"))), WaitMounted(),
				WaitJS(`window.socreadyPrinted !== null`, 20*time.Second)))
			got := mustEval[map[string]any](t, br, `window.socreadyPrinted`)
			if got["before"].(float64) >= reportParts {
				t.Fatalf("the report was whole before the print command (%v parts): the test did not catch it drawing", got["before"])
			}
			if got["parts"].(float64) != reportParts || got["coming"] == true || got["loading"] == true {
				t.Errorf("the print command found %v of %d parts on screen (more coming: %v, loading: %v), want the whole report", got["parts"], reportParts, got["coming"], got["loading"])
			}
			// The parts planned before the print add nothing twice.
			must(t, br.Do(WaitDrawn(), chromedp.Sleep(300*time.Millisecond)))
			if n := mustEval[int](t, br, `document.querySelectorAll(".part").length`); n != reportParts {
				t.Errorf("%d parts on screen once drawn, want %d", n, reportParts)
			}
			if errs := br.ConsoleErrors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}
}

// reportParts is how many parts the report is drawn in (app/ui's
// reportParts).
const reportParts = 8
