package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/review"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// milestonesPanel keeps dated, labelled snapshots of one's own assessment,
// draws readiness across them (inline SVG, with the same numbers in a
// table) and says what changed between any two of them, or since one.
// Res is the current result: when it changes, the panel redraws "now".
type milestonesPanel struct {
	app.Compo

	A    *engine.Assessment
	Bank *engine.Bank
	Fw   *engine.Framework
	Res  *engine.Result

	loadedFor string
	list      []store.Milestone
	points    []milestonePoint
	others    []milestonePoint // the user's other assessments of the same bank, as they are now
	label     string
	from, to  int // indices into points; the last is "now"
	msg       string
	failed    bool
}

// milestonePoint is a milestone decoded and scored (or "now").
type milestonePoint struct {
	label, date string
	subject     review.Subject
	problem     string
}

func (m *milestonesPanel) OnMount(ctx app.Context)  { m.load() }
func (m *milestonesPanel) OnUpdate(ctx app.Context) { m.load() }

func (m *milestonesPanel) load() {
	if m.A == nil || m.Bank == nil {
		return
	}
	lib, err := library()
	if err != nil {
		return
	}
	if m.loadedFor != m.A.ID {
		m.loadedFor = m.A.ID
		m.list, _ = workspace().Milestones(m.A.ID)
		m.from, m.to = 0, len(m.list)
		m.others = otherAssessments(lib, m.A, m.Bank)
		if len(m.list) == 0 && len(m.others) > 0 {
			m.from = len(m.list) + 1 // the first other assessment, against this one now
		}
	}
	m.points = m.points[:0]
	for _, ms := range m.list {
		p := milestonePoint{label: ms.Label, date: ms.Date}
		l, err := share.Decode(ms.Link, share.LookupFrom(lib))
		if err != nil {
			p.problem = share.UserMessage(err)
		} else {
			a := l.Assessment
			b, fw := lib.BankFor(a.Scope)
			p.subject = review.Subject{Bank: b, Fw: fw, Result: engine.Score(b, fw, a.Scope, a.Answers), Answers: a.Answers}
		}
		m.points = append(m.points, p)
	}
	m.points = append(m.points, milestonePoint{label: "Now", subject: review.Subject{Bank: m.Bank, Fw: m.Fw, Result: m.Res, Answers: m.A.Answers}})
	last := len(m.points) + len(m.others) - 1
	m.from, m.to = min(m.from, last), min(m.to, last)
}

// otherAssessments scores the user's other saved assessments that use the
// same bank version as a, so that two assessments can be compared as two
// milestones are. They are read once, when the panel opens.
func otherAssessments(lib *engine.Library, a *engine.Assessment, bank *engine.Bank) []milestonePoint {
	ws := workspace()
	var out []milestonePoint
	for _, s := range ws.List() {
		if s.ID == a.ID || s.Problem != nil {
			continue
		}
		o, err := ws.Load(s.ID)
		if err != nil || o.Bank != bank.ID || o.BankVersion != bank.Version {
			continue
		}
		b, fw := lib.BankFor(o.Scope)
		out = append(out, milestonePoint{label: "Assessment “" + isolate(o.Name) + "”", date: o.Updated,
			subject: review.Subject{Bank: b, Fw: fw, Result: engine.Score(b, fw, o.Scope, o.Answers), Answers: o.Answers}})
	}
	return out
}

func (m *milestonesPanel) Render() app.UI {
	body := []app.UI{
		app.H2().ID("h-milestones").Text("Milestones"),
		app.P().Text("Keep a dated snapshot of this assessment to follow your progress; it stays in this browser."),
		app.Form().Class("milestone-form").OnSubmit(m.onSave).Body(
			app.Div().Class("field").Body(
				app.Label().For("milestone-label").Text("Milestone label"),
				app.Input().Type("text").ID("milestone-label").Value(m.label).MaxLength(120).Placeholder("e.g. Policies approved").OnInput(m.onLabel),
			),
			app.Button().Type("submit").Class("button").ID("save-milestone").Text("Save a milestone"),
		),
		liveMessage(m.msg, m.failed),
	}
	if len(m.points) >= 2 {
		body = append(body, trendChart(m.points), m.trendTable())
	}
	if len(m.points)+len(m.others) >= 2 {
		body = append(body, m.renderDiff())
	}
	return app.Section().Class("card milestones").Aria("labelledby", "h-milestones").Body(body...)
}

// trendChart draws readiness across the points as a line in inline SVG.
func trendChart(points []milestonePoint) app.UI {
	const w, h, pad = 320, 120, 20
	n := len(points)
	var path string
	var dots []app.UI
	for i, p := range points {
		r := p.subject.Result
		if p.problem != "" || r == nil || !r.HasReadiness {
			continue
		}
		x := pad + i*(w-2*pad)/max(1, n-1)
		y := h - pad - int(r.Readiness*float64(h-2*pad)/100)
		if path == "" {
			path = "M"
		} else {
			path += " L"
		}
		path += strconv.Itoa(x) + " " + strconv.Itoa(y)
		dots = append(dots, svgEl("circle").Attr("cx", x).Attr("cy", y).Attr("r", 4).Attr("class", "trend-dot"),
			svgEl("text").Attr("x", x).Attr("y", y-8).Attr("text-anchor", "middle").Attr("class", "chart-value").Text(strconv.Itoa(percent(r.Readiness))+"%"))
	}
	kids := []app.UI{svgEl("title").ID("trend-title").Text("Readiness across milestones (the same numbers are in the table below)")}
	kids = append(kids, svgEl("line").Attr("x1", pad).Attr("x2", w-pad).Attr("y1", h-pad).Attr("y2", h-pad).Attr("class", "chart-threshold"))
	if path != "" {
		kids = append(kids, svgEl("path").Attr("d", path).Attr("class", "trend-line"))
	}
	kids = append(kids, dots...)
	return svgEl("svg").ID("trend").Attr("viewBox", "0 0 "+strconv.Itoa(w)+" "+strconv.Itoa(h)).
		Attr("role", "img").Attr("aria-labelledby", "trend-title").Class("chart trend").Body(kids...)
}

