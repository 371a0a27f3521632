package share

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/socready/socready/app/engine"
)

// CSV files are for spreadsheets: UTF-8 with a byte-order mark (so Excel does
// not guess another encoding), CRLF line ends and RFC 4180 quoting. Any cell
// that a spreadsheet could run as a formula is neutralised (see safeCell).

// GapRow is one line of the gap list as the CSV shows it. It is plain data so
// that this package does not depend on how the engine computes gaps.
type GapRow struct {
	ID          string // question id
	Severity    string // for example "blocker", "high"
	Impact      float64
	Criteria    []string
	Question    string
	Remediation string
	Evidence    string
}

// AnswersCSV lists every question of bank in order with its answer.
func AnswersCSV(bank *engine.Bank, answers engine.Answers) []byte {
	return AnswersCSVAsked(bank, answers, nil)
}

// NotAsked is the answer column of a question the scope or an earlier answer
// leaves out: it is not "Unanswered", nothing is missing.
const NotAsked = "Not asked (outside the scope)"

// AnswersCSVAsked is AnswersCSV for an assessment's scope: asked holds, per
// question of bank, whether it is asked (engine.AskedAll); a question that is
// not is marked NotAsked, with nothing it may hold from an earlier scope. A
// nil asked marks every question asked.
func AnswersCSVAsked(bank *engine.Bank, answers engine.Answers, asked []bool) []byte {
	rows := [][]string{{"question_id", "criteria", "question", "answer", "na_justification", "note"}}
	for i := range bank.Questions {
		q := &bank.Questions[i]
		if asked != nil && i < len(asked) && !asked[i] {
			rows = append(rows, []string{q.ID, strings.Join(q.Criteria, " "), q.Text, NotAsked, "", ""})
			continue
		}
		a := answers[q.ID]
		rows = append(rows, []string{q.ID, strings.Join(q.Criteria, " "), q.Text, a.Choice.Label(), a.Justification, a.Note})
	}
	return writeCSV(rows)
}

// GapsCSV lists the gaps in the order given (the engine's impact order).
func GapsCSV(gaps []GapRow) []byte {
	rows := [][]string{{"question_id", "severity", "impact", "criteria", "question", "remediation", "evidence"}}
	for _, g := range gaps {
		rows = append(rows, []string{g.ID, g.Severity, strconv.FormatFloat(g.Impact, 'f', -1, 64),
			strings.Join(g.Criteria, " "), g.Question, g.Remediation, g.Evidence})
	}
	return writeCSV(rows)
}

func writeCSV(rows [][]string) []byte {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	for _, r := range rows {
		for i := range r {
			r[i] = safeCell(r[i])
		}
		w.Write(r) // a bytes.Buffer never fails, so neither does the writer
	}
	w.Flush()
	return buf.Bytes()
}

// safeCell stops a spreadsheet from reading a cell as a formula (CSV
// injection): a cell starting with = + - @, a tab or a carriage return, or
// their full-width forms, gets a leading apostrophe, which spreadsheet
// programs show as text.
func safeCell(s string) string {
	for _, p := range []string{"=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"} {
		if strings.HasPrefix(s, p) {
			return "'" + s
		}
	}
	return s
}
