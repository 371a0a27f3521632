package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// The SOC 1 areas section offers business process controls as a choice, asks
// why when they are left out, and shows the SOC 1 scoping question only; the
// SOC 2 categories section does not show that question.
func TestScopeAreasRender(t *testing.T) {
	lib := mustLibrary()
	page := func(s engine.Scope) *scopePage {
		p := &scopePage{}
		p.a = engine.Assessment{Scope: s}
		p.setBank(lib)
		return p
	}
	const why = "We host systems our clients run."
	tests := []struct {
		name      string
		render    func() app.UI
		want, not []string
	}{
		{
			name: "SOC 1, every area",
			render: func() app.UI {
				return page(engine.Scope{Report: engine.SOC1}).renderAreas(lib, engine.Recommendation{})
			},
			want: []string{`3. Control objective areas in scope`, `value="business"`, `IT general controls (always in scope)`,
				`sq-scope-soc1-client-transactions`},
			not: []string{`out-business`, `sq-scope-sla-uptime`},
		},
		{
			name: "SOC 1 without business processes, reason given",
			render: func() app.UI {
				p := page(engine.Scope{Report: engine.SOC1, Categories: []string{"entity", "itgc"},
					OutOfScope: map[string]string{"business": why}})
				return p.renderAreas(lib, engine.Recommend(lib.Scoping(), engine.Answers{"scope-soc1-client-transactions": {Choice: engine.Yes}}))
			},
			want: []string{`id="out-business"`, `Why is “Business process controls” left out?`, why, `Business process controls (suggested)`},
			not:  []string{`Not recorded yet.`},
		},
		{
			name: "SOC 1 without business processes, no reason yet",
			render: func() app.UI {
				return page(engine.Scope{Report: engine.SOC1, Categories: []string{"itgc"}}).renderAreas(lib, engine.Recommendation{})
			},
			want: []string{`id="out-business"`, `Not recorded yet.`},
		},
		{
			name: "SOC 2 categories leave the SOC 1 question and pick out",
			render: func() app.UI {
				rec := engine.Recommend(lib.Scoping(), engine.Answers{"scope-soc1-client-transactions": {Choice: engine.Yes}})
				return page(engine.Scope{Report: engine.SOC2}).renderCategories(lib, rec)
			},
			want: []string{`sq-scope-sla-uptime`},
			not:  []string{`scope-soc1-client-transactions`, `Business process controls`, `out-`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html := app.HTMLString(tt.render())
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

// The one-line scope names a SOC 1's areas only when some are left out.
func TestScopeSummarySOC1Areas(t *testing.T) {
	lib := mustLibrary()
	_, fw := lib.BankFor(engine.Scope{Report: engine.SOC1})
	full := lib.NormalizeScope(engine.Scope{Report: engine.SOC1})
	itgc := lib.NormalizeScope(engine.Scope{Report: engine.SOC1, Categories: []string{"itgc"}})
	if got := scopeSummary(fw, full); got != "SOC 1 Type I" {
		t.Errorf("every area: %q", got)
	}
	if got, want := scopeSummary(fw, itgc), "SOC 1 Type I: Entity level and oversight, IT general controls"; got != want {
		t.Errorf("IT general controls only: %q, want %q", got, want)
	}
}

// The summary names the SOC 1 areas left out, with the reason, and nothing
// for a SOC 1 with every area or for a SOC 2.
func TestAreasLeftOutInSummary(t *testing.T) {
	const why = "We only host."
	out := app.HTMLString(renderAreasLeftOut(engine.Scope{Report: engine.SOC1, Categories: []string{"itgc"},
		OutOfScope: map[string]string{"business": why}}))
	if !strings.Contains(out, "Business process controls: "+why) {
		t.Errorf("left-out area missing in %s", out)
	}
	for _, s := range []engine.Scope{{Report: engine.SOC1}, {Report: engine.SOC2, Categories: []string{"security"}}} {
		if out := app.HTMLString(renderAreasLeftOut(s)); strings.Contains(out, "left out") {
			t.Errorf("scope %+v: %s", s, out)
		}
	}
}
