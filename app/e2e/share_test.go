package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// TestShareRoundTrip is the vendor-security exchange: a requester builds a
// link, a vendor opens it in another browser, answers, and sends back a
// results link; the requester opens it read-only, saves a copy, exports the
// JSON file and imports it again.
func TestShareRoundTrip(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	requester, vendor := NewBrowser(t), NewBrowser(t)

	// The requester presets SOC 2 Type II with Availability.
	must(t, requester.Do(chromedp.Navigate(site.URL("/request")), WaitMounted(),
		WaitJS(`!!document.querySelector('input[name="req-category"][value="availability"]')`, 20*time.Second),
		Click(chromedp.CSS(`input[name="req-category"][value="availability"]`)),
		chromedp.SendKeys(chromedp.CSS(`#req-from`), "Acme <script>alert(1)</script> security"),
		chromedp.SendKeys(chromedp.CSS(`#req-message`), "Please answer by Friday."),
		Click(chromedp.CSS(`#make-request`)),
		WaitJS(`/\/view#s=/.test(document.querySelector("#request-link")?.value ?? "")`, 10*time.Second)))
	requestLink := mustEval[string](t, requester, `document.querySelector("#request-link").value`)
	t.Logf("request link: %d characters", len(requestLink))

	// The vendor opens it, sees the request (markup shown as text), starts.
	must(t, vendor.Do(chromedp.Navigate(requestLink), WaitMounted(),
		WaitJS(`!!document.querySelector("#start-request")`, 20*time.Second)))
	if got := mustEval[string](t, vendor, `document.querySelector("#h-req").textContent`); !strings.Contains(got, "<script>") {
		t.Fatalf("requester name not shown as text: %q", got)
	}
	if n := mustEval[int](t, vendor, `document.querySelectorAll("main script").length`); n != 0 {
		t.Fatal("requester name was rendered as markup")
	}
	must(t, vendor.Do(Click(chromedp.CSS("#start-request")),
		WaitJS(`location.pathname === "/scope" && document.querySelector('input[value="availability"]')?.checked && document.querySelector('input[value="type2"]')?.checked`, 20*time.Second)))
	// The request stays with the assessment: who asked, and their message.
	if got := mustEval[string](t, vendor, `document.querySelector(".request-note")?.textContent ?? ""`); !strings.Contains(got, "Acme <script>") || !strings.Contains(got, "Please answer by Friday.") {
		t.Errorf("scope page request note %q", got)
	}

	// The vendor answers everything "in place and documented" and shares results.
	must(t, vendor.Do(Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
		WaitJS(`!!document.querySelector("article.question")`, 20*time.Second)))
	answerAllWithClicks(t, vendor, "documented")
	must(t, vendor.Do(Click(chromedp.CSS(`a[href*="/results"].button-primary`)),
		WaitJS(`!!document.querySelector("#make-link")`, 20*time.Second),
		Click(chromedp.CSS("#make-link")),
		WaitJS(`/\/view#s=/.test(document.querySelector("#share-link")?.value ?? "")`, 10*time.Second)))
	if got := mustEval[string](t, vendor, `document.querySelector(".request-note")?.textContent ?? ""`); !strings.Contains(got, "send them a results link") {
		t.Errorf("results page request note %q", got)
	}
	resultsLink := mustEval[string](t, vendor, `document.querySelector("#share-link").value`)
	vendorScore := mustEval[string](t, vendor, `document.querySelector("#sum-readiness").textContent`)
	t.Logf("results link: %d characters; QR shown: %v", len(resultsLink), mustEval[bool](t, vendor, `!!document.querySelector(".qr svg")`))

	// Copying reports either outcome (headless Chromium may refuse the clipboard).
	must(t, vendor.Do(Click(chromedp.Search(`//button[text()="Copy link"]`)),
		WaitJS(`/Link copied\.|Copying is not allowed here/.test(document.querySelector("#h-share").parentElement.textContent)`, 10*time.Second)))

	// A passphrase-protected link: a wrong passphrase is refused, the right one opens it.
	must(t, vendor.Do(chromedp.SendKeys(chromedp.CSS("#share-pass"), "correct horse"),
		Click(chromedp.CSS("#make-link")),
		WaitJS(`/\/view#s=/.test(document.querySelector("#share-link")?.value ?? "") && document.querySelector("#share-link").value !== `+strconv.Quote(resultsLink), 20*time.Second)))
	protected := mustEval[string](t, vendor, `document.querySelector("#share-link").value`)
	t.Logf("passphrase link: %d characters", len(protected))
	must(t, requester.Do(chromedp.Navigate(protected), WaitMounted(),
		WaitJS(`!!document.querySelector("#pass")`, 20*time.Second),
		chromedp.SendKeys(chromedp.CSS("#pass"), "wrong horse"+kb.Enter),
		WaitJS(`/does not open this link/.test(document.querySelector("#link-error")?.textContent ?? "")`, 20*time.Second)))
	must(t, requester.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(protected), WaitMounted(),
		WaitJS(`!!document.querySelector("#pass")`, 20*time.Second),
		chromedp.SendKeys(chromedp.CSS("#pass"), "correct horse"+kb.Enter),
		WaitJS(`!!document.querySelector("#save-copy")`, 20*time.Second)))
	if got := mustEval[string](t, requester, `document.querySelector("#sum-readiness").textContent`); got != vendorScore {
		t.Fatalf("protected link readiness %q, vendor saw %q", got, vendorScore)
	}

	// The requester opens it read-only, then saves a copy.
	must(t, requester.Do(chromedp.Navigate(resultsLink), WaitMounted(),
		WaitJS(`!!document.querySelector("#save-copy")`, 20*time.Second)))
	if got := mustEval[string](t, requester, `document.querySelector("#sum-readiness").textContent`); got != vendorScore {
		t.Fatalf("shared readiness %q, vendor saw %q", got, vendorScore)
	}
	if n := mustEval[int](t, requester, `document.querySelectorAll("main input[type=radio]").length`); n != 0 {
		t.Fatal("the shared view is editable")
	}
	must(t, requester.Do(Click(chromedp.CSS("#save-copy")),
		WaitJS(`location.pathname === "/results" && !!document.querySelector("#export-json")`, 20*time.Second)))

	// Export the JSON file, then import it back from the home page.
	dir := t.TempDir()
	_, err := chromedp.CallBrowser(requester.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	must(t, err)
	must(t, requester.Do(Click(chromedp.CSS("#export-json"))))
	file := waitForFile(t, dir, ".json")
	data, err := os.ReadFile(file)
	must(t, err)
	lib, err := engine.DefaultLibrary()
	must(t, err)
	f, err := share.Import(data, share.LookupFrom(lib))
	if err != nil {
		t.Fatalf("the exported file does not import natively: %v", err)
	}
	again, err := share.Export(f.Assessment, lib.Bank(f.Bank), f.ExportTime())
	must(t, err)
	if string(again) != string(data) {
		t.Fatal("export → import → export is not byte-identical")
	}
	must(t, requester.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		WaitJS(`document.querySelectorAll(".saved").length === 1`, 20*time.Second),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		WaitJS(`document.querySelectorAll(".saved").length === 2 && /Imported/.test(document.querySelector(".home-status").textContent)`, 20*time.Second)))

	for name, br := range map[string]*Browser{"requester": requester, "vendor": vendor} {
		if out := br.RequestsOutside(site.Origin); len(out) > 0 {
			t.Errorf("%s: requests left the origin: %v", name, out)
		}
		if errs := br.ConsoleErrors(); len(errs) > 0 {
			t.Errorf("%s: console errors: %v", name, errs)
		}
	}
}

