package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/oscal"
	"github.com/socready/socready/app/share"
)

// TestISOViewAndOSCALExports states ISO/IEC 27001 certification on the
// scope page, finds the crosswalk on the question cards and the criterion
// rows, the ISO view with its rule, the gaps marked overlap or new work, then
// downloads the ISO CSV and both OSCAL documents, validates them against
// NIST's schemas, and imports the assessment results back from the home page
// (another tool's OSCAL is refused).
func TestISOViewAndOSCALExports(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		Click(chromedp.CSS("#start")),
		WaitJS(`location.pathname === "/scope" && !!document.querySelector('input[name="sq-scope-iso27001-certified"]')`, 20*time.Second),
		Click(chromedp.CSS(`input[name="sq-scope-iso27001-certified"][value="yes"]`)),
		WaitJS(`document.querySelector('input[name="sq-scope-iso27001-certified"][value="yes"]').checked`, 5*time.Second),
		Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
		WaitJS(`!!document.querySelector("article.question .iso-overlap")`, 20*time.Second)))
	if got := mustEval[string](t, br, `document.querySelector("article.question .iso-overlap summary").textContent`); got != "ISO/IEC 27001:2022: overlap, not equivalence" {
		t.Errorf("question card ISO line %q", got)
	}
	// Answer the first section, so the themes have something to score.
	mustEval[bool](t, br, `(() => {
		for (const q of document.querySelectorAll("article.question")) {
			(q.querySelector('input[value="documented"]') || q.querySelector('input[value="yes"]')).click();
		}
		return true;
	})()`)
	must(t, br.Do(chromedp.Sleep(300*time.Millisecond),
		Click(chromedp.CSS(`a[href*="/results"]`)),
		WaitJS(`location.pathname === "/results" && !!document.querySelector("#iso-table")`, 20*time.Second),
		WaitDrawn()))
	checkAxe(t, br, "results with the ISO view")

	themes := mustEval[[]string](t, br, `[...document.querySelectorAll("#iso-table tbody th")].map(th => th.textContent)`)
	want := []string{"A.5 Organizational controls", "A.6 People controls", "A.7 Physical controls", "A.8 Technological controls"}
	if strings.Join(themes, "|") != strings.Join(want, "|") {
		t.Errorf("ISO view themes %q, want %q", themes, want)
	}
	if got := mustEval[string](t, br, `document.querySelector("#iso-view .iso-rule").textContent`); !strings.Contains(got, "counts once in a theme") || !strings.Contains(got, "never count") {
		t.Errorf("the rule is not beside the ISO table: %q", got)
	}
	// The criterion table is drawn when its fold is opened.
	mustEval[bool](t, br, `(() => { [...document.querySelectorAll("summary")].find(s => s.textContent.startsWith("Scores by criterion")).click(); return true; })()`)
	must(t, br.Do(WaitJS(`document.querySelectorAll("table.scores").length >= 2`, 5*time.Second)))
	if got := mustEval[string](t, br, `[...document.querySelectorAll("table.scores thead th")].map(th => th.textContent).join("|")`); !strings.Contains(got, "ISO/IEC 27001:2022 (overlap, not equivalence)") {
		t.Errorf("criterion table has no ISO column: %q", got)
	}
	overlap := mustEval[int](t, br, `document.querySelectorAll(".gap .iso-work-overlap").length`)
	fresh := mustEval[int](t, br, `document.querySelectorAll(".gap .iso-work-new").length`)
	if overlap == 0 || fresh == 0 {
		t.Errorf("gaps marked: %d overlap, %d new work; want some of each", overlap, fresh)
	}
	if got := mustEval[string](t, br, `document.querySelector("#iso-plan-note")?.textContent ?? ""`); !strings.Contains(got, "new work") {
		t.Errorf("plan note %q", got)
	}
	page := mustEval[string](t, br, `document.querySelector("main").textContent`)
	for _, claim := range []string{"satisfies the criteria", "meets the criterion", "ISO certification satisfies"} {
		if strings.Contains(page, claim) {
			t.Errorf("the results overclaim: %q", claim)
		}
	}

	dir := t.TempDir()
	_, err := chromedp.CallBrowser(br.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	must(t, err)

	must(t, br.Do(Click(chromedp.CSS("#export-iso")),
		WaitJS(`/view CSV downloaded/.test(document.querySelector("#iso-view").textContent)`, 10*time.Second)))
	csv, err := os.ReadFile(waitForFile(t, dir, "-iso27001-view.csv"))
	must(t, err)
	if lines := strings.Split(strings.TrimSpace(string(csv)), "\r\n"); len(lines) != 5 || !strings.HasPrefix(lines[1], "A.5,Organizational controls,") {
		t.Errorf("ISO CSV:\n%s", csv)
	}

	must(t, br.Do(Click(chromedp.CSS("#export-oscal-results"))))
	resultsFile := waitForFile(t, dir, "-oscal-assessment-results.json")
	results, err := os.ReadFile(resultsFile)
	must(t, err)
	validateOSCAL(t, "oscal_assessment-results_schema.json", results)

	must(t, br.Do(Click(chromedp.CSS("#export-oscal-catalog"))))
	catalog, err := os.ReadFile(waitForFile(t, dir, "-oscal-catalog.json"))
	must(t, err)
	validateOSCAL(t, "oscal_catalog_schema.json", catalog)

	// The browser's document is the native writer's, byte for byte.
	lib, err := engine.DefaultLibrary()
	must(t, err)
	f, err := oscal.Import(results, share.LookupFrom(lib))
	if err != nil {
		t.Fatalf("the exported OSCAL does not import natively: %v", err)
	}
	if len(f.Assessment.Answers) == 0 || !engine.HoldsISO27001(f.Assessment.Scoping) {
		t.Errorf("round trip lost the answers (%d) or the ISO fact", len(f.Assessment.Answers))
	}
	bank, fw := lib.BankFor(f.Assessment.Scope)
	again, err := oscal.AssessmentResults(&f.Assessment, bank, fw)
	must(t, err)
	if !bytes.Equal(again, results) {
		t.Error("export → import → export of the OSCAL document is not byte-identical")
	}

	// Import it from the home page; another tool's OSCAL is refused.
	other := filepath.Join(t.TempDir(), "other-tool.json")
	nist, err := os.ReadFile(filepath.Join("..", "oscal", "testdata", "oscal-1.2.1", "example-minimal-assessment-results.json"))
	must(t, err)
	must(t, os.WriteFile(other, nist, 0o644))
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		WaitJS(`document.querySelectorAll(".saved").length === 1`, 20*time.Second),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{resultsFile}),
		WaitJS(`document.querySelectorAll(".saved").length === 2 && /Imported/.test(document.querySelector(".home-status").textContent)`, 20*time.Second),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{other}),
		WaitJS(`/not made by SOC Ready/.test(document.querySelector(".home-status").textContent)`, 20*time.Second)))
	if n := mustEval[int](t, br, `document.querySelectorAll(".saved").length`); n != 2 {
		t.Errorf("%d saved assessments after a refused import, want 2", n)
	}

	if out := br.RequestsOutside(site.Origin); len(out) > 0 {
		t.Errorf("requests left the origin: %v", out)
	}
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// validateOSCAL checks a document against NIST's schema, copied in app/oscal.
func validateOSCAL(t *testing.T, schemaFile string, doc []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	path, err := filepath.Abs(filepath.Join("..", "oscal", "testdata", "oscal-1.2.1", schemaFile))
	must(t, err)
	s, err := c.Compile(path)
	must(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	must(t, err)
	if err := s.Validate(v); err != nil {
		t.Errorf("%s: %v", schemaFile, err)
	}
}