func (m *milestonesPanel) trendTable() app.UI {
	return scrollable("Readiness at each milestone", app.Table().ID("milestone-table").Class("scores").Body(
		app.Caption().Text("Readiness at each milestone"),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text("Milestone"), app.Th().Scope("col").Text("Date"),
			app.Th().Scope("col").Text("Readiness"), app.Th().Scope("col").Text("Band"), app.Th().Scope("col").Text("Delete"),
		)),
		app.TBody().Body(app.Range(m.points).Slice(func(i int) app.UI {
			p := m.points[i]
			if p.problem != "" {
				return app.Tr().Body(app.Th().Scope("row").Text(p.label), app.Td().Text(whenText(p.date)), app.Td().ColSpan(2).Text(p.problem), m.deleteCell(i))
			}
			r := p.subject.Result
			date := "—"
			if p.date != "" {
				date = whenText(p.date)
			}
			return app.Tr().Body(
				app.Th().Scope("row").Text(p.label), app.Td().Text(date),
				app.Td().Text(percentText(r.Readiness, r.HasReadiness)), app.Td().Text(r.Band.Label()),
				m.deleteCell(i),
			)
		})),
	))
}

func (m *milestonesPanel) deleteCell(i int) app.UI {
	if i == len(m.points)-1 { // "now"
		return app.Td().Text("")
	}
	return app.Td().Body(app.Button().Type("button").Class("button button-quiet").Text("Delete").
		Aria("label", "Delete milestone "+m.points[i].label).DataSet("index", i).OnClick(m.onDelete))
}

// renderDiff compares two chosen points.
func (m *milestonesPanel) renderDiff() app.UI {
	all := append(append([]milestonePoint{}, m.points...), m.others...)
	options := func(selected int) []app.UI {
		var out []app.UI
		for i, p := range all {
			out = append(out, app.Option().Value(strconv.Itoa(i)).Selected(i == selected).Text(p.label+dateSuffix(p.date)))
		}
		return out
	}
	from, to := all[m.from], all[m.to]
	var changes app.UI = app.P().Text("One of these milestones no longer opens.")
	if from.problem == "" && to.problem == "" {
		changes = changesList(review.Compare(from.subject, to.subject, m.A.RequestRequirements()), to.subject.Bank)
	}
	return app.Div().Class("milestone-diff").Body(
		app.H3().Text("What changed"),
		app.If(len(m.others) > 0, func() app.UI {
			return app.P().Class("help").Text("Compare two milestones, or this assessment with another of yours that uses the same questions.")
		}),
		app.Div().Class("review-tools").Body(
			app.Div().Class("field").Body(app.Label().For("diff-from").Text("From"), app.Select().ID("diff-from").OnChange(m.onFrom).Body(options(m.from)...)),
			app.Div().Class("field").Body(app.Label().For("diff-to").Text("To"), app.Select().ID("diff-to").OnChange(m.onTo).Body(options(m.to)...)),
		),
		app.Div().ID("milestone-changes").Body(changes),
	)
}

func dateSuffix(rfc string) string {
	if rfc == "" {
		return ""
	}
	return " (" + whenText(rfc) + ")"
}

func (m *milestonesPanel) onLabel(ctx app.Context, e app.Event) {
	m.label = ctx.JSSrc().Get("value").String()
}
func (m *milestonesPanel) onFrom(ctx app.Context, e app.Event) {
	m.from = atoi(ctx.JSSrc().Get("value").String())
}
func (m *milestonesPanel) onTo(ctx app.Context, e app.Event) {
	m.to = atoi(ctx.JSSrc().Get("value").String())
}

func (m *milestonesPanel) onSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	label := m.label
	if label == "" {
		label = "Milestone " + itoa(len(m.list)+1)
	}
	link, err := share.Encode(*m.A, m.Bank, share.Options{Notes: true})
	if err != nil {
		m.msg, m.failed = share.UserMessage(err), true
		return
	}
	ms, err := workspace().AddMilestone(m.A.ID, label, link)
	if err != nil {
		m.msg, m.failed = "Not saved: this browser's storage is full. Nothing was lost; delete old milestones or assessments to free space.", true
		return
	}
	m.list = append(m.list, ms)
	m.label, m.msg, m.failed = "", "Milestone “"+label+"” saved.", false
	m.to = len(m.list)
	m.load()
}

func (m *milestonesPanel) onDelete(ctx app.Context, e app.Event) {
	i := atoi(dataOf(ctx, "index"))
	if err := workspace().DeleteMilestone(m.A.ID, i); err != nil {
		m.msg, m.failed = "Could not delete it: "+err.Error(), true
		return
	}
	m.loadedFor = ""
	m.load()
	m.msg, m.failed = "Milestone deleted.", false
}
