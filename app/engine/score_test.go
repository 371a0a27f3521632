package engine

import (
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/quick"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func lineByID(lines []ScoreLine, id string) *ScoreLine {
	for i := range lines {
		if lines[i].ID == id {
			return &lines[i]
		}
	}
	return nil
}

// TestWorkedExample is the example in the README, computed by hand.
//
// Mini bank, SOC 2 Type II, Security + Availability. Answers:
//
//	f-cloud   fact                         yes  (so s2-access is asked)
//	s1-policy design  w3 key [S1.1 S1.2]   operating          c_d 1    c_o 1
//	s1-review operat. w2     [S1.1]        documented         (no c_d) c_o 0.5
//	s1-train  design  w1     [S1.2]        planned            c_d 0.25 c_o 0
//	s2-access design  w4     [S2.1 S1.1]   partial            c_d 0.5  c_o 0.25
//	s2-ops    operat. w2     [S2.1]        unanswered         (no c_d) c_o 0
//	a1-backup design  w5 key [A1.1]        documented         c_d 1    c_o 0.5
//	a1-test   operat. w3     [A1.1]        N/A, justified     leaves the sums
//
// Design    D = 100 × (3·1 + 1·0.25 + 4·0.5 + 5·1) / (3+1+4+5) = 100 × 10.25/13 = 78.85
// Operating O = 100 × (3·1 + 2·0.5 + 1·0 + 4·0.25 + 2·0 + 5·0.5) / (3+2+1+4+2+5) = 100 × 7.5/17 = 44.12
// Readiness R = (78.85 + 44.12) / 2 = 61.48 → significant gaps; a1-backup is a
// key control not yet operating with evidence (c_o 0.5), which would cap the
// band at significant gaps anyway.
// Completion: 6 of 7 asked scored questions answered (s2-ops is not) = 85.71%.
//
// Criterion S2.1 (s2-access, s2-ops): D = 100 × 2/4 = 50, O = 100 × (1+0)/6 = 16.67, score 33.33.
// Series S1 (s1-policy, s1-review, s1-train, s2-access — s1-policy once, though it touches S1.1 and S1.2):
// D = 100 × 5.25/8 = 65.63, O = 100 × 5/10 = 50, score 57.81.
// Category Availability (a1-backup only; a1-test is N/A): D = 100, O = 50, score 75.
//
// As a Type I, operation questions are not asked: R = D = 78.85 → minor gaps,
// no blocker (both key controls have c_d = 1), completion 4/4 = 100%.
func TestWorkedExample(t *testing.T) {
	b, fw := loadMini(t)
	ans := Answers{
		"f-cloud":   {Choice: Yes},
		"s1-policy": {Choice: Operating},
		"s1-review": {Choice: Documented},
		"s1-train":  {Choice: Planned},
		"s2-access": {Choice: Partial},
		"a1-backup": {Choice: Documented},
		"a1-test":   {Choice: NA, Justification: "Restores are tested by the hosting provider."},
	}
	scope := Scope{Report: SOC2, Type: TypeII, Categories: []string{"availability"}}
	r := Score(b, fw, scope, ans)

	d, o := 100*10.25/13, 100*7.5/17
	checks := []struct {
		name      string
		got, want float64
	}{
		{"design", r.Design, d},
		{"operating", r.Operating, o},
		{"readiness", r.Readiness, (d + o) / 2},
		{"completion", r.Completion, 100 * 6.0 / 7},
		{"S2.1", lineByID(r.Criteria, "S2.1").Score, (50 + 100.0/6) / 2},
		{"S1.1 design", lineByID(r.Criteria, "S1.1").Design, 100 * 5.0 / 7},
		{"S1.2 operating", lineByID(r.Criteria, "S1.2").Operating, 75},
		{"S1", lineByID(r.Series, "S1").Score, (100*5.25/8 + 50) / 2},
		{"availability", lineByID(r.Categories, "availability").Score, 75},
		{"security", lineByID(r.Categories, "security").Score, (100*5.25/8 + 100*5.0/12) / 2},
	}
	for _, c := range checks {
		if !near(c.got, c.want) {
			t.Errorf("%s = %.4f, want %.4f", c.name, c.got, c.want)
		}
	}
	if !r.HasReadiness || !r.HasDesign || !r.HasOperating {
		t.Error("all three scores should exist")
	}
	if r.Band != BandSignificantGaps || !strings.Contains(r.BandReason, "Readiness 61% is between 40% and 70%") ||
		!strings.Contains(r.BandReason, "1 key control is also not yet operating with evidence") {
		t.Errorf("band %q: %q", r.Band, r.BandReason)
	}
	if len(r.Blockers) != 1 || r.Blockers[0].ID != "a1-backup" || r.Blockers[0].Choice != Documented {
		t.Errorf("blockers = %+v", r.Blockers)
	}
	if !slices.Equal(r.Unanswered, []string{"s2-ops"}) || r.Asked != 7 || r.Answered != 6 {
		t.Errorf("unanswered %v, asked %d, answered %d", r.Unanswered, r.Asked, r.Answered)
	}
	if l := lineByID(r.Criteria, "A1.1"); l.Questions != 2 || l.Weight != 5 || l.Answered != 2 {
		t.Errorf("A1.1 line = %+v", l)
	}
	if l := lineByID(r.Series, "S1"); l.Questions != 4 || l.Weight != 10 {
		t.Errorf("S1 counts s1-policy once: %+v", l)
	}

	r1 := Score(b, fw, Scope{Report: SOC2, Type: TypeI, Categories: []string{"availability"}}, ans)
	if !near(r1.Readiness, d) || r1.HasOperating || r1.Band != BandMinorGaps || len(r1.Blockers) != 0 || r1.Completion != 100 {
		t.Errorf("Type I: R %.2f band %s blockers %v completion %.1f", r1.Readiness, r1.Band, r1.Blockers, r1.Completion)
	}
}

