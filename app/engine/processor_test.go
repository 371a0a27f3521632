package engine

import (
	"errors"
	"slices"
	"testing"
)

// processorFixture is the mini library with points of focus and a privacy
// category: P1.1's points all concern the collector of personal information
// (a processor leaves the criterion out, and so its series P1), P2.1 mixes
// both kinds, P2.2's point is for processors.
//
//	p1-notice    design w3 key [P1.1]       points P1.1.01, P1.1.02 (controller only)
//	p1-notice-op operat. w2    [P1.1]       no points
//	p2-consent   design w2     [P2.1]       point P2.1.02 (controller only)
//	p2-use       design w4     [P2.1 P1.1]  points P2.1.01, P1.1.01
//	p2-requests  operat. w1    [P2.2]       point P2.2.01 (processor)
func processorFixture() *pointsFixture {
	f := newPointsFixture()
	f.fw.Categories = append(f.fw.Categories, Category{ID: "privacy", Title: "Privacy", Description: "optional"})
	f.fw.Series = append(f.fw.Series,
		Series{ID: "P1", Category: "privacy", Title: "Notice"},
		Series{ID: "P2", Category: "privacy", Title: "Choice and use"})
	f.fw.Criteria = append(f.fw.Criteria,
		Criterion{ID: "P1.1", Category: "privacy", Series: "P1", Topic: "Privacy notice"},
		Criterion{ID: "P2.1", Category: "privacy", Series: "P2", Topic: "Consent"},
		Criterion{ID: "P2.2", Category: "privacy", Series: "P2", Topic: "Requests"})
	f.points = append(f.points,
		PointOfFocus{ID: "P1.1.01", Criterion: "P1.1", Topic: "Notice given", Scope: PointController},
		PointOfFocus{ID: "P1.1.02", Criterion: "P1.1", Topic: "Notice kept current", Scope: PointController},
		PointOfFocus{ID: "P2.1.01", Criterion: "P2.1", Topic: "Use limited to purpose", Scope: PointAll},
		PointOfFocus{ID: "P2.1.02", Criterion: "P2.1", Topic: "Consent obtained", Scope: PointController},
		PointOfFocus{ID: "P2.2.01", Criterion: "P2.2", Topic: "Controllers' requests answered", Scope: PointProcessor})
	notice := mq("p1-notice", []string{"P1.1"}, 3, TestDesign)
	notice.Key, notice.PointsOfFocus = true, []string{"P1.1.01", "P1.1.02"}
	consent := mq("p2-consent", []string{"P2.1"}, 2, TestDesign)
	consent.PointsOfFocus = []string{"P2.1.02"}
	use := mq("p2-use", []string{"P2.1", "P1.1"}, 4, TestDesign)
	use.PointsOfFocus = []string{"P2.1.01", "P1.1.01"}
	requests := mq("p2-requests", []string{"P2.2"}, 1, TestOperation)
	requests.PointsOfFocus = []string{"P2.2.01"}
	f.bank.Questions = append(f.bank.Questions, notice, mq("p1-notice-op", []string{"P1.1"}, 2, TestOperation), consent, use, requests)
	return f
}

// processorAnswers takes the mini security and availability questions out
// with a justified N/A, so that the sums below hold the privacy ones only.
func processorAnswers(b *Bank) Answers {
	a := Answers{"f-cloud": {Choice: Yes}}
	for _, q := range b.Questions {
		if q.Kind != KindFact {
			a[q.ID] = Answer{Choice: NA, Justification: "privacy only"}
		}
	}
	a["p1-notice"] = Answer{Choice: Documented}
	a["p1-notice-op"] = Answer{Choice: Documented}
	a["p2-consent"] = Answer{Choice: Planned}
	a["p2-use"] = Answer{Choice: Partial}
	a["p2-requests"] = Answer{Choice: Operating}
	return a
}

func lineIDs(lines []ScoreLine) []string {
	var out []string
	for _, l := range lines {
		out = append(out, l.ID)
	}
	return out
}

