package engine

import (
	"slices"
	"testing"
	"time"
)

// workedAnswers are the answers of TestWorkedExample.
func workedAnswers() Answers {
	return Answers{
		"f-cloud":   {Choice: Yes},
		"s1-policy": {Choice: Operating},
		"s1-review": {Choice: Documented},
		"s1-train":  {Choice: Planned},
		"s2-access": {Choice: Partial},
		"a1-backup": {Choice: Documented},
		"a1-test":   {Choice: NA, Justification: "Restores are tested by the hosting provider."},
	}
}

func TestGaps(t *testing.T) {
	b, fw := loadMini(t)
	type row struct {
		id     string
		sev    Severity
		impact float64
	}
	tests := []struct {
		name  string
		scope Scope
		want  []row
	}{
		// Type II: shortfall against c_o. a1-backup is a key control (blocker)
		// even though s2-access has the larger impact; s1-review and s1-train
		// tie at 1.0 and keep bank order.
		{"type II", Scope{Type: TypeII, Categories: []string{"availability"}}, []row{
			{"a1-backup", SeverityBlocker, 2.5},
			{"s2-access", SeverityHigh, 3}, // 4 × 0.75
			{"s2-ops", SeverityMedium, 2},  // unanswered counts as not started
			{"s1-review", SeverityMedium, 1},
			{"s1-train", SeverityMedium, 1},
		}},
		// Type I, security only: shortfall against c_d; operation questions
		// and availability are not asked.
		{"type I", Scope{Type: TypeI}, []row{
			{"s2-access", SeverityMedium, 2},
			{"s1-train", SeverityLow, 0.75},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gaps := Gaps(b, fw, tt.scope, workedAnswers())
			var got []row
			for _, g := range gaps {
				got = append(got, row{g.Question, g.Severity, g.Impact})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
	g := Gaps(b, fw, Scope{Type: TypeII, Categories: []string{"availability"}}, workedAnswers())[1]
	if g.Remediation != "Fix s2-access" || g.Evidence != "Evidence for s2-access" || g.Answer != Partial ||
		g.Credit != 0.25 || g.Shortfall != 0.75 || !slices.Equal(g.Documents, []string{"policies"}) {
		t.Errorf("gap detail = %+v", g)
	}
	if len(g.Criteria) != 2 || g.Criteria[0] != (CriterionRef{ID: "S2.1", Topic: "Access", Series: "S2", SeriesTitle: "Series two", Category: "security", CategoryTitle: "Security"}) {
		t.Errorf("criteria = %+v", g.Criteria)
	}
	if len(Gaps(b, fw, Scope{Type: TypeII, Categories: []string{"availability"}}, allAnswers(b, Operating))) != 0 {
		t.Error("all operating should leave no gap")
	}
}

// Gaps only name criteria of categories in scope.
func TestGapCriteriaInScope(t *testing.T) {
	fw := tscFramework(t)
	b := syntheticBank(fw, 2)
	for _, g := range Gaps(b, fw, Scope{Type: TypeII}, nil) {
		if len(g.Criteria) == 0 {
			t.Fatalf("gap %s names no criterion", g.Question)
		}
		for _, c := range g.Criteria {
			if c.Category != "security" {
				t.Fatalf("gap %s names %s (%s) though only security is in scope", g.Question, c.ID, c.Category)
			}
		}
	}
}

func TestFilterGaps(t *testing.T) {
	b, fw := loadMini(t)
	gaps := Gaps(b, fw, Scope{Type: TypeII, Categories: []string{"availability"}}, workedAnswers())
	ids := func(gs []Gap) (out []string) {
		for _, g := range gs {
			out = append(out, g.Question)
		}
		return
	}
	tests := []struct {
		name string
		f    GapFilter
		want []string
	}{
		{"everything", GapFilter{}, []string{"a1-backup", "s2-access", "s2-ops", "s1-review", "s1-train"}},
		{"by category", GapFilter{Category: "availability"}, []string{"a1-backup"}},
		{"by severity", GapFilter{Severities: []Severity{SeverityMedium}}, []string{"s2-ops", "s1-review", "s1-train"}},
		{"both", GapFilter{Category: "security", Severities: []Severity{SeverityBlocker, SeverityHigh}}, []string{"s2-access"}},
		{"nothing matches", GapFilter{Category: "privacy"}, nil},
	}
	for _, tt := range tests {
		if got := ids(FilterGaps(gaps, tt.f)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestChecklist(t *testing.T) {
	b, fw := loadMini(t)
	typeII := Scope{Type: TypeII, Categories: []string{"availability"}}
	naReview := workedAnswers()
	naReview["s1-review"] = Answer{Choice: NA, Justification: "x"}
	early := Answers{"f-cloud": {Choice: No}, "s1-policy": {Choice: Planned}}
	tests := []struct {
		name    string
		scope   Scope
		answers Answers
		want    map[string]DocStatus
	}{
		{"worked example", typeII, workedAnswers(),
			map[string]DocStatus{"policies": DocPartial, "evidence-log": DocReady, "org-chart": DocNotApplicable}},
		{"justified N/A leaves the document unneeded", typeII, naReview,
			map[string]DocStatus{"policies": DocPartial, "evidence-log": DocNotApplicable, "org-chart": DocNotApplicable}},
		{"nothing beyond planned; operation questions not asked in Type I", Scope{Type: TypeI}, early,
			map[string]DocStatus{"policies": DocMissing, "evidence-log": DocNotApplicable, "org-chart": DocNotApplicable}},
		{"all documented", typeII, allAnswers(b, Documented),
			map[string]DocStatus{"policies": DocReady, "evidence-log": DocReady, "org-chart": DocNotApplicable}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := Checklist(b, fw, tt.scope, tt.answers)
			if len(items) != len(b.Documents) {
				t.Fatalf("%d items for %d documents", len(items), len(b.Documents))
			}
			for _, it := range items {
				if it.Status != tt.want[it.Document.ID] {
					t.Errorf("%s: %s, want %s (questions %v, ready %d)", it.Document.ID, it.Status, tt.want[it.Document.ID], it.Questions, it.Ready)
				}
			}
		})
	}
	items := Checklist(b, fw, typeII, workedAnswers())
	if !slices.Equal(items[0].Questions, []string{"s1-policy", "s2-access"}) || items[0].Ready != 1 {
		t.Errorf("policies item = %+v", items[0])
	}
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestRecommend(t *testing.T) {
	set := &ScopingSet{Questions: []ScopingQuestion{
		{ID: "fin", Group: GroupReport, Reports: []Report{SOC1}, Reason: "Financial."},
		{ID: "sec", Group: GroupReport, Reports: []Report{SOC2}, Reason: "Security questionnaires."},
		{ID: "seal", Group: GroupReport, Reports: []Report{SOC3}, Reason: "Public seal."},
		{ID: "sla", Group: GroupCategory, Categories: []string{"availability"}, Reason: "SLA."},
		{ID: "dr", Group: GroupCategory, Categories: []string{"availability"}, Reason: "Recovery."},
		{ID: "pii", Group: GroupCategory, Categories: []string{"privacy", "confidentiality"}, Reason: "Personal data."},
	}}
	yes := func(ids ...string) Answers {
		a := Answers{}
		for _, id := range ids {
			a[id] = Answer{Choice: Yes}
		}
		return a
	}
	type pick struct {
		id      string
		reasons []string
	}
	tests := []struct {
		name    string
		set     *ScopingSet
		answers Answers
		reports []pick
		cats    []pick
	}{
		{"nothing answered: SOC 2 by default", set, nil, []pick{{"soc2", []string{ReasonDefaultSOC2}}}, nil},
		{"no scoping set at all", nil, nil, []pick{{"soc2", []string{ReasonDefaultSOC2}}}, nil},
		{"no answers are ignored", set, Answers{"fin": {Choice: No}, "sla": {Choice: No}}, []pick{{"soc2", []string{ReasonDefaultSOC2}}}, nil},
		{"financial only: SOC 1, no default", set, yes("fin"), []pick{{"soc1", []string{"Financial."}}}, nil},
		{"SOC 3 brings SOC 2", set, yes("seal"), []pick{{"soc2", []string{ReasonSOC3NeedsSOC2}}, {"soc3", []string{"Public seal."}}}, nil},
		{"all reports, canonical order", set, yes("seal", "fin", "sec"), []pick{
			{"soc1", []string{"Financial."}}, {"soc2", []string{"Security questionnaires.", ReasonSOC3NeedsSOC2}}, {"soc3", []string{"Public seal."}}}, nil},
		{"categories gather their reasons", set, yes("sla", "dr", "pii"), []pick{{"soc2", []string{ReasonDefaultSOC2}}},
			[]pick{{"availability", []string{"SLA.", "Recovery."}}, {"privacy", []string{"Personal data."}}, {"confidentiality", []string{"Personal data."}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := Recommend(tt.set, tt.answers)
			check := func(kind string, got []Pick, want []pick) {
				if len(got) != len(want) {
					t.Fatalf("%s: got %+v, want %+v", kind, got, want)
				}
				for i := range want {
					if got[i].ID != want[i].id || !slices.Equal(got[i].Reasons, want[i].reasons) {
						t.Errorf("%s[%d]: got %+v, want %+v", kind, i, got[i], want[i])
					}
				}
			}
			check("reports", rec.Reports, tt.reports)
			check("categories", rec.Categories, tt.cats)
			if rec.Reports[0].Default != (tt.reports[0].reasons[0] == ReasonDefaultSOC2) {
				t.Errorf("Default flag = %v", rec.Reports[0].Default)
			}
		})
	}
}

// The real scoping questions: answering every one yes recommends every report
// and every optional category (the four optional Trust Services Criteria
// categories and SOC 1's business processes), each with at least one reason.
func TestRecommendRealScoping(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	a := Answers{}
	for _, q := range lib.Scoping().Questions {
		a[q.ID] = Answer{Choice: Yes}
	}
	rec := Recommend(lib.Scoping(), a)
	if len(rec.Reports) != 3 || len(rec.Categories) != 5 {
		t.Errorf("reports %+v, categories %+v", rec.Reports, rec.Categories)
	}
	for _, p := range slices.Concat(rec.Reports, rec.Categories) {
		if len(p.Reasons) == 0 {
			t.Errorf("%s has no reason", p.ID)
		}
	}
}
