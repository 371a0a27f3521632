package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/review"
)

// requirementsNote lists what the requester requires. With outcomes (the
// results page, a shared results link), each line says whether it is met and
// the heading says how many are; without, the list is what to aim for (the
// scope page). Nothing when there are no requirements.
func requirementsNote(id string, q *engine.Requirements, outcomes []review.Outcome, judged bool) app.UI {
	if q.Empty() {
		return app.Text("")
	}
	heading := "What the requester requires"
	if judged {
		heading = review.Summary(outcomes)
	}
	var items []app.UI
	if judged {
		for _, o := range outcomes {
			mark, cls := "Not met", "req req-unmet"
			if o.Met {
				mark, cls = "Met", "req req-met"
			}
			items = append(items, app.Li().Class(cls).Body(
				app.Strong().Text(mark+": "), app.Text(o.Label),
				app.If(o.Detail != "", func() app.UI { return app.Span().Class("req-detail").Text(" (" + o.Detail + ")") }),
			))
		}
	} else {
		for _, line := range requirementLines(q) {
			items = append(items, app.Li().Text(line))
		}
	}
	return app.Section().Class("card requirements").ID(id).Aria("labelledby", id+"-h").Body(
		app.H2().ID(id+"-h").Text(heading),
		app.Ul().Class("req-list").Body(items...),
	)
}

// requirementLines says each requirement in words, in the order Judge uses.
func requirementLines(q *engine.Requirements) []string {
	var out []string
	if q.MinReadiness > 0 {
		out = append(out, "Overall readiness of at least "+itoa(q.MinReadiness)+"%")
	}
	for _, id := range []string{"security", "availability", "processing_integrity", "confidentiality", "privacy", "entity", "itgc", "business"} {
		if v, ok := q.MinCategory[id]; ok {
			out = append(out, categoryTitle(id)+" readiness of at least "+itoa(v)+"%")
		}
	}
	for _, c := range q.Controls {
		what := c.Ref
		if c.Question {
			what = "Question " + c.Ref
		}
		out = append(out, what+" "+review.Level(c))
	}
	if q.LimitBlockers {
		if q.MaxBlockers == 0 {
			out = append(out, "No blockers")
		} else {
			out = append(out, "At most "+itoa(q.MaxBlockers)+" "+plural(q.MaxBlockers, "blocker", "blockers"))
		}
	}
	return out
}

// categoryTitle is a category's title from the library, or its id.
func categoryTitle(id string) string {
	if lib, err := library(); err == nil {
		for _, fw := range lib.Frameworks() {
			if c := fw.FindCategory(id); c != nil {
				return c.Title
			}
		}
	}
	return id
}

// requiredText is the tag shown beside a question the requester requires
// ("Required: designed"), or "".
func requiredText(r *engine.Request, q *engine.Question) string {
	if r == nil {
		return ""
	}
	var levels []string
	for _, c := range review.RequiredOf(r.Requirements, q) {
		if l := review.Level(c); !strings.Contains(strings.Join(levels, ","), l) {
			levels = append(levels, l)
		}
	}
	if len(levels) == 0 {
		return ""
	}
	return "Required by the requester: " + strings.Join(levels, " and ")
}

// judge scores an assessment's requirements; nil when it has none.
func judge(q *engine.Requirements, b *engine.Bank, fw *engine.Framework, res *engine.Result, answers engine.Answers) []review.Outcome {
	return review.Judge(q, review.Subject{Bank: b, Fw: fw, Result: res, Answers: answers})
}

// requestRequirements lists, on the scope page, what the requester requires.
func requestRequirements(r *engine.Request) app.UI {
	if r == nil {
		return app.Text("")
	}
	return requirementsNote("scope-reqs", r.Requirements, nil, false)
}

// renderRequirements judges the vendor's own results against the
// requester's requirements, as the requester will.
func (p *resultsPage) renderRequirements() app.UI {
	if p.a.Request == nil || p.a.Request.Requirements.Empty() {
		return app.Text("")
	}
	q := p.a.Request.Requirements
	return requirementsNote("results-reqs", q, judge(q, p.bank, p.fw, p.res, p.a.Answers), true)
}

func sameRequirements(a, b *engine.Requirements) bool { return review.Same(a, b) }
