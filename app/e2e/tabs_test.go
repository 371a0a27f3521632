package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestTwoTabs opens one assessment in two tabs of the same browser: a tab
// with nothing unsaved follows the other's changes; a tab with an unsaved
// edit is not overwritten and not allowed to overwrite silently: it asks.
func TestTwoTabs(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		Click(chromedp.CSS("#start")),
		WaitJS(`location.pathname === "/scope"`, 20*time.Second),
		Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
		WaitJS(`!!document.querySelector("article.question")`, 20*time.Second)))
	url := mustEval[string](t, br, `location.href`)
	first := mustEval[string](t, br, `document.querySelectorAll("article.question")[0].id.slice(2)`)
	second := mustEval[string](t, br, `document.querySelectorAll("article.question")[1].id.slice(2)`)

	tabCtx, cancel := chromedp.NewContext(br.Ctx)
	defer cancel()
	tab := &Browser{Ctx: tabCtx, proxy: br.proxy}
	must(t, tab.Do(chromedp.Navigate(url), WaitMounted(), WaitJS(`!!document.querySelector("#q-`+first+`")`, 20*time.Second)))

	// Tab 1 answers; tab 2, with nothing pending, follows. Tab 2's keyboard
	// focus, on a button of the section list, stays there though the list
	// is drawn again with the new count.
	mustEval[bool](t, tab, `(document.querySelector('.section-nav button[data-section="1"]').focus(), true)`)
	must(t, br.Do(Click(chromedp.CSS(`#ans-`+first+`-documented`)),
		WaitJS(`/^Saved/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))
	must(t, tab.Do(WaitJS(`document.querySelector("#ans-`+first+`-documented").checked && /another tab/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))
	if got := mustEval[string](t, tab, `document.querySelector('.section-nav button[data-section="0"]').textContent + " | focus: " + (document.activeElement?.dataset?.section ?? document.activeElement?.tagName)`); !strings.Contains(got, "1/") || !strings.HasSuffix(got, "focus: 1") {
		t.Errorf("after the other tab's answer, tab 2's section list says %q; want the first section's count at 1 and the focus kept on the second section's button", got)
	}

	// Tab 2 has an unsaved note when tab 1 saves: tab 2 must ask.
	mustEval[bool](t, tab, `(document.querySelector("#q-`+second+` details.question-note").open = true)`)
	must(t, tab.Do(WaitJS(`!!document.querySelector("#note-`+second+`")`, 5*time.Second))) // drawn once open
	mustEval[bool](t, tab, `(() => {
		const note = document.querySelector("#note-`+second+`");
		note.value = "from tab 2";
		note.dispatchEvent(new Event("input", {bubbles: true}));
		return true;
	})()`)
	must(t, br.Do(Click(chromedp.CSS(`#ans-`+second+`-planned`))))
	must(t, tab.Do(WaitJS(`/changed in another tab/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))
	saved := mustEval[string](t, br, `JSON.stringify(JSON.parse(localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith("socready.v1.a.")))).assessment.answers["`+second+`"])`)
	if strings.Contains(saved, "from tab 2") || !strings.Contains(saved, "planned") {
		t.Fatalf("tab 2 overwrote tab 1 without asking: %s", saved)
	}

	// Tab 2 chooses to keep its own version.
	must(t, tab.Do(Click(chromedp.Search(`//button[text()="Keep this tab's version"]`)),
		WaitJS(`/^Saved/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))
	saved = mustEval[string](t, br, `JSON.stringify(JSON.parse(localStorage.getItem(Object.keys(localStorage).find(k => k.startsWith("socready.v1.a.")))).assessment.answers["`+second+`"])`)
	if !strings.Contains(saved, "from tab 2") {
		t.Fatalf("keeping tab 2's version did not save it: %s", saved)
	}
}
