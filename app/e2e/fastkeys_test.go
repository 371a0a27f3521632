package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestFastArrowKeys sends arrow keys faster than the app draws, as a key held
// down does: every press must count, and the choice the last one lands on
// must be the one checked, scored and saved.
func TestFastArrowKeys(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	openLargestQuestionnaire(t, br, site)
	choices := []string{"not_started", "planned", "partial", "documented", "operating"}
	for presses := 1; presses <= 4; presses++ {
		q := presses - 1
		name := mustEval[string](t, br, fmt.Sprintf(`(() => {
			const r = document.querySelectorAll("article.question")[%d].querySelector('input[type="radio"]');
			r.focus();
			return r.name;
		})()`, q))
		keys := make([]chromedp.Action[chromedp.Void], presses)
		for i := range keys {
			keys[i] = chromedp.KeyEvent(kb.ArrowDown)
		}
		must(t, br.Do(keys...))
		want := choices[presses]
		err := br.Do(WaitJS(fmt.Sprintf(`(() => {
			const rec = Object.keys(localStorage).find(k => k.startsWith("socready.v1.a."));
			const saved = JSON.parse(localStorage.getItem(rec)).assessment.answers[%q];
			return !!saved && saved.choice === %q;
		})()`, name[len("ans-"):], want), 5*time.Second), chromedp.Sleep(300*time.Millisecond))
		checked := mustEval[string](t, br, fmt.Sprintf(`document.querySelector('input[name=%q]:checked')?.value ?? "none"`, name))
		focused := mustEval[string](t, br, `document.activeElement.value`)
		if err != nil || checked != want || focused != want {
			t.Errorf("%d fast ArrowDown presses on %s: saved %v, checked %q, focus on %q; want %q everywhere", presses, name, err, checked, focused, want)
		}
	}
}
