package ui

import (
	"testing"

	"github.com/socready/socready/app/engine"
)

func TestBuildSections(t *testing.T) {
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	scope := engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Categories: []string{"security", "availability"}}
	b, fw := lib.BankFor(scope)
	scope = lib.NormalizeScope(scope)
	answers := engine.Answers{"fact-own-facilities": {Choice: engine.No}}
	asked := engine.AskedAll(b, fw, scope, answers)
	secs := buildSections(b, fw, asked, answers)

	want := []string{"CC1", "CC2", "CC3", "CC4", "CC5", "CC6", "CC7", "CC8", "CC9", "A1"}
	if len(secs) != len(want) {
		t.Fatalf("%d sections, want %d (%v)", len(secs), len(want), sectionIDs(secs))
	}
	total := 0
	for i, s := range secs {
		if s.ID != want[i] {
			t.Errorf("section %d is %s, want %s", i, s.ID, want[i])
		}
		total += len(s.Questions)
	}
	n := 0
	for _, a := range asked {
		if a {
			n++
		}
	}
	if total != n {
		t.Errorf("sections hold %d questions, %d are asked", total, n)
	}
	if i := sectionOf(secs, "fact-own-facilities"); i < 0 || secs[i].Answered != 1 {
		t.Errorf("the answered fact should count in its section (section %d)", i)
	}
	if sectionOf(secs, "cc6-facility-access") >= 0 {
		t.Error("a question gated off by a No answer is listed")
	}
}

func TestNextUnanswered(t *testing.T) {
	q := func(id string) *engine.Question { return &engine.Question{ID: id} }
	secs := []section{
		{ID: "A", Questions: []*engine.Question{q("a1"), q("a2")}},
		{ID: "B", Questions: []*engine.Question{q("b1"), q("b2")}},
	}
	done := engine.Answer{Choice: engine.Documented}
	tests := []struct {
		name     string
		answers  engine.Answers
		from     int
		after    string
		wantSec  int
		wantID   string
		wantFind bool
	}{
		{"first of all", engine.Answers{}, 0, "", 0, "a1", true},
		{"after the focused one", engine.Answers{}, 0, "a1", 0, "a2", true},
		{"into the next section", engine.Answers{"a2": done}, 0, "a1", 1, "b1", true},
		{"wraps around", engine.Answers{"b1": done, "b2": done}, 1, "b1", 0, "a1", true},
		{"the focused one is the last left", engine.Answers{"a1": done, "a2": done, "b1": done}, 1, "b2", 1, "b2", true},
		{"justified N/A counts as answered", engine.Answers{"a1": done, "a2": {Choice: engine.NA, Justification: "none"}}, 0, "", 1, "b1", true},
		{"N/A without a reason does not", engine.Answers{"a1": done, "a2": {Choice: engine.NA}}, 0, "", 0, "a2", true},
		{"all answered", engine.Answers{"a1": done, "a2": done, "b1": done, "b2": done}, 0, "", 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sec, id, ok := nextUnanswered(secs, tt.answers, tt.from, tt.after)
			if sec != tt.wantSec || id != tt.wantID || ok != tt.wantFind {
				t.Errorf("got (%d, %q, %v), want (%d, %q, %v)", sec, id, ok, tt.wantSec, tt.wantID, tt.wantFind)
			}
		})
	}
}

func TestFormatting(t *testing.T) {
	tests := []struct{ got, want string }{
		{fileName("Acme: SOC 2 <2027>"), "Acme-SOC-2-2027"},
		{fileName("???"), "soc-ready-assessment"},
		{impactText(2.25), "2.3"},
		{impactText(3), "3.0"},
		{percentText(84.99, true), "84%"},
		{percentText(0, false), "No score"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func sectionIDs(secs []section) []string {
	var ids []string
	for _, s := range secs {
		ids = append(ids, s.ID)
	}
	return ids
}
