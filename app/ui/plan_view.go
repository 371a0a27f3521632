package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/plan"
)

// renderState is the headline of the results: where the organization
// stands and what comes next, in the terms an auditor uses.
func renderState(s plan.State) app.UI {
	if s.Code == plan.StateNone {
		return app.Text("")
	}
	return app.Div().Class("state state-"+string(s.Code)).ID("plan-state").Body(
		app.P().Class("state-label").Body(app.Strong().Text(s.Label)),
		app.P().Text(s.Detail),
	)
}

// renderPlan is the plan section: the picture, its text equivalent (the
// milestone table), warnings, the figures with what drove them, and the
// assumptions and sources.
func renderPlan(p plan.Plan, folded bool) app.UI {
	return app.Div().Body(
		app.P().Class("plan-prep").Body(
			app.Strong().Text("Preparation: "+itoa(p.PrepWeeks)+" weeks. "),
			app.Text(p.PrepBasis),
		),
		timelineSVG("plan-picture", p),
		scrollable("Milestones", app.Table().Class("timeline").Body(
			app.Caption().Text("Milestones: earliest realistic dates"),
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Milestone"), app.Th().Scope("col").Text("When"))),
			app.TBody().Body(app.Range(p.Milestones).Slice(func(i int) app.UI {
				m := p.Milestones[i]
				return app.Tr().Body(app.Th().Scope("row").Text(m.Name), app.Td().Text(dateRange(m.Earliest, m.Latest)))
			})),
		)),
		app.Range(p.Notes).Slice(func(i int) app.UI { return app.P().Class("notice").Text(p.Notes[i]) }),
		app.If(len(p.Infrequent) > 0, func() app.UI {
			return &fold{Class: "infrequent", Open: !folded, Title: "Controls that run less often than the window (" + itoa(len(p.Infrequent)) + ")", Content: func() []app.UI {
				return []app.UI{app.Ul().Body(app.Range(p.Infrequent).Slice(func(i int) app.UI {
					c := p.Infrequent[i]
					return app.Li().Text(frequencyLabel(c.Frequency) + ": " + c.Text)
				}))}
			}}
		}),
		app.If(len(p.Effort.Items) > 0, func() app.UI { return renderWork(p.Effort, folded) }),
		assumptions(p.Assumptions, folded),
	)
}

// assumptions lists what a figure assumes, folded on screen (on a phone the
// list is long, and the figures above it are what most readers look for) and
// open in the printed report.
func assumptions(list []string, folded bool) app.UI {
	return &fold{Class: "assumptions", Open: !folded, Title: "Assumptions (" + itoa(len(list)) + ")", Content: func() []app.UI {
		return []app.UI{app.Ul().Body(app.Range(list).Slice(func(i int) app.UI { return app.Li().Text(list[i]) }))}
	}}
}

// renderWork lists the pieces of work left, largest first.
func renderWork(e plan.Effort, folded bool) app.UI {
	return &fold{Class: "work", Open: !folded, Title: "Work left: " + itoa(len(e.Items)) + " pieces, about " + itoa(int(e.Hours+0.5)) + " hours of your team's time", Content: func() []app.UI {
		return []app.UI{scrollable("Work left", app.Table().Class("work-table").Body(
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Work"), app.Th().Scope("col").Text("Kind"), app.Th().Scope("col").Text("Hours"), app.Th().Scope("col").Text("Questions"))),
			app.TBody().Body(app.Range(e.Items).Slice(func(i int) app.UI {
				it := e.Items[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(it.Title),
					app.Td().Text(kindLabel(it.Kind)),
					app.Td().Text(itoa(int(it.Hours+0.5))),
					app.Td().Text(itoa(len(it.Questions))),
				)
			})),
		))}
	}}
}

func kindLabel(k engine.RemediationKind) string {
	switch k {
	case engine.RemediatePolicy:
		return "Write or adopt a policy"
	case engine.RemediateTool:
		return "Configure a tool"
	case engine.RemediateProcess:
		return "Set up a recurring process"
	case engine.RemediateEvidence:
		return "Gather evidence"
	}
	return "Other work"
}

func frequencyLabel(f engine.Frequency) string {
	switch f {
	case engine.Quarterly:
		return "Quarterly"
	case engine.Yearly:
		return "Yearly"
	case engine.Monthly:
		return "Monthly"
	}
	return string(f)
}

