package e2e

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// maxPhonePage is the most a results or shared page may measure at 360 px
// with nothing answered (every question a gap). Issue 11 measured ~55,000 px
// for the results and ~59,000 for the shared view.
const maxPhonePage = 20000

// TestPhoneResults is defect 9, at 360 px: the category chart's text is
// readable, score tables name a category once, wide tables show they
// scroll, the results and the shared view start with the summary and a
// contents list and fold their detail, the file button follows dark mode,
// and the focus ring of the report title does not print.
func TestPhoneResults(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	_, err := chromedp.Call(br.Ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 360, Height: 740, DeviceScaleFactor: 2, Mobile: true})
	must(t, err)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		Click(chromedp.CSS("#start")), WaitJS(`location.pathname === "/scope" && !!document.querySelector('input[value="availability"]')`, 20*time.Second),
		Click(chromedp.CSS(`input[value="availability"]`)), WaitJS(savedScopeIs("report", "soc2"), 5*time.Second),
		Click(chromedp.CSS(`input[name="type"][value="type2"]`)), WaitJS(savedScopeIs("type", "type2"), 5*time.Second)))
	id := mustEval[string](t, br, `new URLSearchParams(location.hash.slice(1)).get("a")`)
	must(t, br.Do(chromedp.Navigate(site.URL("/results")+"#a="+id), WaitMounted(), WaitJS(`!!document.querySelector("#sum-readiness")`, 20*time.Second), WaitDrawn()))

	font := mustEval[float64](t, br, `(() => { const s = document.querySelector("#chart-categories"); return s.getBoundingClientRect().width / s.viewBox.baseVal.width * parseFloat(getComputedStyle(s.querySelector(".chart-label")).fontSize); })()`)
	if font < 11 {
		t.Errorf("category chart labels are drawn at %.1f px at 360 px wide; want 11 or more", font)
	}
	if dup := mustEval[[]string](t, br, `[...document.querySelectorAll("table.scores th[scope=row]")].map(th => th.textContent).filter(t => /^(\S+) \1$/i.test(t))`); len(dup) > 0 {
		t.Errorf("score tables repeat names: %q", dup)
	}
	if plain := mustEval[int](t, br, `[...document.querySelectorAll(".table-scroll")].filter(e => !getComputedStyle(e).backgroundImage.includes("gradient")).length`); plain > 0 {
		t.Errorf("%d scrollable tables show no sign that they scroll", plain)
	}
	checkLong(t, br, "results", "#h-summary", "#h-gaps")
	checkLayout(t, br, "results")

	// The shared view of the same kind of assessment.
	lib, err := engine.DefaultLibrary()
	must(t, err)
	bank := lib.Bank("soc2")
	a := engine.Assessment{ID: "x", Name: "Phone", Bank: "soc2", BankVersion: bank.Version,
		Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Categories: []string{"security", "availability", "confidentiality"}}, Answers: engine.Answers{}}
	frag, err := share.Encode(a, bank, share.Options{})
	must(t, err)
	must(t, br.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(site.URL("/view")+"#"+frag), WaitMounted(), WaitJS(`!!document.querySelector("#sum-readiness")`, 20*time.Second)))
	checkLong(t, br, "shared view", "#h-summary", "#v-gaps")
	checkLayout(t, br, "shared view")

	// The report's title, focused after navigation, prints without a ring.
	must(t, br.Do(chromedp.Navigate(site.URL("/report")+"#a="+id), WaitMounted(), WaitJS(`!!document.querySelector(".report-cover")`, 20*time.Second), WaitDrawn()))
	doc, err := chromedp.Call(br.Ctx, dom.GetDocument, dom.GetDocumentParams{})
	must(t, err)
	title, err := chromedp.Call(br.Ctx, dom.QuerySelector, dom.QuerySelectorParams{NodeID: doc.Root.NodeID, Selector: "#page-title"})
	must(t, err)
	_, err = chromedp.Call(br.Ctx, css.Enable, cdp.Empty{})
	must(t, err)
	_, err = chromedp.Call(br.Ctx, css.ForcePseudoState, css.ForcePseudoStateParams{NodeID: title.NodeID, ForcedPseudoClasses: []string{"focus", "focus-visible"}})
	must(t, err)
	if mustEval[string](t, br, `getComputedStyle(document.querySelector("#page-title")).outlineStyle`) == "none" {
		t.Fatal("the focused title shows no ring on screen: the print check below proves nothing")
	}
	_, err = chromedp.Call(br.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	must(t, err)
	if ring := mustEval[string](t, br, `getComputedStyle(document.querySelector("#page-title")).outlineStyle`); ring != "none" {
		t.Errorf("the report title's focus ring prints (outline-style %s)", ring)
	}

	// Dark mode: the file button follows the theme.
	_, err = chromedp.Call(br.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
	must(t, err)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted()))
	rgb := mustEval[[]float64](t, br, `getComputedStyle(document.querySelector("#import-file"), "::file-selector-button").backgroundColor.match(/[\d.]+/g).slice(0, 3).map(Number)`)
	t.Logf("file button background in dark mode: rgb%v", rgb)
	// Chromium's own dark button is rgb(107, 107, 107) (luminance 0.15),
	// lighter than the theme's surfaces; the theme's is below 0.03.
	if len(rgb) != 3 || luminance(rgb) > 0.08 {
		t.Errorf("the file button's background is %v in dark mode; want a dark one", rgb)
	}
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// checkLong checks a long page at 360 px: summary before detail, a contents
// list, and a height a phone reader can get through.
func checkLong(t *testing.T, br *Browser, page, summary, detail string) {
	t.Helper()
	h := mustEval[float64](t, br, `document.documentElement.scrollHeight`)
	t.Logf("%s: %.0f px tall at 360 px", page, h)
	if h > maxPhonePage {
		t.Errorf("%s is %.0f px tall at 360 px; want at most %d (fold or page the detail)", page, h, maxPhonePage)
	}
	if !mustEval[bool](t, br, `document.querySelector("`+summary+`").getBoundingClientRect().top < document.querySelector("`+detail+`").getBoundingClientRect().top`) {
		t.Errorf("%s: the summary does not come first", page)
	}
	if links := mustEval[string](t, br, `document.querySelector(".page-contents")?.textContent ?? ""`); !strings.Contains(links, "Gaps") && !strings.Contains(links, "What to do next") {
		t.Errorf("%s: no contents list (%q)", page, links)
	}
}

// luminance is the relative luminance of an sRGB colour (0–255 channels).
func luminance(rgb []float64) float64 {
	var l [3]float64
	for i, c := range rgb {
		c /= 255
		if c <= 0.04045 {
			l[i] = c / 12.92
		} else {
			l[i] = math.Pow((c+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}