// TestProcessorScores checks the processor rule against sums done by hand:
//
// Controller, Type I: p1-notice w3 (c_d 1), p2-consent w2 (0.25), p2-use w4
// (0.5): D = (3 + 0.5 + 2) / 9 = 61.11.
// Processor, Type I: p1-notice and p2-consent rest on controller-only points,
// P1.1 is left out: only p2-use, D = 50.
// Controller, Type II: also p1-notice-op w2 (c_o 0.5) and p2-requests w1 (1):
// O = (3·0.5 + 2·0.5 + 2·0 + 4·0.25 + 1·1) / 12 = 37.5, R = 49.31; the key
// notice is documented, not operating: one blocker.
// Processor, Type II: p2-use and p2-requests: O = (4·0.25 + 1) / 5 = 40,
// R = 45; the notice is not asked, so it blocks nothing.
func TestProcessorScores(t *testing.T) {
	f := processorFixture()
	lib, err := f.load()
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.Bank("mini"), lib.Framework("mini")
	ans := processorAnswers(b)
	scope := func(typ AuditType, processor bool) Scope {
		return Scope{Report: SOC2, Type: typ, Categories: []string{"privacy"}, Processor: processor}
	}
	allCriteria := []string{"S1.1", "S1.2", "S2.1", "P1.1", "P2.1", "P2.2"}
	keptCriteria := []string{"S1.1", "S1.2", "S2.1", "P2.1", "P2.2"}
	tests := []struct {
		name             string
		scope            Scope
		design, operate  float64
		readiness        float64
		asked, blockers  int
		criteria, series []string
		leftOut          []string
		privacyQuestions int // asked questions that count in the privacy category
	}{
		{"controller, Type I", scope(TypeI, false), 100 * 5.5 / 9, 0, 100 * 5.5 / 9, 3, 0,
			allCriteria, []string{"S1", "S2", "P1", "P2"}, nil, 3},
		{"processor, Type I", scope(TypeI, true), 50, 0, 50, 1, 0,
			keptCriteria, []string{"S1", "S2", "P2"}, []string{"P1.1"}, 1},
		{"controller, Type II", scope(TypeII, false), 100 * 5.5 / 9, 37.5, (100*5.5/9 + 37.5) / 2, 5, 1,
			allCriteria, []string{"S1", "S2", "P1", "P2"}, nil, 5},
		{"processor, Type II", scope(TypeII, true), 50, 40, 45, 2, 0,
			keptCriteria, []string{"S1", "S2", "P2"}, []string{"P1.1"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(b, fw, tt.scope, ans)
			if !near(r.Design, tt.design) || !near(r.Readiness, tt.readiness) || tt.scope.Type == TypeII && !near(r.Operating, tt.operate) {
				t.Errorf("D %.2f O %.2f R %.2f; want %.2f %.2f %.2f", r.Design, r.Operating, r.Readiness, tt.design, tt.operate, tt.readiness)
			}
			// s1-policy and s2-access, all N/A; s1-train is not asked: it
			// cites only a point for availability, which is out of scope.
			security := 2
			if tt.scope.Type == TypeII {
				security = 4 // and s1-review, s2-ops
			}
			if privacy := r.Asked - security; privacy != tt.asked || len(r.Blockers) != tt.blockers {
				t.Errorf("%d privacy questions asked, %d blockers; want %d, %d", privacy, len(r.Blockers), tt.asked, tt.blockers)
			}
			if got := lineIDs(r.Criteria); !slices.Equal(got, tt.criteria) {
				t.Errorf("criteria %v, want %v", got, tt.criteria)
			}
			if got := lineIDs(r.Series); !slices.Equal(got, tt.series) {
				t.Errorf("series %v, want %v", got, tt.series)
			}
			var left []string
			for _, l := range r.LeftOut {
				left = append(left, l.ID)
				if l.Topic != "Privacy notice" || l.Reason != ReasonProcessorCriterion {
					t.Errorf("left out %+v", l)
				}
			}
			if !slices.Equal(left, tt.leftOut) {
				t.Errorf("left out %v, want %v", left, tt.leftOut)
			}
			if l := lineByID(r.Categories, "privacy"); l == nil || l.Questions != tt.privacyQuestions {
				t.Errorf("privacy line %+v, want %d questions", l, tt.privacyQuestions)
			}
		})
	}

	t.Run("p2-use counts in the criteria a processor keeps only", func(t *testing.T) {
		r := Score(b, fw, scope(TypeI, true), ans)
		if l := lineByID(r.Criteria, "P2.1"); l.Questions != 1 || !near(l.Design, 50) {
			t.Errorf("P2.1 = %+v", l)
		}
		gaps := Gaps(b, fw, scope(TypeI, true), ans)
		if len(gaps) != 1 || gaps[0].Question != "p2-use" || len(gaps[0].Criteria) != 1 || gaps[0].Criteria[0].ID != "P2.1" {
			t.Errorf("gaps = %+v", gaps)
		}
		if g := Gaps(b, fw, scope(TypeI, false), ans); len(g) != 2 || g[0].Question != "p2-use" || len(g[0].Criteria) != 2 {
			t.Errorf("a controller's p2-use gap names both criteria: %+v", g)
		}
	})
}

