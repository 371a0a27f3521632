package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestPhoneAndOtherScopes runs at 360 px wide: SOC 1 Type I and SOC 3 Type II
// assessments are scoped, fully answered and scored; no page scrolls
// sideways and axe-core finds nothing on any page.
func TestPhoneAndOtherScopes(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	_, err := chromedp.Call(br.Ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 360, Height: 740, DeviceScaleFactor: 2, Mobile: true})
	must(t, err)

	tests := []struct {
		report, typ, choice, want string
	}{
		{"soc1", "type1", "documented", "100%"},
		{"soc3", "type2", "operating", "100%"},
		{"soc2", "type2", "not_started", "0%"},
	}
	for _, tt := range tests {
		t.Run(tt.report+"-"+tt.typ, func(t *testing.T) {
			must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
				WaitJS(`!!document.querySelector("#start")`, 20*time.Second)))
			checkLayout(t, br, "home")
			must(t, br.Do(Click(chromedp.CSS("#start")),
				WaitJS(`location.pathname === "/scope" && !!document.querySelector('input[name="report"]')`, 20*time.Second),
				Click(chromedp.CSS(`input[name="report"][value="`+tt.report+`"]`)),
				// The page changes with the report (SOC 1 has no categories),
				// moving the type radios: click them once that is drawn and saved.
				WaitJS(savedScopeIs("report", tt.report), 5*time.Second),
				Click(chromedp.CSS(`input[name="type"][value="`+tt.typ+`"]`)),
				WaitJS(`document.querySelector('input[name="type"][value="`+tt.typ+`"]').checked`, 5*time.Second)))
			checkLayout(t, br, "scope")
			must(t, br.Do(Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
				WaitJS(`!!document.querySelector("article.question")`, 20*time.Second)))
			checkLayout(t, br, "questionnaire")
			answerAllWithClicks(t, br, tt.choice)
			must(t, br.Do(Click(chromedp.CSS(`a[href*="/results"].button-primary`)),
				WaitJS(`!!document.querySelector("#sum-readiness")`, 20*time.Second)))
			if got := mustEval[string](t, br, `document.querySelector("#sum-readiness").textContent`); got != tt.want {
				t.Errorf("readiness %q, want %q", got, tt.want)
			}
			checkLayout(t, br, "results")
			must(t, br.Do(Click(chromedp.CSS(`a[href*="/report"].button-primary`)),
				WaitJS(`!!document.querySelector(".report-cover")`, 20*time.Second)))
			checkLayout(t, br, "report")
		})
	}
	must(t, br.Do(chromedp.Navigate(site.URL("/request")), WaitMounted(), WaitJS(`!!document.querySelector("#make-request")`, 20*time.Second)))
	checkLayout(t, br, "request")
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// checkLayout fails when the page scrolls sideways or axe-core finds a
// violation.
func checkLayout(t *testing.T, br *Browser, page string) {
	t.Helper()
	if w := mustEval[int](t, br, `document.documentElement.scrollWidth`); w > 360 {
		offenders := mustEval[[]string](t, br, `[...document.querySelectorAll("main *")].filter(e => e.getBoundingClientRect().right > 361).slice(0, 5).map(e => e.tagName + "." + e.className)`)
		t.Errorf("%s scrolls sideways at 360 px (width %d): %v", page, w, offenders)
	}
	checkAxe(t, br, page)
}

// savedScopeIs is a JavaScript test that the open assessment (#a=<id>), as
// saved, has scope field = value.
func savedScopeIs(field, value string) string {
	return `(() => {
		const id = new URLSearchParams(location.hash.slice(1)).get("a");
		const rec = id && localStorage.getItem("socready.v1.a." + id);
		return !!rec && JSON.parse(rec).assessment.scope.` + field + ` === "` + value + `";
	})()`
}
