package engine

import (
	"slices"
	"strings"
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
		weeks  int
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
			{"a1-backup", SeverityBlocker, 2.5, 4},
			{"s2-access", SeverityHigh, 3, 5}, // 4 × 0.75; 6 weeks × 0.75 = 4.5 → 5
			{"s2-ops", SeverityMedium, 2, 3},  // unanswered counts as not started
			{"s1-review", SeverityMedium, 1, 1},
			{"s1-train", SeverityMedium, 1, 2},
		}},
		// Type I, security only: shortfall against c_d; operation questions
		// and availability are not asked.
		{"type I", Scope{Type: TypeI}, []row{
			{"s2-access", SeverityMedium, 2, 3},
			{"s1-train", SeverityLow, 0.75, 2},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gaps := Gaps(b, fw, tt.scope, workedAnswers())
			var got []row
			for _, g := range gaps {
				got = append(got, row{g.Question, g.Severity, g.Impact, g.EffortWeeks})
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
	if total, longest := RemainingEffort(Gaps(b, fw, Scope{Type: TypeII, Categories: []string{"availability"}}, workedAnswers())); total != 15 || longest != 5 {
		t.Errorf("remaining effort %d, longest %d; want 15, 5", total, longest)
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

func TestPlanTimeline(t *testing.T) {
	gap := func(weeks ...int) (gs []Gap) {
		for _, w := range weeks {
			gs = append(gs, Gap{EffortWeeks: w})
		}
		return
	}
	type ms struct{ name, earliest, latest string }
	tests := []struct {
		name       string
		scope      Scope
		gaps       []Gap
		today      time.Time
		prep       int
		ready      string
		report     [2]string
		milestones []ms
		note       string
	}{
		{"no gaps, Type I: two weeks of review", Scope{Type: TypeI}, nil, date("2026-01-05"), 2, "2026-01-19",
			[2]string{"2026-02-16", "2026-03-16"}, []ms{
				{"Preparation starts", "2026-01-05", "2026-01-05"},
				{"Ready for the audit", "2026-01-19", "2026-01-19"},
				{"Type I audit fieldwork starts", "2026-01-19", "2026-01-19"},
				{"Type I fieldwork ends", "2026-02-02", "2026-02-16"},
				{"Type I report", "2026-02-16", "2026-03-16"},
			}, ""},
		{"worked example gaps, Type II 6 months: total/2 dominates", Scope{Type: TypeII}, gap(4, 5, 3, 1, 2),
			date("2026-01-05"), 8, "2026-03-02", [2]string{"2026-09-30", "2026-10-28"}, []ms{
				{"Preparation starts", "2026-01-05", "2026-01-05"},
				{"Ready for the audit", "2026-03-02", "2026-03-02"},
				{"Optional Type I report, as a bridge while the window runs", "2026-03-30", "2026-04-27"},
				{"Observation window starts", "2026-03-02", "2026-03-02"},
				{"Observation window ends", "2026-09-02", "2026-09-02"},
				{"Type II report", "2026-09-30", "2026-10-28"},
			}, ""},
		{"longest gap dominates", Scope{Type: TypeI}, gap(10, 1), date("2026-01-05"), 10, "2026-03-16",
			[2]string{"2026-04-13", "2026-05-11"}, nil, ""},
		{"planned start after ready date", Scope{Type: TypeII, Window: 3, Start: "2026-06-01"}, gap(3),
			date("2026-01-05"), 3, "2026-01-26", [2]string{"2026-09-29", "2026-10-27"}, []ms{
				{"Observation window starts", "2026-06-01", "2026-06-01"},
				{"Observation window ends", "2026-09-01", "2026-09-01"},
			}, ""},
		{"planned start before ready date", Scope{Type: TypeI, Start: "2026-01-10"}, gap(6), date("2026-01-05"), 6, "2026-02-16",
			[2]string{"2026-03-16", "2026-04-13"}, nil, "Your planned start, 2026-01-10, is before the earliest date you can be ready, 2026-02-16"},
		{"window end clamps to the month's last day", Scope{Type: TypeII, Window: 6, Start: "2026-08-31"}, nil,
			time.Date(2026, 1, 5, 23, 30, 0, 0, time.FixedZone("x", -8*3600)), 2, "2026-01-19",
			[2]string{"2027-03-28", "2027-04-25"}, []ms{{"Observation window ends", "2027-02-28", "2027-02-28"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := PlanTimeline(tt.scope, tt.gaps, tt.today)
			if tl.PrepWeeks != tt.prep || fmtDate(tl.Ready) != tt.ready ||
				fmtDate(tl.ReportEarliest) != tt.report[0] || fmtDate(tl.ReportLatest) != tt.report[1] {
				t.Errorf("prep %d ready %s report %s–%s; want %d %s %s–%s", tl.PrepWeeks, fmtDate(tl.Ready),
					fmtDate(tl.ReportEarliest), fmtDate(tl.ReportLatest), tt.prep, tt.ready, tt.report[0], tt.report[1])
			}
			for _, w := range tt.milestones {
				found := false
				for _, m := range tl.Milestones {
					if m.Name == w.name {
						found = true
						if fmtDate(m.Earliest) != w.earliest || fmtDate(m.Latest) != w.latest {
							t.Errorf("%s: %s–%s, want %s–%s", w.name, fmtDate(m.Earliest), fmtDate(m.Latest), w.earliest, w.latest)
						}
					}
				}
				if !found {
					t.Errorf("no milestone %q", w.name)
				}
			}
			if tt.milestones != nil && len(tt.milestones) > 2 && len(tl.Milestones) != len(tt.milestones) {
				t.Errorf("%d milestones, want %d", len(tl.Milestones), len(tt.milestones))
			}
			if (tt.note == "") != (len(tl.Notes) == 0) || tt.note != "" && !strings.Contains(tl.Notes[0], tt.note) {
				t.Errorf("notes %q, want %q", tl.Notes, tt.note)
			}
			text := strings.Join(tl.Assumptions, " ")
			if !strings.Contains(text, "2 parallel workstreams") || !strings.Contains(text, fmtDate(tl.Today)) {
				t.Errorf("assumptions do not state the rule: %q", text)
			}
			for i := 1; i < len(tl.Milestones); i++ {
				if tl.Milestones[i].Latest.Before(tl.Milestones[i].Earliest) {
					t.Errorf("milestone %q ends before it starts", tl.Milestones[i].Name)
				}
			}
		})
	}
}

func TestEstimateCost(t *testing.T) {
	all := []string{"security", "availability", "processing_integrity", "confidentiality", "privacy"}
	tests := []struct {
		name          string
		scope         Scope
		weeks         int
		first, renew  Range
		pentest, soc3 bool
	}{
		// audit 10–20k + auditor time 2–8k + tooling 5–20k; renewal is a Type II.
		{"SOC 2 Type I, security, no gaps", Scope{Report: SOC2, Type: TypeI, Categories: []string{"security"}}, 0,
			Range{17_000, 48_000}, Range{27_000, 73_000}, false, false},
		// audit 20k+4×3k … 45k+4×8k, gaps 15 × 2–4k, auditor 2–8k, tooling 5–20k, pen test 5–20k.
		{"SOC 2 Type II, five categories, 15 weeks of gaps", Scope{Report: SOC2, Type: TypeII, Categories: all}, 15,
			Range{74_000, 185_000}, Range{44_000, 125_000}, true, false},
		{"SOC 3 adds its report", Scope{Report: SOC3, Type: TypeII, Categories: []string{"security", "confidentiality"}}, 2,
			Range{20_000 + 3_000 + 2_000 + 4_000 + 2_000 + 5_000 + 5_000, 45_000 + 8_000 + 5_000 + 8_000 + 8_000 + 20_000 + 20_000},
			Range{20_000 + 3_000 + 2_000 + 2_000 + 5_000 + 5_000, 45_000 + 8_000 + 5_000 + 8_000 + 20_000 + 20_000}, true, true},
		{"SOC 1 ignores TSC categories", Scope{Report: SOC1, Type: TypeII, Categories: []string{"entity", "itgc", "business"}}, 1,
			Range{20_000 + 2_000 + 2_000 + 5_000, 45_000 + 4_000 + 8_000 + 20_000}, Range{27_000, 73_000}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := EstimateCost(tt.scope, []Gap{{EffortWeeks: tt.weeks}})
			if tt.weeks == 0 {
				e = EstimateCost(tt.scope, nil)
			}
			if e.FirstYear != tt.first || e.Renewal != tt.renew {
				t.Errorf("first year %v, renewal %v; want %v, %v", e.FirstYear, e.Renewal, tt.first, tt.renew)
			}
			var sum Range
			names := map[string]bool{}
			for _, l := range e.Lines {
				sum = sum.add(l.Amount)
				names[l.Name] = true
				if l.Amount.Low > l.Amount.High || l.Basis == "" {
					t.Errorf("line %+v", l)
				}
			}
			if sum != e.FirstYear {
				t.Errorf("lines add up to %v, first year says %v", sum, e.FirstYear)
			}
			if names["Penetration test"] != tt.pentest || names["SOC 3 report"] != tt.soc3 {
				t.Errorf("lines %v", names)
			}
			if e.Currency != "USD" || !strings.Contains(e.Label, "not a quote") || len(e.Assumptions) < 3 {
				t.Errorf("estimate not labelled: %+v", e)
			}
			// The sources put SOC 2 costs between several thousand and several hundred thousand dollars.
			if e.FirstYear.Low < 5_000 || e.FirstYear.High > 500_000 {
				t.Errorf("first year %v outside the published range", e.FirstYear)
			}
		})
	}
	if money(1234567) != "1,234,567" || money(500) != "500" || money(12000) != "12,000" {
		t.Error("money formatting")
	}
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
// and every optional category, each with at least one reason.
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
	if len(rec.Reports) != 3 || len(rec.Categories) != 4 {
		t.Errorf("reports %+v, categories %+v", rec.Reports, rec.Categories)
	}
	for _, p := range slices.Concat(rec.Reports, rec.Categories) {
		if len(p.Reasons) == 0 {
			t.Errorf("%s has no reason", p.ID)
		}
	}
}
