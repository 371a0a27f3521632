package e2e

import (
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
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

// TestSectionList: the section list opens a section from the keyboard,
// moving the focus to its title, and counts an answer in it.
func TestSectionList(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	openLargestQuestionnaire(t, br, site)
	// Reached by a link from the scope page: the head follows the page.
	if head := mustEval[string](t, br, `document.title + " | " + document.querySelector('meta[name="description"]').content`); head != "Questionnaire · SOC Ready | Answer the readiness questions for your SOC scope." {
		t.Errorf("after a link to the questionnaire, the head says %q", head)
	}
	name := mustEval[string](t, br, `document.querySelector('.section-nav button[data-section="2"] .section-name').textContent`)
	mustEval[bool](t, br, `(document.querySelector('.section-nav button[data-section="2"]').focus(), true)`)
	Press(t, br, kb.Enter)
	if err := br.Do(WaitJS(`document.activeElement && document.activeElement.id === "section-title" && document.activeElement.textContent === `+strconv.Quote(name), 5*time.Second)); err != nil {
		t.Fatalf("Enter on the section list's third button did not open %q and focus its title: %v; title %q", name, err,
			mustEval[string](t, br, `document.querySelector("#section-title").textContent`))
	}
	if cur := mustEval[string](t, br, `[...document.querySelectorAll('.section-nav [aria-current="true"]')].map(b => b.dataset.section).join()`); cur != "2" {
		t.Errorf("the section list marks sections %q as current, want 2", cur)
	}
	before := mustEval[string](t, br, `document.querySelector('.section-nav button[data-section="2"] .section-count').textContent`)
	// The answer writes the count into the list on screen (drawCounts);
	// replacing the list made every answer slower.
	mustEval[bool](t, br, `(document.querySelector(".section-nav ul").socreadyProbe = true)`)
	mustEval[bool](t, br, `(document.querySelector('article.question input[type="radio"]:not(:checked)').click(), true)`)
	if err := br.Do(WaitJS(`document.querySelector('.section-nav button[data-section="2"] .section-count').textContent !== `+strconv.Quote(before), 5*time.Second)); err != nil {
		t.Errorf("an answer in the section did not change its count in the list (%q): %v", before, err)
	}
	if !mustEval[bool](t, br, `document.querySelector(".section-nav ul").socreadyProbe === true`) {
		t.Error("an answer replaced the whole section list; want its count changed in place")
	}
}
