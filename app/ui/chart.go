package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// scoreChart draws score lines as a horizontal bar chart in inline SVG. It is
// readable without colour: each bar carries its number, and the band
// thresholds are dashed lines with their own labels. The same numbers are
// also given in a table next to it (scoreTable). Each label sits on its own
// line above its bar, so the chart is narrow: on a 360 px phone it is drawn
// near its natural size and its text stays readable (it was a 510-unit-wide
// drawing shrunk to two thirds, labels cut at 22 characters).
func scoreChart(id, title string, lines []engine.ScoreLine) app.UI {
	const (
		left  = 2
		barW  = 270
		rowH  = 44
		top   = 22
		width = left + barW + 48
	)
	height := top + rowH*len(lines) + 4
	x := func(score float64) int { return left + int(score*barW/100) }
	var rows []app.UI
	for i, l := range lines {
		y := top + i*rowH
		rows = append(rows, svgEl("text").Attr("x", left).Attr("y", y+14).Attr("class", "chart-label").Text(chartLabel(l.ID, l.Title)))
		if !l.HasScore {
			rows = append(rows, svgEl("text").Attr("x", left).Attr("y", y+36).Attr("class", "chart-value").Text("no score (all N/A)"))
			continue
		}
		rows = append(rows,
			svgEl("rect").Attr("x", left).Attr("y", y+20).Attr("width", max(1, x(l.Score)-left)).Attr("height", 18).Attr("class", "chart-bar "+bandClass(engine.BandFor(l.Score))),
			svgEl("text").Attr("x", x(l.Score)+5).Attr("y", y+34).Attr("class", "chart-value").Text(strconv.Itoa(percent(l.Score))+"%"),
		)
	}
	for _, t := range []struct {
		at    float64
		label string
	}{{engine.SignificantGapsAt, "40"}, {engine.MinorGapsAt, "70"}, {engine.AuditReadyAt, "85"}} {
		rows = append(rows,
			svgEl("line").Attr("x1", x(t.at)).Attr("x2", x(t.at)).Attr("y1", top-4).Attr("y2", height-2).Attr("class", "chart-threshold"),
			svgEl("text").Attr("x", x(t.at)).Attr("y", 12).Attr("text-anchor", "middle").Attr("class", "chart-tick").Text(t.label),
		)
	}
	return svgEl("svg").ID(id).Attr("viewBox", "0 0 "+strconv.Itoa(width)+" "+strconv.Itoa(height)).
		Attr("role", "img").Attr("aria-labelledby", id+"-title").Class("chart").Body(
		append([]app.UI{svgEl("title").ID(id + "-title").Text(title + " (the same numbers are in the table below)")}, rows...)...,
	)
}

// areaName is how a score line is named in a table: "CC6 Logical and
// physical access" for a coded series or criterion, but "Security", not
// "security Security", for a category whose id is its name in lower case.
func areaName(id, title string) string {
	switch {
	case title == "" || title == id:
		return id
	case !isCode(id):
		return title
	}
	return id + " " + title
}

// isCode reports whether an id is a code worth showing (CC6, PI1.2, A1):
// short, with a digit or in capitals.
func isCode(id string) bool {
	if len(id) > 12 {
		return false
	}
	for _, r := range id {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// chartLabel is areaName, shortened to fit the chart's width.
func chartLabel(id, title string) string {
	name := []rune(areaName(id, title))
	if len(name) > 44 {
		return string(name[:43]) + "…"
	}
	return string(name)
}

func bandClass(b engine.Band) string { return "band-" + string(b) }

// scoreTable gives the numbers of a chart as a table.
func scoreTable(caption string, lines []engine.ScoreLine, typeII bool) app.UI {
	return scoreTableWith(caption, lines, typeII, "", nil)
}

// scoreTableWith is scoreTable with one more column, headed head, whose
// cell for each line extra writes from the line's id (nil: no column). The
// table is static markup (markup.go): the criterion table has 61 rows.
func scoreTableWith(caption string, lines []engine.ScoreLine, typeII bool, head string, extra func(m *markup, id string)) app.UI {
	var m markup
	m.openScrollable(caption).open("table", "class", "scores").elem("caption", caption)
	m.open("thead").open("tr")
	cols := []string{"Area", "Readiness", "Design"}
	if typeII {
		cols = append(cols, "Operating")
	}
	cols = append(cols, "Answered")
	if extra != nil {
		cols = append(cols, head)
	}
	for _, c := range cols {
		m.elem("th", c, "scope", "col")
	}
	m.close("tr").close("thead").open("tbody")
	for _, l := range lines {
		m.open("tr").elem("th", areaName(l.ID, l.Title), "scope", "row")
		m.elem("td", percentText(l.Score, l.HasScore))
		m.elem("td", percentText(l.Design, l.HasDesign))
		if typeII {
			m.elem("td", percentText(l.Operating, l.HasOperating))
		}
		m.elem("td", itoa(l.Answered)+"/"+itoa(l.Questions))
		if extra != nil {
			extra(&m, l.ID)
		}
		m.close("tr")
	}
	m.close("tbody").close("table").close("div")
	return m.ui()
}

const svgNS = "http://www.w3.org/2000/svg"

// svgEl creates an SVG element; go-app needs the namespace on each one.
func svgEl(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// scoresSection is the "Scores" section of the printed report and of a
// shared view: the category chart and the category and series tables. id
// prefixes the element ids; class is the section's style.
func scoresSection(id, class string, r *engine.Result) app.UI {
	typeII := r.Scope.Type == engine.TypeII
	return app.Section().Class(class).Aria("labelledby", id+"-scores").Body(
		app.H2().ID(id+"-scores").Text("Scores"),
		scoreChart(id+"-chart", "Readiness by category", r.Categories),
		scoreTable("Scores by category", r.Categories, typeII),
		scoreTable("Scores by series", r.Series, typeII),
	)
}
