package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

func TestRenderInfrequent(t *testing.T) {
	controls := func(n int) []*engine.Question {
		var qs []*engine.Question
		for i := range n {
			qs = append(qs, &engine.Question{ID: fmt.Sprint("q", i), Text: fmt.Sprintf("Control %d ran?", i+1), Frequency: engine.Yearly})
		}
		return qs
	}
	tests := []struct {
		name      string
		qs        []*engine.Question
		want, not []string
	}{
		{"none", nil, nil, []string{"notice", "window"}},
		{"one", controls(1), []string{` role="status"`, "notice-warning", "1 control runs less often than your 3-month window:",
			"Control 1 ran? (yearly)", "or choose a longer window"}, []string{"more.", "aria-role"}},
		{"five are all named", controls(5), []string{"5 controls run less often", "Control 5 ran?"}, []string{"more."}},
		{"seven: five named and a count", controls(7), []string{"7 controls run less often", "Control 5 ran?", "and 2 more."}, []string{"Control 6 ran?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := app.HTMLString(renderInfrequent(tt.qs, 3))
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
