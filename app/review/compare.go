package review

import (
	"strconv"
	"strings"

	"github.com/socready/socready/app/engine"
)

// A Vendor is one column of a comparison.
type Vendor struct {
	Name     string
	Subject  Subject
	Outcomes []Outcome // Judge against the buyer's requirements
}

// A Row is one line of a side-by-side comparison: a label and a value per
// vendor, and whether the values differ (to highlight).
type Row struct {
	Group  string // "Scores", "Categories", "Series", "Requirements", "Key controls"
	Label  string
	Values []string
	Differ bool
}

// Side lines 2–6 vendors up: overall scores and blockers, scores by category
// and by series, each requirement met or not, and the key controls each
// vendor has not fully in place. A line that only some vendors have shows
// "—" for the others.
func Side(vs []Vendor) []Row {
	var rows []Row
	add := func(group, label string, value func(v *Vendor) string) {
		r := Row{Group: group, Label: label}
		for i := range vs {
			r.Values = append(r.Values, value(&vs[i]))
		}
		for _, x := range r.Values[1:] {
			if x != r.Values[0] {
				r.Differ = true
			}
		}
		rows = append(rows, r)
	}
	res := func(v *Vendor) *engine.Result { return v.Subject.Result }
	add("Scores", "Readiness", func(v *Vendor) string { return score(res(v).Readiness, res(v).HasReadiness) })
	add("Scores", "Band", func(v *Vendor) string { return res(v).Band.Label() })
	add("Scores", "Completion", func(v *Vendor) string { return strconv.Itoa(engine.Percent(res(v).Completion)) + "%" })
	add("Scores", "Blockers", func(v *Vendor) string { return strconv.Itoa(len(res(v).Blockers)) })
	for _, group := range []struct {
		name  string
		lines func(r *engine.Result) []engine.ScoreLine
	}{
		{"Categories", func(r *engine.Result) []engine.ScoreLine { return r.Categories }},
		{"Series", func(r *engine.Result) []engine.ScoreLine { return r.Series }},
	} {
		for _, l := range union(vs, group.lines) {
			add(group.name, l.Title, func(v *Vendor) string {
				for _, m := range group.lines(res(v)) {
					if m.ID == l.ID {
						return score(m.Score, m.HasScore)
					}
				}
				return "—"
			})
		}
	}
	if len(vs) > 0 {
		for k, o := range vs[0].Outcomes {
			add("Requirements", o.Label, func(v *Vendor) string {
				if k >= len(v.Outcomes) {
					return "—"
				}
				if v.Outcomes[k].Met {
					return "Met"
				}
				return "Not met (" + v.Outcomes[k].Detail + ")"
			})
		}
	}
	for _, id := range keyQuestions(vs) {
		add("Key controls", id, func(v *Vendor) string {
			for _, b := range res(v).Blockers {
				if b.ID == id {
					return "Gap: " + b.Choice.Label()
				}
			}
			return "In place"
		})
	}
	return rows
}

// union lists the score lines any vendor has, in first-seen order.
func union(vs []Vendor, lines func(*engine.Result) []engine.ScoreLine) []engine.ScoreLine {
	var out []engine.ScoreLine
	seen := map[string]bool{}
	for i := range vs {
		for _, l := range lines(vs[i].Subject.Result) {
			if !seen[l.ID] {
				seen[l.ID] = true
				out = append(out, l)
			}
		}
	}
	return out
}

// keyQuestions lists the key controls any vendor has a gap on, in first-seen
// order.
func keyQuestions(vs []Vendor) []string {
	var out []string
	seen := map[string]bool{}
	for i := range vs {
		for _, b := range vs[i].Subject.Result.Blockers {
			if !seen[b.ID] {
				seen[b.ID] = true
				out = append(out, b.ID)
			}
		}
	}
	return out
}

func score(v float64, ok bool) string {
	if !ok {
		return "—"
	}
	return strconv.Itoa(engine.Percent(v)) + "%"
}

// CSV writes rows as a comma-separated table with a header of vendor names,
// every cell quoted, formulas defused (a cell starting with = + - @ gets a
// leading apostrophe), so a spreadsheet shows text and runs nothing.
func CSV(vs []Vendor, rows []Row) string {
	var b strings.Builder
	line := func(cells ...string) {
		for i, c := range cells {
			if i > 0 {
				b.WriteByte(',')
			}
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				c = "'" + c
			}
			b.WriteString(`"` + strings.ReplaceAll(c, `"`, `""`) + `"`)
		}
		b.WriteString("\r\n")
	}
	head := []string{"Group", "Line"}
	for _, v := range vs {
		head = append(head, v.Name)
	}
	line(head...)
	for _, r := range rows {
		line(append([]string{r.Group, r.Label}, r.Values...)...)
	}
	return b.String()
}