func TestBands(t *testing.T) {
	b, fw := loadMini(t)
	typeI := Scope{Report: SOC2, Type: TypeI, Categories: []string{"availability"}}
	typeII := Scope{Report: SOC2, Type: TypeII, Categories: []string{"availability"}}
	with := func(base Answers, id string, a Answer) Answers {
		out := Answers{}
		for k, v := range base {
			out[k] = v
		}
		out[id] = a
		return out
	}
	tests := []struct {
		name     string
		scope    Scope
		answers  Answers
		band     Band
		reason   string
		blockers int
	}{
		{"all operating", typeII, allAnswers(b, Operating), BandAuditReady, "Readiness 100% is at or above 85%.", 0},
		{"key control partial caps a Type I", typeI, with(allAnswers(b, Documented), "s1-policy", Answer{Choice: Partial}),
			BandSignificantGaps, "1 key control is not yet in place, which caps the band at significant gaps (readiness 88% alone would be audit-ready).", 1},
		{"documented is not enough for key controls in Type II", typeII, allAnswers(b, Documented),
			BandSignificantGaps, "2 key controls are not yet operating with evidence, which cap the band at significant gaps (readiness 75% alone would be minor gaps).", 2},
		{"nothing started", typeI, allAnswers(b, NotStarted), BandNotReady, "Readiness 0% is below 40%. 2 key controls are also not yet in place.", 2},
		{"unanswered key controls are blockers", typeI, Answers{}, BandNotReady, "2 key controls are also", 2},
		{"justified N/A key control is no blocker", typeI, with(with(allAnswers(b, Documented), "s1-policy", Answer{Choice: NA, Justification: "x"}), "s1-train", Answer{Choice: Planned}),
			BandAuditReady, "Readiness 92% is at or above 85%.", 0}, // (1·0.25 + 4 + 5) / 10
		{"N/A without justification counts as not started", typeII, allAnswers(b, NA), BandNotReady, "below 40%", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(b, fw, tt.scope, tt.answers)
			if r.Band != tt.band || !strings.Contains(r.BandReason, tt.reason) || len(r.Blockers) != tt.blockers {
				t.Errorf("band %q (%q), %d blockers; want %q (%q), %d", r.Band, r.BandReason, len(r.Blockers), tt.band, tt.reason, tt.blockers)
			}
		})
	}
	t.Run("all justified N/A has no score", func(t *testing.T) {
		ans := Answers{}
		for _, q := range b.Questions {
			ans[q.ID] = Answer{Choice: NA, Justification: "not ours"}
		}
		ans["f-cloud"] = Answer{Choice: Yes}
		r := Score(b, fw, typeII, ans)
		if r.HasReadiness || r.HasDesign || r.HasOperating || r.Band != BandNone || r.Completion != 100 {
			t.Errorf("got %+v", r)
		}
		for _, l := range slices.Concat(r.Categories, r.Series, r.Criteria) {
			if l.HasScore {
				t.Errorf("line %s should have no score", l.ID)
			}
		}
	})
}

