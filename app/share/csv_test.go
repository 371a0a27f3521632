package share

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

// readCSV checks the byte-order mark and CRLF line ends, then parses.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 byte-order mark: %q", data[:min(10, len(data))])
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Errorf("rows do not end in CRLF")
	}
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestAnswersCSV(t *testing.T) {
	bank := &engine.Bank{ID: "soc2", Version: 1, Questions: []engine.Question{
		{ID: "cc6-mfa", Criteria: []string{"CC6.1", "CC6.2"}, Text: "Is MFA required for every admin account?"},
		{ID: "cc1-code", Criteria: []string{"CC1.1"}, Text: `Do staff sign the "code of conduct", yearly?`},
		{ID: "facilities", Kind: engine.KindFact, Text: "Do you run your own facilities?"},
		{ID: "a1-dr", Criteria: []string{"A1.3"}, Text: "Is disaster recovery tested?"},
	}}
	answers := engine.Answers{
		"cc6-mfa":    {Choice: engine.Operating, Note: "=HYPERLINK(\"http://evil.example\",\"click\")"},
		"cc1-code":   {Choice: engine.NA, Justification: "-no staff yet\nfounders only", Note: "@SUM(A1:A9)"},
		"facilities": {Choice: engine.No, Note: "Ünïcödé, 株式会社; <script>x</script>"},
	}
	got := readCSV(t, AnswersCSV(bank, answers))
	want := [][]string{
		{"question_id", "criteria", "question", "answer", "na_justification", "note"},
		{"cc6-mfa", "CC6.1 CC6.2", "Is MFA required for every admin account?", "Operating with evidence over the period", "", "'=HYPERLINK(\"http://evil.example\",\"click\")"},
		{"cc1-code", "CC1.1", `Do staff sign the "code of conduct", yearly?`, "Not applicable", "'-no staff yet\nfounders only", "'@SUM(A1:A9)"},
		{"facilities", "", "Do you run your own facilities?", "No", "", "Ünïcödé, 株式会社; <script>x</script>"},
		{"a1-dr", "A1.3", "Is disaster recovery tested?", "Unanswered", "", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// TestAnswersCSVAsked: a question outside the scope is marked as not asked,
// not "Unanswered" (issue 11: the export listed them as unanswered; this
// test fails against AnswersCSV, which had no notion of the scope).
func TestAnswersCSVAsked(t *testing.T) {
	bank := &engine.Bank{ID: "soc2", Version: 1, Questions: []engine.Question{
		{ID: "cc6-mfa", Criteria: []string{"CC6.1"}, Text: "MFA?"},
		{ID: "a1-dr", Criteria: []string{"A1.3"}, Text: "DR tested?"},
		{ID: "a1-bk", Criteria: []string{"A1.2"}, Text: "Backups?"},
	}}
	answers := engine.Answers{"cc6-mfa": {Choice: engine.Planned}, "a1-bk": {Choice: engine.Operating, Note: "from an earlier scope"}}
	got := readCSV(t, AnswersCSVAsked(bank, answers, []bool{true, false, false}))
	want := [][]string{
		{"question_id", "criteria", "question", "answer", "na_justification", "note"},
		{"cc6-mfa", "CC6.1", "MFA?", "Planned", "", ""},
		{"a1-dr", "A1.3", "DR tested?", NotAsked, "", ""},
		{"a1-bk", "A1.2", "Backups?", NotAsked, "", ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestGapsCSV(t *testing.T) {
	got := readCSV(t, GapsCSV([]GapRow{
		{ID: "cc6-mfa", Severity: "blocker", Impact: 12.5, Criteria: []string{"CC6.1"}, Question: "Is MFA required?", Remediation: "+ turn on MFA\n+ enforce it", Evidence: "IdP policy export"},
		{ID: "a1-dr", Severity: "medium", Impact: 3, Question: "DR tested?", Remediation: "Run a restore test", Evidence: "\tTab-led evidence"},
	}))
	want := [][]string{
		{"question_id", "severity", "impact", "criteria", "question", "remediation", "evidence"},
		{"cc6-mfa", "blocker", "12.5", "CC6.1", "Is MFA required?", "'+ turn on MFA\n+ enforce it", "IdP policy export"},
		{"a1-dr", "medium", "3", "", "DR tested?", "Run a restore test", "'\tTab-led evidence"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got := readCSV(t, GapsCSV(nil)); len(got) != 1 {
		t.Errorf("no gaps: %d rows, want the header only", len(got))
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1":            "'=1+1",
		"+1":              "'+1",
		"-1":              "'-1",
		"@cmd":            "'@cmd",
		"\tx":             "'\tx",
		"\rx":             "'\rx",
		"＝1":              "'＝1",
		"a=1":             "a=1",
		"":                "",
		"plain":           "plain",
		"'already quoted": "'already quoted",
	} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
	// Every neutralised cell still reads back as the same text after the mark.
	for _, in := range []string{"=cmd|' /C calc'!A0", "-2+3"} {
		if out := safeCell(in); !strings.HasPrefix(out, "'") || out[1:] != in {
			t.Errorf("safeCell(%q) = %q", in, out)
		}
	}
}

func TestISOViewCSV(t *testing.T) {
	got := string(ISOViewCSV([]ISORow{
		{Theme: "A.5", Title: "Organizational controls", Readiness: "57", Design: "57", Questions: 2, Answered: 2, Criteria: []string{"CC6.1", "CC6.2"}, Controls: []string{"A.5.15"}},
		{Theme: "A.7", Title: "Physical controls"},
	}))
	want := "\uFEFFtheme,title,readiness,design,operating,questions,answered,criteria,annex_a_controls,relationship\r\n" +
		"A.5,Organizational controls,57,57,,2,2,CC6.1 CC6.2,A.5.15,\"overlap, not equivalence\"\r\n" +
		"A.7,Physical controls,,,,0,0,,,\"overlap, not equivalence\"\r\n"
	if got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}
