package e2e

import (
	"testing"
	"time"

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