// TestBadLinksAndFiles opens broken links and imports broken files: each
// gets a clear message, and the saved assessment is left exactly as it was.
func TestBadLinksAndFiles(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		Click(chromedp.CSS("#start")),
		WaitJS(`location.pathname === "/scope"`, 20*time.Second)))
	snapshot := `JSON.stringify(Object.keys(localStorage).filter(k => k.startsWith("socready.")).sort().map(k => [k, localStorage.getItem(k)]))`
	before := mustEval[string](t, br, snapshot)

	lib, err := engine.DefaultLibrary()
	must(t, err)
	bank := lib.Bank("soc2")
	a := engine.Assessment{ID: "x", Name: "Good", Bank: "soc2", BankVersion: bank.Version,
		Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}, Answers: engine.Answers{}}
	good, err := share.Encode(a, bank, share.Options{})
	must(t, err)
	flipped := []byte(good)
	if flipped[20] == 'A' {
		flipped[20] = 'B'
	} else {
		flipped[20] = 'A'
	}
	links := map[string]string{
		"truncated":  good[:len(good)-6],
		"flipped":    string(flipped),
		"not a link": "s=%%%%",
		"bad escape": "s=AB%zzCD",
		"huge":       "s=" + strings.Repeat("A", 300_000),
		"empty":      "",
	}
	for name, frag := range links {
		t.Run(name, func(t *testing.T) {
			// A full load each time: a fragment-only change would keep the
			// previous case's message on screen while the new one renders.
			must(t, br.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(site.URL("/view")+"#"+frag), WaitMounted(),
				WaitJS(`!!document.querySelector("#link-error")`, 20*time.Second)))
			msg := mustEval[string](t, br, `document.querySelector("#link-error").textContent`)
			if want := linkMessages[name]; !strings.Contains(msg, want) {
				t.Errorf("message %q does not say %q", msg, want)
			}
			t.Logf("%s → %s", name, msg)
		})
	}
	fileMessages := map[string]string{
		"not json.json":  "not JSON",
		"answers.csv":    "CSV file",
		"other.json":     "not a SOC Ready assessment export",
		"wrongtype.json": `"assessment.id" should be text`,
	}
	files := map[string]string{
		"not json.json":  "hello there",
		"answers.csv":    "\ufeffquestion_id,criteria\r\ncc1,CC1.1\r\n",
		"other.json":     `{"schema":"something.else","schema_version":1}`,
		"wrongtype.json": `{"schema":"socready.assessment","schema_version":1,"exported":"2026-01-01T00:00:00Z","bank":"soc2","bank_version":1,"assessment":{"id":5}}`,
	}
	dir := t.TempDir()
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(), WaitJS(`!!document.querySelector("#import-file")`, 20*time.Second)))
	for name, content := range files {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			must(t, os.WriteFile(p, []byte(content), 0o644))
			previous := mustEval[string](t, br, `document.querySelector(".home-status").textContent`)
			must(t, br.Do(chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{p}),
				WaitJS(`!!document.querySelector(".home-status .notice-error") && document.querySelector(".home-status").textContent !== `+strconv.Quote(previous), 10*time.Second)))
			msg := mustEval[string](t, br, `document.querySelector(".home-status").textContent`)
			if want := fileMessages[name]; !strings.Contains(msg, want) {
				t.Errorf("message %q does not say %q", msg, want)
			}
		})
	}
	if after := mustEval[string](t, br, snapshot); after != before {
		t.Fatalf("saved data changed:\nbefore %s\nafter  %s", before, after)
	}
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// answerAllWithClicks answers every asked question with one choice (yes for
// the yes/no questions), section by section.
// linkMessages is what each broken link must be told apart by.
var linkMessages = map[string]string{
	"truncated":  "cut off",
	"flipped":    "changed after it was made",
	"not a link": "holds characters a link never has",
	"bad escape": "holds characters a link never has",
	"huge":       "far longer than any SOC Ready link",
	"empty":      "nothing after its # sign",
}

func answerAllWithClicks(t *testing.T, br *Browser, choice string) {
	t.Helper()
	for i := 0; i < 200; i++ {
		more := mustEval[bool](t, br, `(() => {
			let clicked = false;
			for (const q of document.querySelectorAll("article.question")) {
				const pick = q.querySelector('input[value="`+choice+`"]') || q.querySelector('input[value="yes"]');
				if (!pick.checked) { pick.click(); clicked = true; }
			}
			if (clicked) return true;
			const next = [...document.querySelectorAll(".section-actions button")].find(b => b.textContent === "Next section");
			if (next) { next.click(); return true; }
			return false;
		})()`)
		if !more {
			break
		}
		must(t, br.Do(chromedp.Sleep(100*time.Millisecond)))
	}
	if left := mustEval[int](t, br, `document.querySelectorAll("article.question:not(.question-answered)").length`); left != 0 {
		t.Fatalf("%d questions left unanswered", left)
	}
}

func waitForFile(t *testing.T, dir, suffix string) string {
	t.Helper()
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), suffix) {
				return filepath.Join(dir, e.Name())
			}
		}
	}
	t.Fatalf("no %s file downloaded to %s", suffix, dir)
	return ""
}
