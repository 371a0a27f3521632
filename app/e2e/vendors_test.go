package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestVendorReviews is the buyer's side: a request link with requirements,
// three vendors answering it each in their own browser, the buyer adding the
// three results to its vendor reviews and comparing them, then one vendor
// improving and the buyer seeing what changed, after a reload and offline.
//
// The expected figures are worked out by hand from the answers (SOC 2 Type
// II, Security; every fact yes, every maturity question the same answer):
//   - operating with evidence: design 100, operating 100, readiness 100; no
//     blocker; CC6.1 designed: met. 3 of 3.
//   - in place and documented: design credit 1, operating credit 0.5, so
//     design 100, operating 50, readiness 75 (≥ 60: met); every key control
//     has operating credit below 1, so there are blockers (not met); CC6.1
//     designed: met. 2 of 3.
//   - planned: design 25, operating 0, readiness 12 (12.5 shown rounded
//     down): not met; blockers: not met; CC6.1 designed: not met. 0 of 3.
func TestVendorReviews(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	buyer := NewBrowser(t)

	must(t, buyer.Do(chromedp.Navigate(site.URL("/request")), WaitMounted(),
		WaitJS(`!!document.querySelector("#req-min")`, 20*time.Second),
		chromedp.SendKeys(chromedp.CSS(`#req-from`), "Acme vendor security"),
		chromedp.SendKeys(chromedp.CSS(`#req-min`), "60"),
		chromedp.SendKeys(chromedp.CSS(`#req-designed`), "CC6.1"),
		chromedp.SendKeys(chromedp.CSS(`#req-blockers`), "0"),
		Click(chromedp.CSS(`#make-request`)),
		WaitJS(`/\/view#s=/.test(document.querySelector("#request-link")?.value ?? "")`, 10*time.Second)))
	requestLink := mustEval[string](t, buyer, `document.querySelector("#request-link").value`)
	t.Logf("request link with requirements: %d characters", len(requestLink))

	vendors := []struct {
		choice, readiness, met string
	}{
		{"operating", "100%", "Meets 3 of 3 requirements"},
		{"documented", "75%", "Meets 2 of 3 requirements"},
		{"planned", "12%", "Meets 0 of 3 requirements"},
	}
	links := make([]string, len(vendors))
	var improver *Browser
	var improverAssess string
	for i, v := range vendors {
		br := NewBrowser(t)
		must(t, br.Do(chromedp.Navigate(requestLink), WaitMounted(),
			WaitJS(`!!document.querySelector("#start-request") && !!document.querySelector("#view-req-reqs")`, 20*time.Second)))
		if got := mustEval[string](t, br, `document.querySelector("#view-req-reqs").textContent`); !strings.Contains(got, "CC6.1 designed") || !strings.Contains(got, "at least 60%") {
			t.Fatalf("vendor %d: requirements on the request %q", i, got)
		}
		must(t, br.Do(Click(chromedp.CSS("#start-request")),
			WaitJS(`location.pathname === "/scope" && !!document.querySelector("#scope-reqs")`, 20*time.Second),
			chromedp.SendKeys(chromedp.CSS("#a-org"), "Vendor "+string(rune('A'+i))),
			Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
			WaitJS(`!!document.querySelector("article.question")`, 20*time.Second)))
		assess := mustEval[string](t, br, `location.href`)
		answerAllWithClicks(t, br, v.choice)
		must(t, br.Do(Click(chromedp.CSS(`a[href*="/results"].button-primary`)),
			WaitJS(`!!document.querySelector("#make-link") && !!document.querySelector("#results-reqs-h")`, 20*time.Second),
			Click(chromedp.CSS("#make-link")),
			WaitJS(`/\/view#s=/.test(document.querySelector("#share-link")?.value ?? "")`, 10*time.Second)))
		if got := mustEval[string](t, br, `document.querySelector("#sum-readiness").textContent`); got != v.readiness {
			t.Errorf("vendor %d (%s): readiness %q, worked out %q", i, v.choice, got, v.readiness)
		}
		if got := mustEval[string](t, br, `document.querySelector("#results-reqs-h").textContent`); got != v.met {
			t.Errorf("vendor %d (%s): %q, worked out %q", i, v.choice, got, v.met)
		}
		links[i] = mustEval[string](t, br, `document.querySelector("#share-link").value`)
		t.Logf("vendor %d results link: %d characters", i, len(links[i]))
		if i == 2 {
			improver, improverAssess = br, assess
			// The vendor keeps a milestone of where it stands.
			must(t, br.Do(chromedp.SendKeys(chromedp.CSS("#milestone-label"), "First answers"),
				Click(chromedp.CSS("#save-milestone")),
				WaitJS(`/Milestone “First answers” saved/.test(document.querySelector(".milestones").textContent)`, 10*time.Second)))
		}
	}

	// The buyer opens each link: judged against its own copy, as the vendor saw it.
	for i, link := range links {
		must(t, buyer.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(link), WaitMounted(),
			WaitJS(`!!document.querySelector("#add-review") && !!document.querySelector("#view-reqs-h")`, 20*time.Second)))
		if got := mustEval[string](t, buyer, `document.querySelector("#view-reqs-h").textContent`); got != vendors[i].met {
			t.Errorf("buyer, vendor %d: %q, vendor saw %q", i, got, vendors[i].met)
		}
		if n := mustEval[int](t, buyer, `document.querySelectorAll("#reqs-differ, #reqs-unverified").length`); n != 0 {
			t.Errorf("vendor %d: the buyer's copy was not used", i)
		}
		must(t, buyer.Do(Click(chromedp.CSS("#add-review")),
			WaitJS(`/Added/.test(document.querySelector("main").textContent)`, 10*time.Second)))
	}

	must(t, buyer.Do(chromedp.Navigate(site.URL("/reviews")), WaitMounted(),
		WaitJS(`document.querySelectorAll(".review").length === 3`, 20*time.Second)))
	met := mustEval[string](t, buyer, `[...document.querySelectorAll(".review .review-met")].map(e => e.textContent).join("|")`)
	if met != "3 of 3|2 of 3|0 of 3" {
		t.Errorf("requirements met in the list: %q", met)
	}
	// Compare by keyboard: Tab to each vendor's checkbox and press Space.
	for i := 0; i < 3; i++ {
		TabTo(t, buyer, `el.type === "checkbox" && !el.checked`, 80)
		Press(t, buyer, " ")
	}
	must(t, buyer.Do(WaitJS(`document.querySelectorAll("#compare-table thead th").length === 4`, 10*time.Second)))
	rows := mustEval[string](t, buyer, `[...document.querySelectorAll("#compare-table tbody tr")].filter(r => /Requirements: |Scores: Readiness/.test(r.textContent)).map(r => [...r.cells].map(c => c.textContent.replace(/ \(.*\)/, "")).join(";")).join("|")`)
	for _, want := range []string{
		"Scores: Readiness;100%;75%;12%",
		"Requirements: Overall readiness of at least 60%;Met;Met;Not met",
		"Requirements: CC6.1 designed;Met;Met;Not met",
		"Requirements: No blockers;Met;Not met;Not met",
	} {
		if !strings.Contains(rows, want) {
			t.Errorf("comparison lacks %q:\n%s", want, rows)
		}
	}
	checkAxe(t, buyer, "/reviews (comparison)")

	// The third vendor improves and sends a new link.
	must(t, improver.Do(chromedp.Navigate(improverAssess), WaitMounted(),
		WaitJS(`!!document.querySelector("article.question")`, 20*time.Second)))
	answerAllWithClicks(t, improver, "operating")
	must(t, improver.Do(Click(chromedp.CSS(`a[href*="/results"].button-primary`)),
		WaitJS(`!!document.querySelector("#make-link")`, 20*time.Second),
		Click(chromedp.CSS("#make-link")),
		WaitJS(`/\/view#s=/.test(document.querySelector("#share-link")?.value ?? "")`, 10*time.Second)))
	newer := mustEval[string](t, improver, `document.querySelector("#share-link").value`)
	// Its own milestones: the trend and what changed since the first answers.
	must(t, improver.Do(WaitJS(`document.querySelectorAll("#milestone-table tbody tr").length === 2 && !!document.querySelector("#trend path")`, 10*time.Second)))
	if got := mustEval[string](t, improver, `document.querySelector("#milestone-changes").textContent`); !strings.Contains(got, "Overall readiness: up 88 points, 12% → 100%") {
		t.Errorf("milestone changes: %q", got)
	}
	checkAxe(t, improver, "/results (milestones)")
	must(t, buyer.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(newer), WaitMounted(),
		WaitJS(`!!document.querySelector("#add-review")`, 20*time.Second),
		Click(chromedp.CSS("#add-review")),
		WaitJS(`/Added to the history/.test(document.querySelector("main").textContent)`, 10*time.Second),
		chromedp.Navigate(site.URL("/reviews")), WaitMounted(),
		WaitJS(`document.querySelectorAll(".review").length === 3 && !!document.querySelector(".review-history")`, 20*time.Second)))
	changes := mustEval[string](t, buyer, `document.querySelector(".review-history").textContent`)
	for _, want := range []string{"Overall readiness: up 88 points, 12% → 100%", "Now met: No blockers", "gaps closed"} {
		if !strings.Contains(changes, want) {
			t.Errorf("what changed lacks %q: %s", want, changes)
		}
	}

	// Still there after a reload, and offline.
	must(t, buyer.Do(chromedp.Reload(), WaitMounted(),
		WaitJS(`document.querySelectorAll(".review").length === 3 && !!document.querySelector(".review-history")`, 20*time.Second)))
	must(t, buyer.Do(WaitServiceWorker(), WaitPrecached(PrecacheList(t, b.Dist))))
	site.Stop()
	must(t, buyer.Do(chromedp.Reload(), WaitMounted(),
		WaitJS(`document.querySelectorAll(".review").length === 3`, 30*time.Second)))

	// Delete with undo.
	must(t, buyer.Do(Click(chromedp.CSS(`.review .button-danger`)),
		WaitJS(`document.querySelectorAll(".review").length === 2 && !!document.querySelector("#undo-review")`, 10*time.Second)))
	must(t, buyer.Do(Click(chromedp.CSS("#undo-review")),
		WaitJS(`document.querySelectorAll(".review").length === 3`, 10*time.Second)))

	if out := buyer.RequestsOutside(site.Origin); len(out) > 0 {
		t.Errorf("requests left the origin: %v", out)
	}
	if errs := buyer.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
