package engine

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

func miniCrosswalk() Crosswalk {
	return Crosswalk{
		ID: "mini-iso", Version: 1, Framework: "mini", Bank: "mini", Title: "Mini to ISO", Relationship: "partial overlap",
		Sources: []CrosswalkSource{
			{Role: "primary", Repo: "o/r", Path: "p.yaml", Commit: "abc", Method: "m"},
			{Role: "via_scf", Repo: "o/r", Paths: []string{"a", "b"}, Commit: "abc", Method: "m"},
		},
		SOCSpecific: []string{"s1-train"},
		Links: []CrosswalkLink{
			{Criterion: "S1.1", AnnexA: []string{"A.5.1", "A.6.3"}},
			{Criterion: "S1.2", Clauses: []string{"7.2"}},
			{Criterion: "S2.1", AnnexA: []string{"A.5.15", "A.8.5"}, ViaSCF: []string{"A.8.2"}},
			{Criterion: "A1.1", ViaSCF: []string{"A.8.13"}},
		},
	}
}

func loadWithCrosswalk(t *testing.T, cw Crosswalk) (*Library, error) {
	t.Helper()
	f := newFixture()
	f.extra["crosswalks/mini.json"] = mustJSON(cw)
	return LoadLibrary(f.fs())
}

func TestCrosswalkValidation(t *testing.T) {
	const file = "crosswalks/mini.json"
	tests := []struct {
		name   string
		mutate func(*Crosswalk)
		want   []want
	}{
		{"valid", func(*Crosswalk) {}, nil},
		{"unknown criterion", func(c *Crosswalk) { c.Links[0].Criterion = "CC9.9" },
			[]want{{file, "", "links[0].criterion", `unknown criterion "CC9.9"`}}},
		{"criterion twice", func(c *Crosswalk) { c.Links[1].Criterion = "S1.1" },
			[]want{{file, "", "links[1].criterion", "listed twice"}}},
		{"annex A past the end of its theme", func(c *Crosswalk) { c.Links[0].AnnexA[0] = "A.5.38" },
			[]want{{file, "", "links[0].annex_a", `"A.5.38" is not an ISO/IEC 27001:2022 Annex A control id`}}},
		{"annex A 2013 numbering", func(c *Crosswalk) { c.Links[0].AnnexA[0] = "A.9.1.1" },
			[]want{{file, "", "links[0].annex_a", "not an ISO/IEC 27001:2022 Annex A"}}},
		{"annex A without prefix", func(c *Crosswalk) { c.Links[0].AnnexA[0] = "5.1" },
			[]want{{file, "", "links[0].annex_a", "not an ISO/IEC 27001:2022 Annex A"}}},
		{"annex A leading zero", func(c *Crosswalk) { c.Links[0].AnnexA[0] = "A.5.01" },
			[]want{{file, "", "links[0].annex_a", "not an ISO/IEC 27001:2022 Annex A"}}},
		{"annex A twice", func(c *Crosswalk) { c.Links[0].AnnexA[1] = "A.5.1" },
			[]want{{file, "", "links[0].annex_a", "A.5.1 is listed twice"}}},
		{"bad SCF id", func(c *Crosswalk) { c.Links[3].ViaSCF[0] = "A.8.35" },
			[]want{{file, "", "links[3].via_scf", "not an ISO/IEC 27001:2022 Annex A"}}},
		{"SCF link that is primary", func(c *Crosswalk) { c.Links[2].ViaSCF[0] = "A.8.5" },
			[]want{{file, "", "links[2].via_scf", "already a primary link"}}},
		{"clause outside 4-10", func(c *Crosswalk) { c.Links[1].Clauses[0] = "11.1" },
			[]want{{file, "", "links[1].clauses", "not a management-system clause"}}},
		{"clause without subclause", func(c *Crosswalk) { c.Links[1].Clauses[0] = "7" },
			[]want{{file, "", "links[1].clauses", "not a management-system clause"}}},
		{"unknown SOC-specific question", func(c *Crosswalk) { c.SOCSpecific = []string{"nope"} },
			[]want{{file, "nope", "soc_specific_questions", `no such question in bank "mini"`}}},
		{"no primary source", func(c *Crosswalk) { c.Sources = c.Sources[1:] },
			[]want{{file, "", "sources", "no primary source"}}},
		{"SCF links without their source", func(c *Crosswalk) { c.Sources = c.Sources[:1] },
			[]want{{file, "", "links[2].via_scf", "no via_scf source"}, {file, "", "links[3].via_scf", "no via_scf source"}}},
		{"unknown framework", func(c *Crosswalk) { c.Framework = "nist" },
			[]want{{file, "", "framework", `unknown framework "nist"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cw := miniCrosswalk()
			tt.mutate(&cw)
			lib, err := loadWithCrosswalk(t, cw)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("want no problem, got %v", err)
				}
				if lib.Crosswalk("mini") == nil {
					t.Fatal("crosswalk not loaded")
				}
				return
			}
			var errs ValidationErrors
			if !errors.As(err, &errs) || len(errs) != len(tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			for i, w := range tt.want {
				if !w.matches(errs[i]) {
					t.Errorf("problem %v, want %+v", errs[i], w)
				}
			}
		})
	}
}

// The shipped crosswalk keeps the shape of its sources: 32 criteria with
// Annex A controls, four with clause links only, the rest with no primary
// link; SCF links fill gaps but never make a criterion overlap.
func TestRealCrosswalk(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	fw := lib.Framework("tsc2017")
	cw := lib.Crosswalk("tsc2017")
	if cw == nil {
		t.Fatal("no crosswalk for tsc2017")
	}
	withAnnex, clauseOnly, none, viaSCF := 0, []string{}, []string{}, 0
	for _, c := range fw.Criteria {
		l := cw.Link(c.ID)
		switch {
		case len(l.AnnexA) > 0:
			withAnnex++
		case len(l.Clauses) > 0:
			clauseOnly = append(clauseOnly, c.ID)
		default:
			none = append(none, c.ID)
		}
		if len(l.AnnexA) > 0 || len(l.ViaSCF) > 0 {
			viaSCF++
		}
	}
	if withAnnex != 32 {
		t.Errorf("%d criteria with Annex A controls, want 32", withAnnex)
	}
	if want := []string{"CC1.1", "CC3.3", "CC3.4", "CC5.3"}; !slices.Equal(clauseOnly, want) {
		t.Errorf("clause-only criteria %v, want %v", clauseOnly, want)
	}
	if len(none) != 25 || none[0] != "CC5.1" || none[1] != "CC5.2" {
		t.Errorf("criteria with no primary link %v, want CC5.1, CC5.2, PI and P (25)", none)
	}
	for _, id := range none[2:] {
		if !strings.HasPrefix(id, "PI") && !strings.HasPrefix(id, "P") {
			t.Errorf("%s has no primary link; only CC5.1, CC5.2, PI and P should lack one", id)
		}
		if cw.HasPrimary([]string{id}) {
			t.Errorf("%s counts as overlap through SCF links", id)
		}
	}
	if viaSCF < 57 {
		t.Errorf("%d criteria with any Annex A link, want at least 57 (the SCF file covers 57)", viaSCF)
	}
}

func TestISOWorkFor(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	cw := lib.Crosswalk("tsc2017")
	iso := Answers{ScopingISO27001: {Choice: Yes}}
	ref := func(ids ...string) []CriterionRef {
		out := make([]CriterionRef, len(ids))
		for i, id := range ids {
			out[i].ID = id
		}
		return out
	}
	tests := []struct {
		name    string
		scoping Answers
		gap     Gap
		want    ISOWork
	}{
		{"annex A overlap", iso, Gap{Question: "x", Criteria: ref("CC6.1")}, ISOWorkOverlap},
		{"clause overlap", iso, Gap{Question: "x", Criteria: ref("CC1.1")}, ISOWorkOverlap},
		{"one criterion of two overlaps", iso, Gap{Question: "x", Criteria: ref("CC5.1", "CC6.2")}, ISOWorkOverlap},
		{"no primary link", iso, Gap{Question: "x", Criteria: ref("CC5.2")}, ISOWorkNew},
		{"privacy, SCF links only", iso, Gap{Question: "x", Criteria: ref("P4.1")}, ISOWorkNew},
		{"SOC-only deliverable on an overlapping criterion", iso, Gap{Question: "cc2-management-assertion", Criteria: ref("CC2.3")}, ISOWorkNew},
		{"not certified", Answers{ScopingISO27001: {Choice: No}}, Gap{Question: "x", Criteria: ref("CC6.1")}, ISOWorkNone},
		{"unanswered", nil, Gap{Question: "x", Criteria: ref("CC6.1")}, ISOWorkNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ISOWorkFor(cw, tt.scoping, &tt.gap); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseAnnexA(t *testing.T) {
	tests := []struct {
		id        string
		theme, n  int
		wantValid bool
	}{
		{"A.5.1", 5, 1, true}, {"A.5.37", 5, 37, true}, {"A.6.8", 6, 8, true}, {"A.7.14", 7, 14, true}, {"A.8.34", 8, 34, true},
		{"A.5.38", 0, 0, false}, {"A.6.9", 0, 0, false}, {"A.4.1", 0, 0, false}, {"A.8.0", 0, 0, false},
		{"A.8", 0, 0, false}, {"a.5.1", 0, 0, false}, {"A.5.1 ", 0, 0, false}, {"", 0, 0, false},
	}
	for _, tt := range tests {
		th, n, ok := ParseAnnexA(tt.id)
		if ok != tt.wantValid || ok && (th != tt.theme || n != tt.n) {
			t.Errorf("ParseAnnexA(%q) = %d, %d, %v", tt.id, th, n, ok)
		}
	}
}

// The theme score follows the rule: the questions keyed to criteria linked to
// the theme, each counted once (s2-access touches S2.1 and S1.1, both linked
// to theme 5); clause and SCF links count nowhere.
func TestISOView(t *testing.T) {
	lib, err := loadWithCrosswalk(t, miniCrosswalk())
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.Bank("mini"), lib.Framework("mini")
	answers := Answers{
		"f-cloud":   {Choice: Yes},
		"s1-policy": {Choice: Operating},
		"s2-access": {Choice: Planned},
		"s1-train":  {Choice: NotStarted},
		"a1-backup": {Choice: NotStarted},
	}
	scope := Scope{Report: SOC2, Type: TypeI, Categories: []string{"security", "availability"}}
	lines := ISOView(b, fw, lib.Crosswalk("mini"), scope, answers)
	if len(lines) != 4 {
		t.Fatalf("%d themes, want 4", len(lines))
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	tests := []struct {
		id       string
		has      bool
		score    float64
		n        int
		criteria []string
	}{
		{"A.5", true, 100 * (3*1 + 4*0.25) / 7, 2, []string{"S1.1", "S2.1"}},
		{"A.6", true, 100 * (3*1 + 4*0.25) / 7, 2, []string{"S1.1"}},
		{"A.7", false, 0, 0, nil},
		{"A.8", true, 25, 1, []string{"S2.1"}},
	}
	for i, tt := range tests {
		l := lines[i]
		if l.ID != tt.id || l.HasScore != tt.has || !near(l.Score, tt.score) || l.Questions != tt.n || !slices.Equal(l.Criteria, tt.criteria) {
			t.Errorf("theme %d: %s has=%v score=%v questions=%d criteria=%v, want %+v", i, l.ID, l.HasScore, l.Score, l.Questions, l.Criteria, tt)
		}
	}
}