func TestBandFor(t *testing.T) {
	for _, tt := range []struct {
		r    float64
		want Band
	}{{100, BandAuditReady}, {85, BandAuditReady}, {84.999, BandMinorGaps}, {70, BandMinorGaps},
		{69.99, BandSignificantGaps}, {40, BandSignificantGaps}, {39.99, BandNotReady}, {0, BandNotReady}} {
		if got := BandFor(tt.r); got != tt.want {
			t.Errorf("BandFor(%v) = %s, want %s", tt.r, got, tt.want)
		}
	}
	if Percent(84.99) != 84 || Percent(100) != 100 || Percent(99.999) != 99 {
		t.Error("Percent must round down")
	}
}

func TestNAWithoutJustificationIsUnanswered(t *testing.T) {
	b, fw := loadMini(t)
	ans := allAnswers(b, Operating)
	ans["s1-train"] = Answer{Choice: NA, Justification: "   "}
	r := Score(b, fw, Scope{Type: TypeI}, ans)
	// Security only: s1-policy w3, s1-train w1 (counts 0), s2-access w4 → 7/8.
	if !near(r.Design, 87.5) || !slices.Equal(r.NeedsJustification, []string{"s1-train"}) ||
		!slices.Equal(r.Unanswered, []string{"s1-train"}) || !near(r.Completion, 200.0/3) {
		t.Errorf("D %.2f, needs %v, unanswered %v, completion %.1f", r.Design, r.NeedsJustification, r.Unanswered, r.Completion)
	}
	// A yes/no value on a scored question is not a maturity answer either.
	ans["s1-train"] = Answer{Choice: Yes}
	if r := Score(b, fw, Scope{Type: TypeI}, ans); !slices.Equal(r.Unanswered, []string{"s1-train"}) || len(r.NeedsJustification) != 0 {
		t.Errorf("yes on a scored question: unanswered %v", r.Unanswered)
	}
}

func TestLinesInScopeAndInFrameworkOrder(t *testing.T) {
	b, fw := loadMini(t)
	r := Score(b, fw, Scope{Type: TypeI, Categories: []string{"bogus"}}, nil)
	ids := func(ls []ScoreLine) (out []string) {
		for _, l := range ls {
			out = append(out, l.ID)
		}
		return
	}
	if !slices.Equal(ids(r.Categories), []string{"security"}) || !slices.Equal(ids(r.Series), []string{"S1", "S2"}) ||
		!slices.Equal(ids(r.Criteria), []string{"S1.1", "S1.2", "S2.1"}) {
		t.Errorf("lines: %v %v %v", ids(r.Categories), ids(r.Series), ids(r.Criteria))
	}
	if l := r.Criteria[0]; l.Parent != "S1" || l.Title != "Policies" {
		t.Errorf("criterion line = %+v", l)
	}
	if Score(nil, fw, Scope{}, nil).Band != BandNone {
		t.Error("no bank: no band")
	}
}