// timelineSVG draws the plan's phases as bars on a date axis, each with its
// name and dates written above it, and today and the requester's due date as
// labelled lines: it reads without colour, and the milestone table after it
// gives the same dates as text.
func timelineSVG(id string, p plan.Plan) app.UI {
	const (
		width = 360
		left  = 8
		right = 352
		rowH  = 40
		top   = 30
	)
	end := p.Today
	for _, ph := range p.Phases {
		if ph.End.After(end) {
			end = ph.End
		}
	}
	if p.Due.After(end) {
		end = p.Due
	}
	span := end.Sub(p.Today).Hours()
	if span <= 0 {
		span = 24
	}
	x := func(t time.Time) int {
		d := t.Sub(p.Today).Hours()
		return left + int(d/span*float64(right-left))
	}
	height := top + rowH*len(p.Phases) + 10
	var els []app.UI
	for i, ph := range p.Phases {
		y := top + i*rowH
		w := max(2, x(ph.End)-x(ph.Start))
		class := "tl-bar"
		if ph.Optional {
			class += " tl-optional"
		}
		els = append(els,
			svgEl("text").Attr("x", left).Attr("y", y+12).Attr("class", "tl-label").Text(ph.Name+": "+shortSpan(ph.Start, ph.End)),
			svgEl("rect").Attr("x", x(ph.Start)).Attr("y", y+18).Attr("width", w).Attr("height", 14).Attr("class", class),
		)
	}
	marker := func(t time.Time, label, class string, anchor string) {
		els = append(els,
			svgEl("line").Attr("x1", x(t)).Attr("x2", x(t)).Attr("y1", 16).Attr("y2", height-4).Attr("class", class),
			svgEl("text").Attr("x", x(t)).Attr("y", 12).Attr("text-anchor", anchor).Attr("class", "tl-tick").Text(label),
		)
	}
	marker(p.Today, "Today", "tl-today", "start")
	if !p.Due.IsZero() {
		marker(p.Due, "Due "+dateText(p.Due), "tl-due", "end")
	}
	desc := "From today, " + dateText(p.Today) + ": "
	for i, ph := range p.Phases {
		if i > 0 {
			desc += "; "
		}
		desc += ph.Name + " from " + dateText(ph.Start) + " to " + dateText(ph.End)
	}
	if !p.Due.IsZero() {
		desc += "; the requester's due date is " + dateText(p.Due)
	}
	return svgEl("svg").ID(id).Attr("viewBox", "0 0 "+strconv.Itoa(width)+" "+strconv.Itoa(height)).
		Attr("role", "img").Attr("aria-labelledby", id+"-title "+id+"-desc").Class("tl").Body(
		append([]app.UI{
			svgEl("title").ID(id + "-title").Text("Timeline of the plan"),
			svgEl("desc").ID(id + "-desc").Text(desc + ". The milestone table below gives the same dates."),
		}, els...)...,
	)
}

// renderCost shows the outside costs and the team's own time apart.
func renderCost(c plan.Cost, folded bool) app.UI {
	return app.Div().Body(
		app.P().Class("cost-total").Body(
			app.Text("Outside costs, first year: "), app.Strong().ID("cost-external").Text(c.ExternalFirstYear.String()),
			app.Text(". Each later year: "), app.Strong().Text(c.ExternalRenewal.String()), app.Text("."),
		),
		app.P().Class("cost-total").Body(
			app.Text("Your team's own time, first year: "), app.Strong().ID("cost-internal").Text(c.InternalFirstYear.String()),
			app.Text(" ("+itoa(c.InternalHours.Low)+"–"+itoa(c.InternalHours.High)+" hours; internal, not a bill). Each later year: "),
			app.Strong().Text(c.InternalRenewal.String()), app.Text("."),
		),
		app.P().Class("help").Text(c.Label),
		costTable("Outside costs", c.External),
		costTable("Your team's time (internal)", c.Internal),
		assumptions(c.Assumptions, folded),
	)
}

func costTable(caption string, lines []plan.CostLine) app.UI {
	return scrollable(caption, app.Table().Class("cost").Body(
		app.Caption().Text(caption),
		app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Item"), app.Th().Scope("col").Text("Range"), app.Th().Scope("col").Text("Basis"))),
		app.TBody().Body(app.Range(lines).Slice(func(i int) app.UI {
			l := lines[i]
			name := l.Name
			if l.Recurring {
				name += " (yearly)"
			}
			return app.Tr().Body(app.Th().Scope("row").Text(name), app.Td().Text(l.Amount.String()), app.Td().Text(l.Basis))
		})),
	))
}

// renderSources lists the public figures behind the plan and the cost.
func renderSources(folded bool) app.UI {
	return &fold{Class: "sources", Open: !folded, Title: "Public figures behind the plan and the cost", Content: func() []app.UI {
		return []app.UI{app.Ul().Body(app.Range(plan.Sources).Slice(func(i int) app.UI {
			s := plan.Sources[i]
			return app.Li().Body(app.Text(s.Figure+" "), app.Span().Class("help").Text("Source: "+s.Where))
		}))}
	}}
}

// renderOpinionGuide explains the auditor's opinion types and exceptions.
func renderOpinionGuide() app.UI {
	return app.Dl().Class("opinion-guide").Body(app.Range(engine.OpinionGuide).Slice(func(i int) app.UI {
		t := engine.OpinionGuide[i]
		return app.Div().Body(app.Dt().Text(t.Term), app.Dd().Text(t.Meaning))
	}))
}

// shortSpan is a date range that names a shared year once: "22 Feb – 22 Aug
// 2027", so a phase's label fits on a phone.
func shortSpan(a, b time.Time) string {
	if a.Year() == b.Year() {
		return a.Format("2 Jan") + " – " + dateText(b)
	}
	return dateText(a) + " – " + dateText(b)
}