func TestProcessorAsked(t *testing.T) {
	f := processorFixture()
	lib, err := f.load()
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.Bank("mini"), lib.Framework("mini")
	processor := Scope{Report: SOC2, Type: TypeII, Categories: []string{"privacy"}, Processor: true}
	controller := processor
	controller.Processor = false
	tests := []struct {
		id         string
		controller bool
		processor  bool
		why        string // for the processor
	}{
		{"p1-notice", true, false, ReasonProcessorQuestion},    // its points and its criterion are the collector's
		{"p1-notice-op", true, false, ReasonProcessorQuestion}, // no points, but its only criterion is left out
		{"p2-consent", true, false, ReasonProcessorQuestion},   // its only point is the collector's
		{"p2-use", true, true, ""},
		{"p2-requests", true, true, ""},
		{"s1-policy", true, true, ""},
	}
	all := AskedAll(b, fw, processor, nil)
	for _, tt := range tests {
		q := b.FindQuestion(tt.id)
		if got, _ := Asked(b, fw, controller, nil, q); got != tt.controller {
			t.Errorf("%s asked of a controller: %v, want %v", tt.id, got, tt.controller)
		}
		got, why := Asked(b, fw, processor, nil, q)
		if got != tt.processor || why != tt.why {
			t.Errorf("%s asked of a processor: %v (%q), want %v (%q)", tt.id, got, why, tt.processor, tt.why)
		}
		if all[slices.IndexFunc(b.Questions, func(x Question) bool { return x.ID == tt.id })] != tt.processor {
			t.Errorf("AskedAll disagrees with Asked on %s", tt.id)
		}
	}
	// Without privacy in scope, being a processor changes nothing.
	secOnly := Scope{Report: SOC2, Type: TypeII, Processor: true}
	if r := Score(b, fw, secOnly, nil); len(r.LeftOut) != 0 || lineByID(r.Criteria, "P1.1") != nil {
		t.Errorf("security only: left out %v", r.LeftOut)
	}
	if r, r0 := Score(b, fw, secOnly, processorAnswers(b)), Score(b, fw, Scope{Report: SOC2, Type: TypeII}, processorAnswers(b)); r.Readiness != r0.Readiness || r.Asked != r0.Asked {
		t.Errorf("security only: processor %v/%d, controller %v/%d", r.Readiness, r.Asked, r0.Readiness, r0.Asked)
	}
}

func TestProcessorWithoutPointsChangesNothing(t *testing.T) {
	b, fw := loadMini(t) // no points of focus at all
	ans := allAnswers(b, Partial)
	s := Scope{Report: SOC2, Type: TypeII, Categories: []string{"availability"}}
	r0 := Score(b, fw, s, ans)
	s.Processor = true
	r1 := Score(b, fw, s, ans)
	if r0.Readiness != r1.Readiness || r0.Asked != r1.Asked || len(r1.LeftOut) != 0 || !NormalizeScope(fw, s).Processor {
		t.Errorf("controller %+v\nprocessor %+v", r0, r1)
	}
}

func TestProcessorPoints(t *testing.T) {
	f := processorFixture()
	lib, err := f.load()
	if err != nil {
		t.Fatal(err)
	}
	fw := lib.Framework("mini")
	s := Scope{Report: SOC2, Type: TypeI, Categories: []string{"privacy"}}
	q := lib.Bank("mini").FindQuestion("p2-use")
	if got := len(QuestionPoints(fw, s, q)); got != 2 {
		t.Errorf("a controller sees %d of p2-use's points, want 2", got)
	}
	s.Processor = true
	if got := QuestionPoints(fw, s, q); len(got) != 1 || got[0].ID != "P2.1.01" {
		t.Errorf("a processor sees %v of p2-use's points, want P2.1.01 only", got)
	}
	if !PointApplies(fw, s, fw.Point("P2.2.01")) || PointApplies(fw, s, fw.Point("P1.1.02")) {
		t.Error("a processor is asked processor points, not controller ones")
	}
}

