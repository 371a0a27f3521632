package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
)

// scoreChart draws score lines as a horizontal bar chart in inline SVG. It is
// readable without colour: each bar carries its number, and the band
// thresholds are dashed lines with their own labels. The same numbers are
// also given in a table next to it (scoreTable).
func scoreChart(id, title string, lines []engine.ScoreLine) app.UI {
	const (
		labelW = 150
		barW   = 300
		rowH   = 28
		top    = 22
		width  = labelW + barW + 60
	)
	height := top + rowH*len(lines) + 8
	x := func(score float64) int { return labelW + int(score*barW/100) }
	var rows []app.UI
	for i, l := range lines {
		y := top + i*rowH
		label := l.ID
		if l.Title != "" && len(l.Title) < 22 {
			label = l.Title
		}
		rows = append(rows, svgEl("text").Attr("x", labelW-8).Attr("y", y+18).Attr("text-anchor", "end").Attr("class", "chart-label").Text(label))
		if !l.HasScore {
			rows = append(rows, svgEl("text").Attr("x", labelW+4).Attr("y", y+18).Attr("class", "chart-value").Text("no score (all N/A)"))
			continue
		}
		rows = append(rows,
			svgEl("rect").Attr("x", labelW).Attr("y", y+4).Attr("width", max(1, x(l.Score)-labelW)).Attr("height", rowH-10).Attr("class", "chart-bar "+bandClass(engine.BandFor(l.Score))),
			svgEl("text").Attr("x", x(l.Score)+6).Attr("y", y+18).Attr("class", "chart-value").Text(strconv.Itoa(percent(l.Score))+"%"),
		)
	}
	for _, t := range []struct {
		at    float64
		label string
	}{{engine.SignificantGapsAt, "40"}, {engine.MinorGapsAt, "70"}, {engine.AuditReadyAt, "85"}} {
		rows = append(rows,
			svgEl("line").Attr("x1", x(t.at)).Attr("x2", x(t.at)).Attr("y1", top-4).Attr("y2", height-4).Attr("class", "chart-threshold"),
			svgEl("text").Attr("x", x(t.at)).Attr("y", 14).Attr("text-anchor", "middle").Attr("class", "chart-tick").Text(t.label),
		)
	}
	return svgEl("svg").ID(id).Attr("viewBox", "0 0 "+strconv.Itoa(width)+" "+strconv.Itoa(height)).
		Attr("role", "img").Attr("aria-labelledby", id+"-title").Class("chart").Body(
		append([]app.UI{svgEl("title").ID(id + "-title").Text(title + " (the same numbers are in the table below)")}, rows...)...,
	)
}

func bandClass(b engine.Band) string { return "band-" + string(b) }

// scoreTable gives the numbers of a chart as a table.
func scoreTable(caption string, lines []engine.ScoreLine, typeII bool) app.UI {
	return scoreTableWith(caption, lines, typeII, "", nil)
}

// scoreTableWith is scoreTable with one more column, headed head, whose
// cell for each line extra renders from the line's id (nil: no column).
func scoreTableWith(caption string, lines []engine.ScoreLine, typeII bool, head string, extra func(id string) app.UI) app.UI {
	return scrollable(caption, app.Table().Class("scores").Body(
		app.Caption().Text(caption),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text("Area"),
			app.Th().Scope("col").Text("Readiness"),
			app.Th().Scope("col").Text("Design"),
			app.If(typeII, func() app.UI { return app.Th().Scope("col").Text("Operating") }),
			app.Th().Scope("col").Text("Answered"),
			app.If(extra != nil, func() app.UI { return app.Th().Scope("col").Text(head) }),
		)),
		app.TBody().Body(app.Range(lines).Slice(func(i int) app.UI {
			l := lines[i]
			name := l.ID
			if l.Title != "" && l.Title != l.ID {
				name = l.ID + " " + l.Title
				if l.ID == l.Title || len(l.ID) > 12 {
					name = l.Title
				}
			}
			return app.Tr().Body(
				app.Th().Scope("row").Text(name),
				app.Td().Text(percentText(l.Score, l.HasScore)),
				app.Td().Text(percentText(l.Design, l.HasDesign)),
				app.If(typeII, func() app.UI { return app.Td().Text(percentText(l.Operating, l.HasOperating)) }),
				app.Td().Text(itoa(l.Answered)+"/"+itoa(l.Questions)),
				app.If(extra != nil, func() app.UI { return extra(l.ID) }),
			)
		})),
	))
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
