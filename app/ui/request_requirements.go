package ui

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// reqForm holds the requirement fields of the request page as typed.
type reqForm struct {
	minReady  string
	catMin    map[string]string
	designed  string
	operating string
	blockers  string
}

// renderRequirementFields is the optional "what you require" part of the
// request form.
func (p *requestPage) renderRequirementFields(fw *engine.Framework, bank *engine.Bank) app.UI {
	f := &p.req
	var cats []*engine.Category
	if p.scope.Report != engine.SOC1 {
		for i := range fw.Categories {
			c := &fw.Categories[i]
			if c.Required || slices.Contains(p.scope.Categories, c.ID) {
				cats = append(cats, c)
			}
		}
	}
	return app.FieldSet().Class("requirements-fields").Body(
		app.Legend().Text("What you require (optional)"),
		app.P().Class("help").Text("The vendor sees these while answering, and you see which are met when the results come back. Leave a field empty to require nothing there."),
		numberField("req-min", "Minimum overall readiness (%)", f.minReady, 1, 100, p.onMinReady),
		app.Range(cats).Slice(func(i int) app.UI {
			c := cats[i]
			return app.Div().Class("field").Body(
				app.Label().For("req-cat-"+c.ID).Text("Minimum "+c.Title+" readiness (%)"),
				app.Input().Type("number").ID("req-cat-"+c.ID).Min(1).Max(100).Value(f.catMin[c.ID]).
					DataSet("category", c.ID).OnInput(p.onCatMin),
			)
		}),
		refsField("req-designed", "Must be designed (in place and documented): criteria or question ids, separated by commas", f.designed, "e.g. CC6.1, CC6.2", p.onDesigned),
		app.If(p.scope.Type == engine.TypeII, func() app.UI {
			return refsField("req-operating", "Must be operating with evidence over the period: criteria or question ids", f.operating, "e.g. CC7.2", p.onOperating)
		}),
		numberField("req-blockers", "Most blockers accepted (0 for none)", f.blockers, 0, 1000, p.onBlockers),
	)
}

func numberField(id, label, value string, min, max int, onInput app.EventHandler) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Input().Type("number").ID(id).Min(min).Max(max).Value(value).OnInput(onInput),
	)
}

func refsField(id, label, value, placeholder string, onInput app.EventHandler) app.UI {
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Input().Type("text").ID(id).Value(value).Placeholder(placeholder).MaxLength(2000).AutoComplete(false).OnInput(onInput),
	)
}

func (p *requestPage) onMinReady(ctx app.Context, e app.Event)  { p.req.minReady = p.value(ctx) }
func (p *requestPage) onDesigned(ctx app.Context, e app.Event)  { p.req.designed = p.value(ctx) }
func (p *requestPage) onOperating(ctx app.Context, e app.Event) { p.req.operating = p.value(ctx) }
func (p *requestPage) onBlockers(ctx app.Context, e app.Event)  { p.req.blockers = p.value(ctx) }
func (p *requestPage) onCatMin(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("category").String()
	if p.req.catMin == nil {
		p.req.catMin = map[string]string{}
	}
	p.req.catMin[id] = p.value(ctx)
}

// requirements turns the typed fields into Requirements, or says what to fix.
func (f *reqForm) requirements(scope engine.Scope, fw *engine.Framework, bank *engine.Bank) (*engine.Requirements, string) {
	q := &engine.Requirements{}
	pct := func(label, s string) (int, string) {
		s = strings.TrimSpace(s)
		if s == "" {
			return 0, ""
		}
		v, err := strconv.Atoi(s)
		if err != nil || v < 1 || v > 100 {
			return 0, label + " must be a whole number from 1 to 100."
		}
		return v, ""
	}
	var msg string
	if q.MinReadiness, msg = pct("The minimum overall readiness", f.minReady); msg != "" {
		return nil, msg
	}
	for _, c := range fw.Categories {
		in := c.Required || slices.Contains(scope.Categories, c.ID)
		v, msg := pct("The minimum "+c.Title+" readiness", f.catMin[c.ID])
		if msg != "" && in {
			return nil, msg
		}
		if v > 0 && in && scope.Report != engine.SOC1 {
			if q.MinCategory == nil {
				q.MinCategory = map[string]int{}
			}
			q.MinCategory[c.ID] = v
		}
	}
	for _, list := range []struct {
		text      string
		operating bool
	}{{f.designed, false}, {f.operating, true}} {
		if list.operating && scope.Type != engine.TypeII {
			continue
		}
		for _, ref := range strings.FieldsFunc(list.text, func(r rune) bool { return r == ',' || r == ';' || r == ' ' }) {
			c := engine.ControlRequirement{Ref: ref, Operating: list.operating}
			switch {
			case fw.FindCriterion(ref) != nil:
			case bank.FindQuestion(ref) != nil:
				c.Question = true
			case fw.FindCriterion(strings.ToUpper(ref)) != nil:
				c.Ref = strings.ToUpper(ref)
			default:
				return nil, "“" + ref + "” is neither a criterion nor a question id of these questions."
			}
			if !slices.Contains(q.Controls, c) {
				q.Controls = append(q.Controls, c)
			}
		}
	}
	if s := strings.TrimSpace(f.blockers); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v < 0 || v > 1000 {
			return nil, "The most blockers accepted must be a whole number from 0 to 1000."
		}
		q.LimitBlockers, q.MaxBlockers = true, v
	}
	if q.Empty() {
		return nil, ""
	}
	return q, ""
}