// propertyBanks returns the banks the score properties run on: synthetic banks
// over the real TSC framework and, when present, the real SOC 2 bank.
func propertyBanks(t *testing.T) map[string][2]any {
	fw := tscFramework(t)
	m := map[string][2]any{}
	for _, seed := range []uint64{1, 2, 3} {
		m[fmt.Sprint("synthetic-", seed)] = [2]any{syntheticBank(fw, seed), fw}
	}
	return m
}

func forEachBank(t *testing.T, f func(t *testing.T, b *Bank, fw *Framework)) {
	for name, bf := range propertyBanks(t) {
		t.Run(name, func(t *testing.T) { f(t, bf[0].(*Bank), bf[1].(*Framework)) })
	}
	t.Run("real-soc2", func(t *testing.T) {
		b, fw := realBank(t, "soc2")
		f(t, b, fw)
	})
}

// allLines walks every score of a result with a stable key.
func allLines(r *Result) map[string]ScoreLine {
	m := map[string]ScoreLine{
		"overall": {Score: r.Readiness, HasScore: r.HasReadiness, Design: r.Design, HasDesign: r.HasDesign,
			Operating: r.Operating, HasOperating: r.HasOperating},
	}
	for _, l := range r.Categories {
		m["cat:"+l.ID] = l
	}
	for _, l := range r.Series {
		m["ser:"+l.ID] = l
	}
	for _, l := range r.Criteria {
		m["crit:"+l.ID] = l
	}
	return m
}

var quickConfig = &quick.Config{MaxCount: 150}

func TestPropertyRaisingNeverLowers(t *testing.T) {
	forEachBank(t, func(t *testing.T, b *Bank, fw *Framework) {
		prop := func(seed uint64) bool {
			r := rand.New(rand.NewPCG(seed, 11))
			scope := randomScope(fw, r)
			ans := randomAnswers(b, r)
			i := r.IntN(len(b.Questions))
			q := b.Questions[i]
			if q.Kind == KindFact {
				return true
			}
			lo := Choice(r.IntN(6)) // Unanswered … Operating
			hi := lo + Choice(r.IntN(int(Operating-lo)+1))
			ans[q.ID] = Answer{Choice: lo}
			before := allLines(Score(b, fw, scope, ans))
			ans[q.ID] = Answer{Choice: hi}
			after := allLines(Score(b, fw, scope, ans))
			for k, x := range before {
				y := after[k]
				if x.HasScore != y.HasScore || y.Score < x.Score || y.Design < x.Design || y.Operating < x.Operating {
					t.Logf("%s: raising %s from %s to %s lowered %s: %+v → %+v", b.ID, q.ID, lo, hi, k, x, y)
					return false
				}
			}
			return true
		}
		if err := quick.Check(prop, quickConfig); err != nil {
			t.Error(err)
		}
	})
}

func TestPropertyExtremes(t *testing.T) {
	forEachBank(t, func(t *testing.T, b *Bank, fw *Framework) {
		for _, typ := range []AuditType{TypeI, TypeII} {
			scope := Scope{Report: SOC2, Type: typ, Categories: allCategories(fw)}
			for _, tc := range []struct {
				c    Choice
				want float64
			}{{Operating, 100}, {NotStarted, 0}, {Unanswered, 0}} {
				r := Score(b, fw, scope, allAnswers(b, tc.c))
				if !r.HasReadiness {
					t.Fatalf("%s %s: no readiness", typ, tc.c)
				}
				for k, l := range allLines(r) {
					if l.HasScore && l.Score != tc.want || l.HasDesign && l.Design != tc.want || l.HasOperating && l.Operating != tc.want {
						t.Errorf("%s all %q: %s = %+v, want %v", typ, tc.c, k, l, tc.want)
					}
				}
				if tc.c == Operating && (r.Band != BandAuditReady || len(r.Blockers) != 0) {
					t.Errorf("%s all operating: band %s, %d blockers", typ, r.Band, len(r.Blockers))
				}
			}
		}
	})
}