// TestRealProcessorCriteria: with the real points of focus, a processor's
// SOC 2 with privacy leaves out exactly the three criteria whose points all
// concern the collector (notice, consent, explicit consent), and the series
// of notice and of choice and consent with them.
func TestRealProcessorCriteria(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	s := Scope{Report: SOC2, Type: TypeII, Window: 6, Categories: []string{"privacy"}, Processor: true}
	b, fw := lib.BankFor(s)
	r := Score(b, fw, s, nil)
	var left []string
	for _, l := range r.LeftOut {
		left = append(left, l.ID)
	}
	if !slices.Equal(left, []string{"P1.1", "P2.1", "P3.2"}) {
		t.Errorf("left out %v, want P1.1 P2.1 P3.2", left)
	}
	for _, id := range []string{"P1.1", "P2.1", "P3.2"} {
		if lineByID(r.Criteria, id) != nil {
			t.Errorf("%s is still scored", id)
		}
	}
	for _, id := range []string{"P1", "P2"} {
		if lineByID(r.Series, id) != nil {
			t.Errorf("series %s is still scored", id)
		}
	}
	if lineByID(r.Series, "P3") == nil || lineByID(r.Criteria, "P3.1") == nil {
		t.Error("P3.1 and its series stay in scope")
	}
	s.Processor = false
	if r := Score(b, fw, s, nil); len(r.LeftOut) != 0 || lineByID(r.Criteria, "P1.1") == nil {
		t.Errorf("a controller keeps every privacy criterion; left out %v", r.LeftOut)
	}
}

func TestScopingRole(t *testing.T) {
	for _, tt := range []struct {
		answers Answers
		want    bool
	}{
		{nil, false},
		{Answers{ScopingCollectsDirectly: {Choice: Yes}}, false},
		{Answers{ScopingCollectsDirectly: {Choice: No}}, true},
		{Answers{"scope-personal-info": {Choice: No}}, false},
	} {
		if got := IsProcessor(tt.answers); got != tt.want {
			t.Errorf("IsProcessor(%v) = %v", tt.answers, got)
		}
	}
	q := &ScopingQuestion{ID: ScopingCollectsDirectly, Group: GroupRole, AskedFor: []string{"privacy"}}
	if q.AskedIn(Scope{Categories: []string{"security"}}) || !q.AskedIn(Scope{Categories: []string{"security", "privacy"}}) {
		t.Error("a role question for privacy is asked with privacy in scope only")
	}
	if !(&ScopingQuestion{}).AskedIn(Scope{}) {
		t.Error("a question for no category in particular is always asked")
	}

	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	var role *ScopingQuestion
	for i, sq := range lib.Scoping().Questions {
		if sq.ID == ScopingCollectsDirectly {
			role = &lib.Scoping().Questions[i]
		}
	}
	if role == nil || role.Group != GroupRole || !slices.Equal(role.AskedFor, []string{"privacy"}) {
		t.Errorf("scoping.json: the processor question is %+v", role)
	}
}

func TestRoleQuestionValidation(t *testing.T) {
	const sc = "scoping.json"
	role := ScopingQuestion{ID: "sc-role", Group: GroupRole, Text: "Collect directly?", AskedFor: []string{"availability"}}
	tests := []struct {
		name   string
		mutate func(q *ScopingQuestion)
		want   []want
	}{
		{"valid", func(q *ScopingQuestion) {}, nil},
		{"asked always", func(q *ScopingQuestion) { q.AskedFor = nil }, nil},
		{"unknown category", func(q *ScopingQuestion) { q.AskedFor = []string{"uptime"} },
			[]want{{sc, "sc-role", "asked_for", `unknown category id "uptime"`}}},
		{"recommends", func(q *ScopingQuestion) { q.Categories = []string{"availability"} },
			[]want{{sc, "sc-role", "group", "a role question sets the scope"}}},
		{"has a reason", func(q *ScopingQuestion) { q.Reason = "because" },
			[]want{{sc, "sc-role", "group", "no reports, categories or reason"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture()
			q := role
			tt.mutate(&q)
			f.scoping.Questions = append(f.scoping.Questions, q)
			_, err := LoadLibrary(f.fs())
			var errs ValidationErrors
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("want no problem, got %v", err)
				}
				return
			}
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
