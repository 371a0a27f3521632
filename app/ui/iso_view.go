package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// The ISO/IEC 27001 crosswalk as the results and questions show it. Every
// link is labelled "overlap, not equivalence", links found only through SCF
// are marked indirect, and nothing here says a certificate meets a criterion.

// crosswalkFor returns the crosswalk of fw to ISO/IEC 27001, or nil.
func crosswalkFor(fw *engine.Framework) *engine.Crosswalk {
	lib, err := library()
	if err != nil || fw == nil {
		return nil
	}
	return lib.Crosswalk(fw.ID)
}

// isoLinksText lists what the criteria relate to in ISO/IEC 27001:2022:
// primary Annex A controls and clauses, then the indirect SCF links apart.
func isoLinksText(cw *engine.Crosswalk, criteria []string) (primary, indirect string) {
	var annex, clauses, scf []string
	add := func(list []string, ids []string) []string {
		for _, id := range ids {
			if !containsStr(list, id) {
				list = append(list, id)
			}
		}
		return list
	}
	for _, c := range criteria {
		l := cw.Link(c)
		annex = add(annex, l.AnnexA)
		clauses = add(clauses, l.Clauses)
		scf = add(scf, l.ViaSCF)
	}
	var parts []string
	if len(annex) > 0 {
		parts = append(parts, "Annex A "+strings.Join(annex, ", "))
	}
	if len(clauses) > 0 {
		parts = append(parts, "clauses "+strings.Join(clauses, ", "))
	}
	var only []string
	for _, id := range scf {
		if !containsStr(annex, id) {
			only = append(only, id)
		}
	}
	return strings.Join(parts, "; "), strings.Join(only, ", ")
}

func containsStr(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// isoOverlap writes the ISO/IEC 27001 line of a question card.
func isoOverlap(m *markup, cw *engine.Crosswalk, criteria []string) {
	if cw == nil || len(criteria) == 0 {
		return
	}
	primary, indirect := isoLinksText(cw, criteria)
	if primary == "" {
		primary = "no direct link"
	}
	m.open("details", "class", "iso-overlap").elem("summary", "ISO/IEC 27001:2022: "+engine.OverlapNote).elem("p", primary+".")
	if indirect != "" {
		m.elem("p", engine.ViaSCFNote+", not counted as overlap: "+indirect+".", "class", "help")
	}
	m.close("details")
}

// isoCell is the ISO column of the criterion table.
func isoCell(cw *engine.Crosswalk) func(m *markup, id string) {
	return func(m *markup, id string) {
		primary, indirect := isoLinksText(cw, []string{id})
		if primary == "" && indirect == "" {
			m.elem("td", "None")
			return
		}
		m.open("td", "class", "iso-cell")
		if primary != "" {
			m.elem("span", primary)
		}
		if indirect != "" {
			m.elem("span", engine.ViaSCFNote+": "+indirect, "class", "help iso-indirect")
		}
		m.close("td")
	}
}

// isoWorkBadge marks a gap of an ISO-certified organization.
func isoWorkBadge(w engine.ISOWork) app.UI {
	if w == engine.ISOWorkNone {
		return app.Text("")
	}
	return app.P().Class("iso-work iso-work-" + string(w)).Text(w.Label() + ".")
}

// isoPlanNote is the plan's summary of the split, for an ISO-certified
// organization.
func isoPlanNote(cw *engine.Crosswalk, scoping engine.Answers, gaps []engine.Gap) app.UI {
	overlap, fresh := engine.ISOSplit(cw, scoping, gaps)
	if overlap+fresh == 0 {
		return app.Text("")
	}
	return app.P().Class("notice").ID("iso-plan-note").Text("With your ISO/IEC 27001 certification: " + itoa(overlap) +
		" of these gaps sit on criteria that overlap with ISO/IEC 27001, where your ISMS probably holds evidence already (check that it covers the SOC scope and period); " +
		itoa(fresh) + " are new work. Overlap is not equivalence: each gap still needs its SOC evidence.")
}

// renderISOView is the results section "ISO/IEC 27001 view": readiness by
// Annex A theme, with the rule beside the table and a CSV export.
func (p *resultsPage) renderISOView(cw *engine.Crosswalk) app.UI {
	lines := engine.ISOView(p.bank, p.fw, cw, p.a.Scope, p.a.Answers)
	typeII := p.res.Scope.Type == engine.TypeII
	return app.Section().Class("card").Aria("labelledby", "h-iso").ID("iso-view").Body(
		app.H2().ID("h-iso").Text("ISO/IEC 27001 view"),
		app.P().Text("Your readiness regrouped by the four themes of ISO/IEC 27001:2022 Annex A, through a public crosswalk. It shows overlap, not equivalence: an ISO certificate does not meet a SOC criterion, and this is not an ISO assessment."),
		app.Div().Class("iso-view").Body(
			scrollable("Readiness by Annex A theme", app.Table().Class("scores").ID("iso-table").Body(
				app.Caption().Text("Readiness by Annex A theme"),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Theme"),
					app.Th().Scope("col").Text("Readiness"),
					app.Th().Scope("col").Text("Design"),
					app.If(typeII, func() app.UI { return app.Th().Scope("col").Text("Operating") }),
					app.Th().Scope("col").Text("Answered"),
					app.Th().Scope("col").Text("Criteria linked"),
				)),
				app.TBody().Body(app.Range(lines).Slice(func(i int) app.UI {
					l := lines[i]
					return app.Tr().Body(
						app.Th().Scope("row").Text(l.ID+" "+l.Title),
						app.Td().Text(percentText(l.Score, l.HasScore)),
						app.Td().Text(percentText(l.Design, l.HasDesign)),
						app.If(typeII, func() app.UI { return app.Td().Text(percentText(l.Operating, l.HasOperating)) }),
						app.Td().Text(itoa(l.Answered)+"/"+itoa(l.Questions)),
						app.Td().Text(orNone(strings.Join(l.Criteria, ", "))),
					)
				})),
			)),
			app.Div().Class("iso-rule").Body(
				app.H3().Text("How the themes are scored"),
				app.Range(engine.ISOViewRule).Slice(func(i int) app.UI { return app.P().Text(engine.ISOViewRule[i]) }),
			),
		),
		app.Button().Type("button").Class("button").ID("export-iso").Text("ISO/IEC 27001 view (CSV)").OnClick(p.onISOCSV(lines, typeII)),
		liveMessage(p.isoMsg, false),
	)
}

func orNone(s string) string {
	if s == "" {
		return "None"
	}
	return s
}

func (p *resultsPage) onISOCSV(lines []engine.ISOThemeLine, typeII bool) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		rows := make([]share.ISORow, len(lines))
		pct := func(v float64, has bool) string {
			if !has {
				return ""
			}
			return itoa(percent(v))
		}
		for i, l := range lines {
			rows[i] = share.ISORow{Theme: l.ID, Title: l.Title, Readiness: pct(l.Score, l.HasScore), Design: pct(l.Design, l.HasDesign),
				Questions: l.Questions, Answered: l.Answered, Criteria: l.Criteria, Controls: l.Controls}
			if typeII {
				rows[i].Operating = pct(l.Operating, l.HasOperating)
			}
		}
		download(fileName(p.a.Name)+"-iso27001-view.csv", "text/csv;charset=utf-8", share.ISOViewCSV(rows))
		p.isoMsg = "ISO/IEC 27001 view CSV downloaded."
	}
}
