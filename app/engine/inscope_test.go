package engine

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

func TestNormalizeScope(t *testing.T) {
	tsc := tscFramework(t)
	soc1 := &Framework{ID: "soc1-areas", Categories: []Category{
		{ID: "entity", Required: true}, {ID: "itgc", Required: true}, {ID: "business"}}}
	tests := []struct {
		name string
		fw   *Framework
		in   Scope
		want Scope
	}{
		{"empty becomes SOC 2 Type I, security only", tsc, Scope{},
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"security"}}},
		{"unknown and repeated categories dropped, framework order", tsc,
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"privacy", "bogus", "availability", "privacy"}},
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"security", "availability", "privacy"}}},
		{"Type II defaults to a 6-month window", tsc, Scope{Report: SOC3, Type: TypeII},
			Scope{Report: SOC3, Type: TypeII, Window: 6, Categories: []string{"security"}}},
		{"Type II keeps 12 months and a valid start", tsc, Scope{Report: SOC2, Type: TypeII, Window: 12, Start: "2026-03-01"},
			Scope{Report: SOC2, Type: TypeII, Window: 12, Start: "2026-03-01", Categories: []string{"security"}}},
		{"window too short", tsc, Scope{Type: TypeII, Window: 2},
			Scope{Report: SOC2, Type: TypeII, Window: 6, Categories: []string{"security"}}},
		{"window too long", tsc, Scope{Type: TypeII, Window: 13},
			Scope{Report: SOC2, Type: TypeII, Window: 6, Categories: []string{"security"}}},
		{"Type I has no window; bad date dropped", tsc, Scope{Type: TypeI, Window: 6, Start: "2026-13-01"},
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"security"}}},
		{"unknown report and type", tsc, Scope{Report: "soc9", Type: "type3", Start: "soon"},
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"security"}}},
		{"SOC 1 naming none of its areas takes them all", soc1, Scope{Report: SOC1, Type: TypeII, Window: 3, Categories: []string{"security"}},
			Scope{Report: SOC1, Type: TypeII, Window: 3, Categories: []string{"entity", "itgc", "business"}}},
		{"SOC 1 with no categories takes them all (saved before areas were optional)", soc1, Scope{Report: SOC1},
			Scope{Report: SOC1, Type: TypeI, Categories: []string{"entity", "itgc", "business"}}},
		{"SOC 1 naming its areas leaves business processes out", soc1, Scope{Report: SOC1, Categories: []string{"itgc"}},
			Scope{Report: SOC1, Type: TypeI, Categories: []string{"entity", "itgc"}}},
		{"reason kept, trimmed, for an optional area left out only", soc1,
			Scope{Report: SOC1, Categories: []string{"entity", "itgc"}, OutOfScope: map[string]string{
				"business": "  We host clients' systems; they process their own transactions. ", "itgc": "required", "bogus": "unknown"}},
			Scope{Report: SOC1, Type: TypeI, Categories: []string{"entity", "itgc"},
				OutOfScope: map[string]string{"business": "We host clients' systems; they process their own transactions."}}},
		{"reason dropped when the area is in scope, or blank", soc1,
			Scope{Report: SOC1, OutOfScope: map[string]string{"business": "no longer true", "entity": " "}},
			Scope{Report: SOC1, Type: TypeI, Categories: []string{"entity", "itgc", "business"}}},
		{"reason kept for an optional SOC 2 category not chosen", tsc,
			Scope{Report: SOC2, OutOfScope: map[string]string{"privacy": "No personal data.", "security": "required"}},
			Scope{Report: SOC2, Type: TypeI, Categories: []string{"security"}, OutOfScope: map[string]string{"privacy": "No personal data."}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in
			before := append([]string(nil), in.Categories...)
			reasons := maps.Clone(in.OutOfScope)
			got := NormalizeScope(tt.fw, in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if !reflect.DeepEqual(in.Categories, before) {
				t.Error("the caller's categories were modified")
			}
			if !maps.Equal(in.OutOfScope, reasons) {
				t.Error("the caller's reasons were modified")
			}
			if again := NormalizeScope(tt.fw, got); !reflect.DeepEqual(again, got) {
				t.Errorf("not idempotent: %+v → %+v", got, again)
			}
		})
	}
}