func touches(b *Bank, fw *Framework, qid string) map[string]bool {
	m := map[string]bool{}
	for _, c := range b.FindQuestion(qid).Criteria {
		cr := fw.FindCriterion(c)
		m["crit:"+c], m["ser:"+cr.Series], m["cat:"+cr.Category] = true, true, true
	}
	return m
}

func TestPropertyNAOnlyMovesWhatItTouches(t *testing.T) {
	forEachBank(t, func(t *testing.T, b *Bank, fw *Framework) {
		prop := func(seed uint64) bool {
			r := rand.New(rand.NewPCG(seed, 13))
			scope := randomScope(fw, r)
			ans := randomAnswers(b, r)
			q := b.Questions[r.IntN(len(b.Questions))]
			if q.Kind == KindFact {
				return true
			}
			before := allLines(Score(b, fw, scope, ans))
			ans[q.ID] = Answer{Choice: NA, Justification: "does not apply"}
			after := allLines(Score(b, fw, scope, ans))
			touched := touches(b, fw, q.ID)
			for k, x := range before {
				if k != "overall" && !touched[k] && after[k] != x {
					t.Logf("N/A on %s changed untouched %s: %+v → %+v", q.ID, k, x, after[k])
					return false
				}
			}
			return true
		}
		if err := quick.Check(prop, quickConfig); err != nil {
			t.Error(err)
		}
	})
}

func TestPropertyRemovingACategoryKeepsTheOthers(t *testing.T) {
	forEachBank(t, func(t *testing.T, b *Bank, fw *Framework) {
		prop := func(seed uint64) bool {
			r := rand.New(rand.NewPCG(seed, 17))
			scope := Scope{Report: SOC2, Type: []AuditType{TypeI, TypeII}[r.IntN(2)], Categories: allCategories(fw)}
			ans := randomAnswers(b, r)
			drop := fw.Categories[1+r.IntN(len(fw.Categories)-1)].ID // never the required one
			before := allLines(Score(b, fw, scope, ans))
			all := resolveScope(fw.index(), scope).cats
			scope.Categories = slices.DeleteFunc(slices.Clone(scope.Categories), func(c string) bool { return c == drop })
			// A question keyed to a common criterion for a point that is
			// only for the dropped category leaves with it, and so may
			// change the lines it touches.
			extra := map[string]bool{}
			rest := resolveScope(fw.index(), scope).cats
			for i := range b.Questions {
				qi := &b.index(fw).q[i]
				if qi.pointsApply(all) && !qi.pointsApply(rest) {
					maps.Copy(extra, touches(b, fw, b.Questions[i].ID))
				}
			}
			after := allLines(Score(b, fw, scope, ans))
			for k, y := range after {
				if k != "overall" && !extra[k] && before[k] != y {
					t.Logf("dropping %s changed %s: %+v → %+v", drop, k, before[k], y)
					return false
				}
			}
			for k := range before {
				if _, kept := after[k]; !kept && !strings.HasPrefix(k, "cat:"+drop) && fw.FindCategory(strings.TrimPrefix(k, "cat:")) != nil {
					t.Logf("line %s vanished", k)
					return false
				}
			}
			return len(after) < len(before)
		}
		if err := quick.Check(prop, quickConfig); err != nil {
			t.Error(err)
		}
	})
}

func TestPropertyDeterministic(t *testing.T) {
	forEachBank(t, func(t *testing.T, b *Bank, fw *Framework) {
		prop := func(seed uint64) bool {
			r := rand.New(rand.NewPCG(seed, 19))
			scope := randomScope(fw, r)
			ans := randomAnswers(b, r)
			copyAns := Answers{}
			keys := make([]string, 0, len(ans))
			for k := range ans {
				keys = append(keys, k)
			}
			slices.Reverse(keys)
			for _, k := range keys {
				copyAns[k] = ans[k]
			}
			return reflect.DeepEqual(Score(b, fw, scope, ans), Score(b, fw, scope, copyAns)) &&
				reflect.DeepEqual(Gaps(b, fw, scope, ans), Gaps(b, fw, scope, copyAns))
		}
		if err := quick.Check(prop, quickConfig); err != nil {
			t.Error(err)
		}
	})
}

