package e2e

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// seedAssessment stores a record in the site's localStorage the way the app
// saves one: SOC 2 Security Type II (6 months), every question answered
// with choice and every yes/no fact answered yes.
func seedAssessment(t *testing.T, br *Browser, site *Site, id string, choice engine.Choice) {
	t.Helper()
	seedScoped(t, br, site, id, engine.Scope{Report: engine.SOC2, Categories: []string{"security"}, Type: engine.TypeII, Window: 6}, choice)
}

// seedScoped is seedAssessment for any scope.
func seedScoped(t *testing.T, br *Browser, site *Site, id string, scope engine.Scope, choice engine.Choice) {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	must(t, err)
	s := lib.NormalizeScope(scope)
	b, _ := lib.BankFor(s)
	a := engine.Assessment{ID: id, Name: "Plan test", Created: "2026-11-01T10:00:00Z", Updated: "2026-11-01T10:00:00Z",
		Bank: b.ID, BankVersion: b.Version, Scope: s, Answers: engine.Answers{}}
	for _, q := range b.Questions {
		c := choice
		if q.Kind == engine.KindFact {
			c = engine.Yes
		}
		a.Answers[q.ID] = engine.Answer{Choice: c}
	}
	rec, err := json.Marshal(store.Record{Schema: store.SchemaVersion, Rev: 1, Assessment: a})
	must(t, err)
	key, _ := json.Marshal(store.RecordPrefix + id)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		WaitJS(`(localStorage.setItem(`+string(key)+`, `+strconvQuote(string(rec))+`), true)`, 5*time.Second)))
}

func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// TestPlanOnResults: a Type II whose controls are all designed leads with
// "ready to start your observation window", draws the plan and its
// milestones, and a change of organization size redraws the cost and is
// saved with the assessment.
func TestPlanOnResults(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	seedAssessment(t, br, site, "plan1", engine.Documented)
	must(t, br.Do(chromedp.Navigate(site.URL("/results#a=plan1")), WaitMounted(),
		WaitJS(`!!document.querySelector("#plan-state") && !!document.querySelector("#cost-external")`, 20*time.Second)))

	if got := mustEval[string](t, br, `document.querySelector("#plan-state").textContent`); !strings.Contains(got, "Ready to start your observation window") {
		t.Errorf("state %q", got)
	}
	if got := mustEval[string](t, br, `document.querySelector("#plan-picture").getAttribute("role") + " " + document.querySelector("#plan-picture desc").textContent`); !strings.HasPrefix(got, "img From today") || !strings.Contains(got, "Observation window (6 months)") {
		t.Errorf("timeline picture %q", got)
	}
	if got := mustEval[string](t, br, `[...document.querySelectorAll("table.timeline th[scope=row]")].map(e => e.textContent).join("|")`); !strings.Contains(got, "Observation window opens") || !strings.Contains(got, "Type II report") {
		t.Errorf("milestones %q", got)
	}
	before := mustEval[string](t, br, `document.querySelector("#cost-external").textContent`)
	if before != "$25,000 – $65,000" { // Type II audit $20k–$45k + penetration test $5k–$20k, 11–50 people
		t.Errorf("outside cost %q", before)
	}
	checkAxe(t, br, "results with plan")
	// A larger organization: the fee grows, and the choice is saved.
	must(t, br.Do(WaitJS(`(() => { const s = document.querySelector("#plan-size"); s.value = "201-1000"; s.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`, 5*time.Second),
		WaitJS(`document.querySelector("#cost-external").textContent !== `+strconvQuote(before), 5*time.Second),
		WaitJS(`JSON.parse(localStorage.getItem("socready.v1.a.plan1")).assessment.plan?.size === "201-1000"`, 5*time.Second),
		chromedp.Reload(), WaitMounted(),
		WaitJS(`document.querySelector("#plan-size") && document.querySelector("#plan-size").value === "201-1000"`, 20*time.Second)))
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// TestCompareTwoAssessments: with another assessment of the same questions
// saved in the browser, the results page offers it in "What changed" and
// lists the differences, with no milestone saved.
func TestCompareTwoAssessments(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	seedAssessment(t, br, site, "cmp1", engine.Documented)
	seedAssessment(t, br, site, "cmp2", engine.Partial)
	must(t, br.Do(chromedp.Navigate(site.URL("/results#a=cmp2")), WaitMounted(),
		WaitJS(`!!document.querySelector("#milestone-changes")`, 20*time.Second)))
	from := mustEval[string](t, br, `document.querySelector("#diff-from").selectedOptions[0].textContent`)
	if !strings.HasPrefix(from, "Assessment \u201c") {
		t.Errorf("compared from %q, want the other assessment", from)
	}
	changes := mustEval[string](t, br, `document.querySelector("#milestone-changes").textContent`)
	if !strings.Contains(changes, "answers changed:") || strings.Contains(changes, "Nothing changed") {
		t.Errorf("changes %q", changes)
	}
	checkAxe(t, br, "results compared with another assessment")
}

// TestCollectsDirectlyAskedOnce: the scope page and the questionnaire ask
// the same "do you collect personal information yourself?"; an answer in
// one is the answer in the other, and sets the processor scope (before, the
// two could disagree).
func TestCollectsDirectlyAskedOnce(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	seedScoped(t, br, site, "pii1", engine.Scope{Report: engine.SOC2, Categories: []string{"security", "privacy"}, Type: engine.TypeI}, engine.Documented)
	const saved = `JSON.parse(localStorage.getItem("socready.v1.a.pii1")).assessment`
	must(t, br.Do(chromedp.Navigate(site.URL("/scope#a=pii1")), WaitMounted(),
		WaitJS(`!!document.querySelector('input[name="sq-scope-collects-directly"][value="no"]')`, 20*time.Second),
		Click(chromedp.CSS(`input[name="sq-scope-collects-directly"][value="no"]`)),
		WaitJS(saved+`.scope.processor === true && `+saved+`.answers["fact-p-collects-directly"].choice === "no"`, 5*time.Second),
		chromedp.Navigate(site.URL("/assess#a=pii1&q=fact-p-collects-directly")), WaitMounted(),
		WaitJS(`!!document.querySelector('input[name="ans-fact-p-collects-directly"][value="no"]')`, 20*time.Second)))
	if !mustEval[bool](t, br, `document.querySelector('input[name="ans-fact-p-collects-directly"][value="no"]').checked`) {
		t.Error("the questionnaire does not show the answer given on the scope page")
	}
	must(t, br.Do(Click(chromedp.CSS(`input[name="ans-fact-p-collects-directly"][value="yes"]`)),
		WaitJS(saved+`.scope.processor !== true && `+saved+`.scoping["scope-collects-directly"].choice === "yes"`, 5*time.Second)))
}
