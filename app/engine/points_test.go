package engine

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/socready/socready/questionnaires"
)

// miniPoints are points of focus for the mini framework: two that a readiness
// review does not ask about (financial reporting) or asks only with
// availability in scope, the rest for everyone.
func miniPoints() []PointOfFocus {
	return []PointOfFocus{
		{ID: "S1.1.01", Criterion: "S1.1", Topic: "Policies written", Scope: PointAll},
		{ID: "S1.1.02", Criterion: "S1.1", Topic: "Policies reviewed", Scope: PointAll},
		{ID: "S1.1.03", Criterion: "S1.1", Topic: "Reporting objectives", Scope: PointFinancialReporting},
		{ID: "S1.2.01", Criterion: "S1.2", Topic: "Training given", Scope: PointAll},
		{ID: "S1.2.02", Criterion: "S1.2", Topic: "Uptime training", Scope: PointAll, OnlyFor: "availability"},
		{ID: "S2.1.01", Criterion: "S2.1", Topic: "Access granted on approval", Scope: PointAll},
		{ID: "S2.1.02", Criterion: "S2.1", Topic: "Access reviewed", Scope: PointAll},
		{ID: "A1.1.01", Criterion: "A1.1", Topic: "Backups taken", Scope: PointAll},
	}
}

// miniCitations are the points each mini question cites: together they cover
// every asked-about point, and every operation question cites one.
var miniCitations = map[string][]string{
	"s1-policy": {"S1.1.01", "S1.2.01"},
	"s1-review": {"S1.1.02"},
	"s1-train":  {"S1.2.02"},
	"s2-access": {"S2.1.01"},
	"s2-ops":    {"S2.1.02"},
	"a1-backup": {"A1.1.01"},
	"a1-test":   {"A1.1.01"},
}

// pointsFixture is the mini fixture with its points file and citations.
type pointsFixture struct {
	*fixture
	points []PointOfFocus
}

func newPointsFixture() *pointsFixture {
	f := &pointsFixture{fixture: newFixture(), points: miniPoints()}
	for id, pts := range miniCitations {
		f.q(id).PointsOfFocus = slices.Clone(pts)
	}
	return f
}

func (f *pointsFixture) load() (*Library, error) {
	if _, set := f.extra["points/mini.json"]; !set {
		f.extra["points/mini.json"] = mustJSON(f.points)
	}
	return LoadLibrary(f.fs())
}

func loadPointsFixture(t *testing.T, mutate func(f *pointsFixture)) (*Bank, *Framework) {
	t.Helper()
	f := newPointsFixture()
	if mutate != nil {
		mutate(f)
	}
	lib, err := f.load()
	if err != nil {
		t.Fatalf("mini library with points: %v", err)
	}
	return lib.Bank("mini"), lib.Framework("mini")
}

func TestEmbeddedPointsOfFocus(t *testing.T) {
	lib, err := LoadLibrary(questionnaires.Files)
	if err != nil {
		t.Fatalf("embedded questionnaires do not validate:\n%v", err)
	}
	tsc := lib.Framework("tsc2017")
	if n := len(tsc.Points()); n != 330 {
		t.Errorf("tsc2017 has %d points of focus, want the 330 of the 2022 revision", n)
	}
	byScope := map[PointScope]int{}
	onlyFor := 0
	for _, p := range tsc.Points() {
		byScope[p.Scope]++
		if p.OnlyFor != "" {
			onlyFor++
		}
	}
	want := map[PointScope]int{PointAll: 302, PointController: 15, PointFinancialReporting: 9, PointProcessor: 3, PointGoods: 1}
	for s, n := range want {
		if byScope[s] != n {
			t.Errorf("%d points scoped %q, want %d", byScope[s], s, n)
		}
	}
	if onlyFor != 24 {
		t.Errorf("%d points for one category only, want 24", onlyFor)
	}
	if p := tsc.Point("CC6.1.03"); p == nil || p.Criterion != "CC6.1" || blank(p.Topic) {
		t.Errorf("Point(CC6.1.03) = %+v", p)
	}
	if tsc.Point("CC6.1.99") != nil {
		t.Error("Point of an unknown id should be nil")
	}
	if pts := tsc.PointsOf("P1.1"); len(pts) != 7 || pts[0].ID != "P1.1.01" || pts[6].ID != "P1.1.07" {
		t.Errorf("PointsOf(P1.1) = %d points", len(pts))
	}
	for _, c := range tsc.Criteria {
		if got := len(tsc.PointsOf(c.ID)); got != c.PointsOfFocus {
			t.Errorf("%s: PointsOf gives %d points, the framework says %d", c.ID, got, c.PointsOfFocus)
		}
	}
	if soc1 := lib.Framework(lib.Bank("soc1").Framework); len(soc1.Points()) != 0 || soc1.PointsOf("anything") != nil {
		t.Error("the SOC 1 areas have no points of focus")
	}
}