// FuzzScore throws arbitrary answer sets and scopes at the synthetic bank and
// checks the invariants that must hold for any input.
func FuzzScore(f *testing.F) {
	fw := tscFramework(f)
	b := syntheticBank(fw, 5)
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{1, 0xff, 5, 5, 5, 5, 5, 5})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		scope := Scope{Report: SOC2, Type: TypeI}
		if len(data) > 0 {
			if data[0]&1 == 1 {
				scope.Type = TypeII
			}
			for k, c := range fw.Categories {
				if data[0]&(2<<k) != 0 {
					scope.Categories = append(scope.Categories, c.ID)
				}
			}
		}
		ans := Answers{}
		for i, q := range b.Questions {
			if i+1 >= len(data) {
				break
			}
			v := data[i+1]
			a := Answer{Choice: Choice(v % 10)} // includes out-of-range values
			if v&0x80 != 0 {
				a.Justification = "why not"
			}
			ans[q.ID] = a
		}
		r := Score(b, fw, scope, ans)
		for k, l := range allLines(r) {
			for _, v := range []float64{l.Score, l.Design, l.Operating} {
				if v < 0 || v > 100 || math.IsNaN(v) {
					t.Fatalf("%s out of range: %+v", k, l)
				}
			}
			if l.HasScore != (l.HasDesign || l.HasOperating) {
				t.Fatalf("%s: has-flags disagree: %+v", k, l)
			}
		}
		if r.Completion < 0 || r.Completion > 100 || r.Answered > r.Asked {
			t.Fatalf("completion %v (%d/%d)", r.Completion, r.Answered, r.Asked)
		}
		if r.HasReadiness {
			if len(r.Blockers) == 0 && r.Band != BandFor(r.Readiness) {
				t.Fatalf("band %s for R %.2f with no blocker", r.Band, r.Readiness)
			}
			if len(r.Blockers) > 0 && bandRank(r.Band) > bandRank(BandSignificantGaps) {
				t.Fatalf("band %s despite %d blockers", r.Band, len(r.Blockers))
			}
		}
		gaps := Gaps(b, fw, scope, ans)
		nb := 0
		for _, g := range gaps {
			if g.Severity == SeverityBlocker {
				nb++
			}
		}
		if nb != len(r.Blockers) {
			t.Fatalf("%d blocker gaps, %d blockers in the result", nb, len(r.Blockers))
		}
	})
}

// The real SOC 1 bank obeys the same extremes as SOC 2: every answer at its
// best gives 100 everywhere, nothing started gives 0.
func TestRealSOC1Extremes(t *testing.T) {
	b, fw := realBank(t, "soc1")
	for _, typ := range []AuditType{TypeI, TypeII} {
		scope := Scope{Report: SOC1, Type: typ}
		best := Score(b, fw, scope, allAnswers(b, Operating))
		worst := Score(b, fw, scope, allAnswers(b, NotStarted))
		if len(best.Categories) != len(fw.Categories) {
			t.Errorf("%s: SOC 1 should score every area group, got %d lines", typ, len(best.Categories))
		}
		for k, l := range allLines(best) {
			if !l.HasScore && strings.HasPrefix(k, "cat:") || l.HasScore && l.Score != 100 {
				t.Errorf("%s best: %s = %+v", typ, k, l)
			}
		}
		for k, l := range allLines(worst) {
			if l.HasScore && l.Score != 0 {
				t.Errorf("%s worst: %s = %+v", typ, k, l)
			}
		}
		if best.Band != BandAuditReady || worst.Band != BandNotReady {
			t.Errorf("%s: bands %s / %s", typ, best.Band, worst.Band)
		}
	}
}
