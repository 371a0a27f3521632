package share

import (
	"strconv"
	"strings"
)

// ISORow is one Annex A theme of the ISO/IEC 27001 view, as the CSV shows it.
type ISORow struct {
	Theme     string // "A.5"
	Title     string
	Readiness string // "72" or "" when the theme has no score
	Design    string
	Operating string // "" for a Type I
	Questions int
	Answered  int
	Criteria  []string
	Controls  []string
}

// ISOViewCSV lists the readiness by Annex A theme. The last column repeats
// the caution every reader needs: the links are overlap, not equivalence.
func ISOViewCSV(rows []ISORow) []byte {
	out := [][]string{{"theme", "title", "readiness", "design", "operating", "questions", "answered", "criteria", "annex_a_controls", "relationship"}}
	for _, r := range rows {
		out = append(out, []string{r.Theme, r.Title, r.Readiness, r.Design, r.Operating,
			strconv.Itoa(r.Questions), strconv.Itoa(r.Answered), strings.Join(r.Criteria, " "), strings.Join(r.Controls, " "),
			"overlap, not equivalence"})
	}
	return writeCSV(out)
}
