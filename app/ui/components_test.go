package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The questionnaire's small components render what their fields say; these
// checks run natively through go-app's own encoder.
func TestComponentsRender(t *testing.T) {
	page := &assessPage{}
	tests := []struct {
		name      string
		ui        app.UI
		want, not []string
	}{
		{
			name: "section list, current and done",
			ui:   &sectionNav{Links: []navLink{{Title: "CC1", Answered: 3, Total: 13}, {Title: "CC2", Answered: 1, Total: 4}, {Title: "CC3 Risk & assessment", Answered: 10, Total: 10}}, Current: 2, Page: page},
			want: []string{`aria-label="Sections"`, `<button type="button" class="section-link section-done" data-section="2" aria-current="true">`, `10/10`, `, 10 of 10 answered`, `CC3 Risk &amp; assessment`},
		},
		{
			name: "section list, other and open",
			ui:   &sectionNav{Links: []navLink{{Title: "CC1", Answered: 3, Total: 13}, {Title: "CC2", Answered: 1, Total: 4}}, Current: 1, Page: page},
			want: []string{`<button type="button" class="section-link" data-section="0">`, `3/13`, `, 3 of 13 answered`},
			not:  []string{`section-done`, `data-section="0" aria-current`},
		},
		{
			name: "progress panel",
			ui:   &progressPanel{Progress: progress{Answered: 12, Asked: 118, Score: "42%", Band: "Not ready"}, Status: saveState{Text: "Saved at 10:00:00."}, Page: page},
			want: []string{`Answered 12 of 118`, `max="118"`, `value="12"`, `42%`, ` · Not ready`, `Saved at 10:00:00.`, `aria-live="polite"`},
			not:  []string{`conflict-actions`, `save-status-error`},
		},
		{
			name: "status line with a conflict",
			ui:   &statusLine{State: saveState{Text: msgConflict, Failed: true, Conflict: true}, Editor: &page.editor},
			want: []string{`save-status-error`, `conflict-actions`, `Load the other tab&#39;s version`, `Keep this tab&#39;s version`},
		},
		{
			// go-app's Aria("role", …) wrote aria-role, which no assistive
			// technology reads: the problem was never announced.
			name: "load problem is an alert",
			ui:   (&editor{problem: "The saved data is damaged."}).renderProblem(),
			want: []string{`role="alert"`, `The saved data is damaged.`},
			not:  []string{`aria-role`},
		},
		{
			name: "steps, current step",
			ui:   &stepsNav{ID: "abc", Current: "/results"},
			want: []string{`aria-label="Assessment steps"`, `#a=abc`, `aria-current="step"`, `3. Results`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := app.HTMLString(tt.ui)
			for _, w := range tt.want {
				if !strings.Contains(html, w) {
					t.Errorf("missing %q in\n%s", w, html)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(html, n) {
					t.Errorf("unexpected %q in\n%s", n, html)
				}
			}
		})
	}
}

// TestSectionNavRendersNewMarkup: an answer writes counts into the section
// list on screen (drawCounts), so go-app's copy of the list's markup is then
// out of date. A render back to that same markup would leave those counts on
// screen: each render must write markup that differs from the last.
func TestSectionNavRendersNewMarkup(t *testing.T) {
	links := []navLink{{Title: "CC1", Answered: 3, Total: 13}}
	n := &sectionNav{Links: links, Page: &assessPage{}}
	first := app.HTMLString(n)
	n.drawCounts([]navLink{{Title: "CC1", Answered: 4, Total: 13}})
	n.Links = links // another tab took the answer back
	if again := app.HTMLString(n); again == first {
		t.Errorf("the section list rendered the same markup twice:\n%s", again)
	}
}