func TestAsked(t *testing.T) {
	b, fw := loadMini(t)
	typeI := Scope{Report: SOC2, Type: TypeI}
	typeII := Scope{Report: SOC2, Type: TypeII}
	withAvail := Scope{Report: SOC2, Type: TypeII, Categories: []string{"availability"}}
	cloud := Answers{"f-cloud": {Choice: Yes}}
	noCloud := Answers{"f-cloud": {Choice: No}}
	tests := []struct {
		name    string
		scope   Scope
		answers Answers
		q       string
		asked   bool
		why     string // substring of the reason when not asked
	}{
		{"fact always asked", typeI, nil, "f-cloud", true, ""},
		{"design question in scope", typeI, nil, "s1-policy", true, ""},
		{"gated question, fact unanswered", typeI, nil, "s2-access", false, "“Do you use a cloud provider?” is Yes"},
		{"gated question, fact yes", typeI, cloud, "s2-access", true, ""},
		{"gated question, fact no", typeI, noCloud, "s2-access", false, "is Yes"},
		{"operation question in Type I", typeI, nil, "s1-review", false, "Type II only"},
		{"operation question in Type II", typeII, nil, "s1-review", true, ""},
		{"category out of scope", typeII, nil, "a1-backup", false, "Availability, which is not in scope"},
		{"category in scope", withAvail, nil, "a1-backup", true, ""},
		{"operation and out of scope: scope wins", typeI, nil, "a1-test", false, "not in scope"},
		{"SOC 1 takes every category", Scope{Report: SOC1, Type: TypeI}, nil, "a1-backup", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asked, why := Asked(b, fw, tt.scope, tt.answers, b.FindQuestion(tt.q))
			if asked != tt.asked {
				t.Fatalf("asked = %v, want %v (why %q)", asked, tt.asked, why)
			}
			if asked && why != "" || !asked && !strings.Contains(why, tt.why) {
				t.Errorf("why = %q, want it to contain %q", why, tt.why)
			}
		})
	}
	if asked, why := Asked(b, fw, typeI, nil, &Question{ID: "elsewhere"}); asked || why == "" {
		t.Errorf("a question from another bank: %v %q", asked, why)
	}
}

// A fact that is not asked satisfies nothing, whatever its stored answer: the
// answer survives a change of an earlier fact but must stop gating.
func TestAskedChainedFacts(t *testing.T) {
	fw := miniFramework()
	b := miniBank()
	own := Question{ID: "f-own", Kind: KindFact, Text: "Own racks?", Why: "w", Test: TestDesign,
		When: []Condition{{Question: "f-cloud", Is: Yes}}}
	racks := mq("s2-racks", []string{"S2.1"}, 2, TestDesign)
	racks.When = []Condition{{Question: "f-own", Is: Yes}}
	b.Questions = append(b.Questions[:1], append([]Question{own, racks}, b.Questions[1:]...)...)
	scope := Scope{Type: TypeI}
	ans := Answers{"f-cloud": {Choice: Yes}, "f-own": {Choice: Yes}}
	if asked, _ := Asked(&b, &fw, scope, ans, &b.Questions[2]); !asked {
		t.Fatal("s2-racks should be asked when both facts are yes")
	}
	ans["f-cloud"] = Answer{Choice: No}
	if asked, _ := Asked(&b, &fw, scope, ans, &b.Questions[1]); asked {
		t.Error("f-own should not be asked once f-cloud is no")
	}
	asked, why := Asked(&b, &fw, scope, ans, &b.Questions[2])
	if asked || !strings.Contains(why, "Own racks?") {
		t.Errorf("s2-racks: asked=%v why=%q; want not asked because f-own is not asked", asked, why)
	}
}

// AskedAll and Asked must agree on every question, for random scopes and answers.
func TestAskedAllAgreesWithAsked(t *testing.T) {
	fw := tscFramework(t)
	b := syntheticBank(fw, 3)
	r := rand.New(rand.NewPCG(1, 2))
	for range 50 {
		scope := randomScope(fw, r)
		ans := randomAnswers(b, r)
		all := AskedAll(b, fw, scope, ans)
		for i := range b.Questions {
			if got, _ := Asked(b, fw, scope, ans, &b.Questions[i]); got != all[i] {
				t.Fatalf("question %s: Asked=%v AskedAll=%v (scope %+v)", b.Questions[i].ID, got, all[i], scope)
			}
		}
	}
}

func randomScope(fw *Framework, r *rand.Rand) Scope {
	s := Scope{Report: SOC2, Type: TypeI}
	if r.IntN(2) == 0 {
		s.Type, s.Window = TypeII, []int{3, 6, 12}[r.IntN(3)]
	}
	for _, c := range fw.Categories {
		if r.IntN(2) == 0 {
			s.Categories = append(s.Categories, c.ID)
		}
	}
	return s
}

// A fact tied to an optional category's criteria is asked only when that
// category is in scope; one tied to no criterion is always asked.
func TestFactFollowsItsCategory(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.BankFor(Scope{Report: SOC2})
	tests := []struct {
		fact  string
		cats  []string
		asked bool
	}{
		{"fact-p-collects-directly", nil, false},
		{"fact-p-collects-directly", []string{"privacy"}, true},
		{"fact-own-facilities", nil, true},
	}
	for _, tt := range tests {
		q := b.FindQuestion(tt.fact)
		if q == nil {
			t.Fatalf("%s missing from the bank", tt.fact)
		}
		s := NormalizeScope(fw, Scope{Report: SOC2, Categories: tt.cats})
		if got, why := Asked(b, fw, s, nil, q); got != tt.asked {
			t.Errorf("%s with %v: asked = %v (%s), want %v", tt.fact, tt.cats, got, why, tt.asked)
		}
	}
}