// TestPointValidation breaks the mini library with points one rule at a time.
func TestPointValidation(t *testing.T) {
	const bank, pf = "mini.json", "points/mini.json"
	tests := []struct {
		name   string
		mutate func(f *pointsFixture)
		want   []want
	}{
		{"valid as given", func(f *pointsFixture) {}, nil},
		{"questions may cite nothing yet", func(f *pointsFixture) {
			for i := range f.bank.Questions {
				f.bank.Questions[i].PointsOfFocus = nil
			}
		}, nil},
		{"unknown point", func(f *pointsFixture) { f.q("s1-train").PointsOfFocus = []string{"S1.2.09"} },
			[]want{{bank, "s1-train", "points_of_focus", `unknown point of focus "S1.2.09"`}}},
		{"point under another criterion", func(f *pointsFixture) { f.q("s1-train").PointsOfFocus = []string{"S1.2.02", "S2.1.01"} },
			[]want{{bank, "s1-train", "points_of_focus", `point "S2.1.01" sits under S2.1, which is not one of the question's criteria`}}},
		{"point listed twice", func(f *pointsFixture) { f.q("s1-train").PointsOfFocus = []string{"S1.2.02", "S1.2.02"} },
			[]want{{bank, "s1-train", "points_of_focus", `point "S1.2.02" is listed twice`}}},
		{"six points are fine", func(f *pointsFixture) {
			f.q("s1-policy").Criteria = []string{"S1.1", "S1.2", "S2.1"}
			f.q("s1-policy").PointsOfFocus = []string{"S1.1.01", "S1.1.02", "S1.1.03", "S1.2.01", "S1.2.02", "S2.1.01"}
		}, nil},
		{"seven points are too many", func(f *pointsFixture) {
			f.q("s1-policy").Criteria = []string{"S1.1", "S1.2", "S2.1"}
			f.q("s1-policy").PointsOfFocus = []string{"S1.1.01", "S1.1.02", "S1.1.03", "S1.2.01", "S1.2.02", "S2.1.01", "S2.1.02"}
		}, []want{{bank, "s1-policy", "points_of_focus", "cites 7 points of focus; at most 6"}}},
		{"fact with points", func(f *pointsFixture) {
			f.q("f-cloud").Criteria = []string{"S2.1"}
			f.q("f-cloud").PointsOfFocus = []string{"S2.1.01"}
		}, []want{{bank, "f-cloud", "points_of_focus", "a fact question only decides what is asked"}}},
		{"no points file for the framework", func(f *pointsFixture) { f.extra[pf] = nil },
			[]want{
				{bank, "s1-policy", "points_of_focus", `framework "mini" has no points of focus to cite`},
				{bank, "s1-review", "points_of_focus", "no points of focus to cite"},
				{bank, "s1-train", "points_of_focus", "no points of focus to cite"},
				{bank, "s2-access", "points_of_focus", "no points of focus to cite"},
				{bank, "s2-ops", "points_of_focus", "no points of focus to cite"},
				{bank, "a1-backup", "points_of_focus", "no points of focus to cite"},
				{bank, "a1-test", "points_of_focus", "no points of focus to cite"},
			}},
		{"malformed point id", func(f *pointsFixture) { f.points[1].ID = "S1.1.2" },
			[]want{{pf, "", "[1].id", `point id "S1.1.2" must be its criterion id, a dot and a two-digit position (e.g. S1.1.01)`},
				{bank, "s1-review", "points_of_focus", `unknown point of focus "S1.1.02"`}}},
		{"point id of another criterion", func(f *pointsFixture) { f.points[3].ID = "S1.1.04" },
			[]want{{pf, "", "[3].id", `point id "S1.1.04" must be its criterion id`},
				{bank, "s1-policy", "points_of_focus", `unknown point of focus "S1.2.01"`}}},
		{"position 00", func(f *pointsFixture) { f.points[0].ID = "S1.1.00" },
			[]want{{pf, "", "[0].id", `point id "S1.1.00"`}, {bank, "s1-policy", "points_of_focus", `"S1.1.01"`}}},
		{"duplicate point id", func(f *pointsFixture) { f.points[1].ID = "S1.1.01" },
			[]want{{pf, "", "[1].id", `duplicate point id "S1.1.01"`},
				{bank, "s1-review", "points_of_focus", `unknown point of focus "S1.1.02"`}}},
		{"points out of order", func(f *pointsFixture) { f.points[1], f.points[2] = f.points[2], f.points[1] },
			[]want{{pf, "", "[1].id", `point "S1.1.03" is out of order: expected S1.1.02 next`},
				{pf, "", "[2].id", `point "S1.1.02" is out of order: expected S1.1.04 next`}}},
		{"unknown criterion", func(f *pointsFixture) { f.points[7].Criterion, f.points[7].ID = "A9.9", "A9.9.01" },
			[]want{{pf, "", "[7].criterion", `point "A9.9.01": unknown criterion "A9.9" in framework "mini"`},
				{bank, "a1-backup", "points_of_focus", `unknown point of focus "A1.1.01"`},
				{bank, "a1-test", "points_of_focus", `unknown point of focus "A1.1.01"`}}},
		{"unknown scope", func(f *pointsFixture) { f.points[0].Scope = "customer" },
			[]want{{pf, "", "[0].scope", `point "S1.1.01": unknown scope "customer" (want "all", "financial-reporting", "goods", "controller", "processor")`}}},
		{"missing scope", func(f *pointsFixture) { f.points[0].Scope = "" },
			[]want{{pf, "", "[0].scope", `unknown scope ""`}}},
		{"unknown only_for category", func(f *pointsFixture) { f.points[4].OnlyFor = "uptime" },
			[]want{{pf, "", "[4].only_for", `point "S1.2.02": unknown category "uptime"`}}},
		{"blank topic", func(f *pointsFixture) { f.points[5].Topic = " " },
			[]want{{pf, "", "[5].topic", `point "S2.1.01" has no topic`}}},
		{"count differs from the framework", func(f *pointsFixture) { f.fw.Criteria[0].PointsOfFocus = 4 },
			[]want{{pf, "", "", "criterion S1.1 has 4 points of focus in the framework but 3 here"}}},
		{"count agrees with the framework", func(f *pointsFixture) { f.fw.Criteria[0].PointsOfFocus = 3 }, nil},
		{"no points listed", func(f *pointsFixture) {
			f.points = []PointOfFocus{}
			for i := range f.bank.Questions {
				f.bank.Questions[i].PointsOfFocus = nil
			}
		}, []want{{pf, "", "", "no points of focus listed"}}},
		{"points of an unknown framework", func(f *pointsFixture) { f.extra["points/tsc1999.json"] = mustJSON(miniPoints()) },
			[]want{{"points/tsc1999.json", "", "", `no framework "tsc1999" for these points of focus`}}},
		{"bad JSON in a points file", func(f *pointsFixture) {
			f.extra[pf] = []byte(`[{"id": "S1.1.01", "criterion": "S1.1", "topic": "x", "scope": "all", "added": true}]`)
		}, []want{{pf, "", "", "bad JSON"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newPointsFixture()
			tt.mutate(f)
			lib, err := f.load()
			if len(tt.want) == 0 {
				if err != nil || lib == nil {
					t.Fatalf("want no problem, got %v", err)
				}
				return
			}
			var errs ValidationErrors
			if !errors.As(err, &errs) {
				t.Fatalf("want ValidationErrors, got %v", err)
			}
			if lib != nil {
				t.Error("a library with problems must not be returned")
			}
			// Exactly the wanted problems, in any order.
			for _, w := range tt.want {
				if !slices.ContainsFunc(errs, w.matches) {
					t.Errorf("missing problem %+v", w)
				}
			}
			for _, e := range errs {
				if !slices.ContainsFunc(tt.want, func(w want) bool { return w.matches(e) }) {
					t.Errorf("unexpected problem: %v", e)
				}
			}
		})
	}
}

func TestCoverPoints(t *testing.T) {
	tests := []struct {
		name      string
		mutate    func(f *pointsFixture)
		uncovered []string
		operation []string
		covered   int
	}{
		{"every point addressed", nil, nil, nil, 7},
		{"a point no question cites", func(f *pointsFixture) { f.q("s1-train").PointsOfFocus = nil },
			[]string{"S1.2.02"}, nil, 6},
		{"a point cited twice counts once", func(f *pointsFixture) { f.q("s1-train").PointsOfFocus = []string{"S1.2.01", "S1.2.02"} },
			nil, nil, 7},
		{"financial-reporting points need no question", func(f *pointsFixture) {
			f.q("s1-review").PointsOfFocus = []string{"S1.1.02", "S1.1.03"}
		}, nil, nil, 7},
		{"an operation question without points", func(f *pointsFixture) {
			f.q("s2-ops").PointsOfFocus = nil
			f.q("s2-access").PointsOfFocus = []string{"S2.1.01", "S2.1.02"}
		}, nil, []string{"s2-ops"}, 7},
		{"nothing cited yet", func(f *pointsFixture) {
			for i := range f.bank.Questions {
				f.bank.Questions[i].PointsOfFocus = nil
			}
		}, []string{"S1.1.01", "S1.1.02", "S1.2.01", "S1.2.02", "S2.1.01", "S2.1.02", "A1.1.01"}, []string{"s1-review", "s2-ops", "a1-test"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, fw := loadPointsFixture(t, tt.mutate)
			c := CoverPoints(b, fw)
			if c.Points != 7 || c.Covered != tt.covered || !slices.Equal(c.Uncovered, tt.uncovered) ||
				!slices.Equal(c.OperationWithoutPoints, tt.operation) || c.Complete() != (tt.uncovered == nil && tt.operation == nil) {
				t.Errorf("got %+v (complete %v); want covered %d of 7, uncovered %v, operation questions %v",
					c, c.Complete(), tt.covered, tt.uncovered, tt.operation)
			}
		})
	}
	t.Run("a framework without points asks nothing", func(t *testing.T) {
		b, fw := loadMini(t)
		if c := CoverPoints(b, fw); !c.Complete() || c.Points != 0 {
			t.Errorf("got %+v", c)
		}
	})
}

func TestLibraryPointCoverage(t *testing.T) {
	f := newPointsFixture()
	f.q("s1-train").PointsOfFocus = nil
	lib, err := f.load()
	if err != nil {
		t.Fatal(err)
	}
	c, err := lib.PointCoverage("mini")
	if err != nil || !slices.Equal(c.Uncovered, []string{"S1.2.02"}) {
		t.Errorf("PointCoverage(mini) = %+v, %v", c, err)
	}
	if _, err := lib.PointCoverage("soc9"); err == nil || !strings.Contains(err.Error(), `no question bank "soc9"`) {
		t.Errorf("an unknown bank should be an error, got %v", err)
	}
}

func TestPointApplies(t *testing.T) {
	_, fw := loadPointsFixture(t, nil)
	security := Scope{Report: SOC2, Type: TypeI}
	both := Scope{Report: SOC2, Type: TypeI, Categories: []string{"availability"}}
	tests := []struct {
		id       string
		security bool // applies with security alone
		both     bool // applies with security and availability
	}{
		{"S1.1.01", true, true},
		{"S1.1.03", false, false}, // financial reporting
		{"S1.2.02", false, true},  // only for availability
		{"A1.1.01", false, true},  // its criterion is in availability
	}
	for _, tt := range tests {
		p := fw.Point(tt.id)
		if got := PointApplies(fw, security, p); got != tt.security {
			t.Errorf("%s with security alone: %v, want %v", tt.id, got, tt.security)
		}
		if got := PointApplies(fw, both, p); got != tt.both {
			t.Errorf("%s with availability too: %v, want %v", tt.id, got, tt.both)
		}
	}

	q := &Question{ID: "q", Criteria: []string{"S1.1", "S1.2"}, PointsOfFocus: []string{"S1.2.02", "S1.1.03", "S1.1.01"}}
	ids := func(ps []*PointOfFocus) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	if got := ids(QuestionPoints(fw, security, q)); !slices.Equal(got, []string{"S1.1.01"}) {
		t.Errorf("QuestionPoints with security alone = %v", got)
	}
	if got := ids(QuestionPoints(fw, both, q)); !slices.Equal(got, []string{"S1.2.02", "S1.1.01"}) {
		t.Errorf("QuestionPoints with availability = %v", got)
	}
}
