package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestHelpClosesOnTheNextSection: go-app reuses a section's question cards
// for the next section's questions, so a help panel the user opened must not
// stay open on the question that takes its place.
func TestHelpClosesOnTheNextSection(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	openLargestQuestionnaire(t, br, site)
	first := mustEval[string](t, br, `document.querySelector("article.question").id`)
	must(t, br.Do(Click(chromedp.CSS(`article.question details summary`)),
		WaitJS(`document.querySelectorAll("article.question details[open]").length === 1`, 5*time.Second),
		Click(chromedp.CSS(`.section-actions .button-primary`)),
		WaitJS(`document.querySelector("article.question").id !== "`+first+`"`, 5*time.Second)))
	if n := mustEval[int](t, br, `document.querySelectorAll("article.question details[open]").length`); n != 0 {
		t.Errorf("%d help panels open on the next section's questions, want 0", n)
	}
	// The panel still opens on the new question.
	must(t, br.Do(Click(chromedp.CSS(`article.question details summary`)),
		WaitJS(`document.querySelectorAll("article.question details[open]").length === 1`, 5*time.Second)))
}

// TestLinkToALaterQuestion: a link to a question (the results' "go to this
// question") opens its section with every card drawn and focuses it, even
// when the question comes after the cards a section first draws (the others
// follow in parts).
func TestLinkToALaterQuestion(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	openLargestQuestionnaire(t, br, site)
	must(t, br.Do(WaitDrawn()))
	href := mustEval[string](t, br, `location.href`)
	id := mustEval[string](t, br, `document.querySelectorAll("article.question")[9].id.slice(2)`)
	// On a slow phone the parts come well after the first frame.
	_, err := chromedp.Call(br.Ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4})
	must(t, err)
	must(t, br.Do(chromedp.Navigate("about:blank"), chromedp.Navigate(href+"&q="+id), WaitMounted()))
	if err := br.Do(WaitJS(`document.activeElement && document.activeElement.id === "q-`+id+`"`, 5*time.Second)); err != nil {
		t.Fatalf("the link to question %s (the tenth of its section) did not focus it: %v; focus on %s", id, err,
			mustEval[string](t, br, `(document.activeElement?.outerHTML ?? "none").slice(0, 120)`))
	}
	if top := mustEval[float64](t, br, `document.activeElement.getBoundingClientRect().top`); top < 0 || top > mustEval[float64](t, br, `innerHeight`) {
		t.Errorf("question %s is focused but not on screen (top %.0f px)", id, top)
	}
}
