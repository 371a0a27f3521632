package review

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

var soc2 = engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Categories: []string{"security", "availability"}}

// subject scores answers under soc2 with the real library.
func subject(t testing.TB, answers engine.Answers) Subject {
	t.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.BankFor(soc2)
	return Subject{Bank: b, Fw: fw, Result: engine.Score(b, fw, soc2, answers), Answers: answers}
}

// allAnswered answers every maturity question c and every fact yes.
func allAnswered(t testing.TB, c engine.Choice) engine.Answers {
	lib, _ := engine.DefaultLibrary()
	b, _ := lib.BankFor(soc2)
	out := engine.Answers{}
	for _, q := range b.Questions {
		if q.Kind == engine.KindFact {
			out[q.ID] = engine.Answer{Choice: engine.Yes}
		} else {
			out[q.ID] = engine.Answer{Choice: c}
		}
	}
	return out
}

// firstQuestion returns the first maturity question of the test kind that
// touches criterion.
func firstQuestion(s Subject, criterion string, test engine.Test) string {
	for _, q := range s.Bank.Questions {
		if q.Kind != engine.KindFact && q.Test == test && slices.Contains(q.Criteria, criterion) {
			return q.ID
		}
	}
	return ""
}

func TestJudge(t *testing.T) {
	req := &engine.Requirements{
		MinReadiness:  100,
		MinCategory:   map[string]int{"security": 100, "privacy": 50},
		Controls:      []engine.ControlRequirement{{Ref: "CC6.1"}, {Ref: "CC6.1", Operating: true}, {Ref: "ZZ9.9"}},
		LimitBlockers: true,
	}
	// Everything operating with evidence: every score is 100 and there is no
	// blocker, so all is met but privacy (out of scope) and the criterion
	// that does not exist.
	all := subject(t, allAnswered(t, engine.Operating))
	got := Judge(req, all)
	want := []bool{true, true, false, true, true, false, true}
	if len(got) != len(want) {
		t.Fatalf("%d outcomes, want %d: %+v", len(got), len(want), got)
	}
	for i, o := range got {
		if o.Met != want[i] {
			t.Errorf("%s: met %v, want %v (%s)", o.Label, o.Met, want[i], o.Detail)
		}
	}
	if s := Summary(got); s != "Meets 5 of 7 requirements" {
		t.Errorf("summary %q", s)
	}
	// One CC6.1 design question only documented (design credit 1,
	// operating credit 0.5): designed still met, operating not, readiness
	// below 100.
	answers := allAnswered(t, engine.Operating)
	id := firstQuestion(all, "CC6.1", engine.TestDesign)
	answers[id] = engine.Answer{Choice: engine.Documented}
	got = Judge(req, subject(t, answers))
	if got[0].Met || !got[3].Met || got[4].Met || !slices.Equal(got[4].Short, []string{id}) {
		t.Errorf("documented %s: %+v", id, got)
	}
	// Partial on the same question: designed is lost too.
	answers[id] = engine.Answer{Choice: engine.Partial}
	if got = Judge(req, subject(t, answers)); got[3].Met || !slices.Equal(got[3].Short, []string{id}) {
		t.Errorf("partial %s: %+v", id, got[3])
	}
	if Judge(nil, all) != nil || Judge(&engine.Requirements{}, all) != nil {
		t.Error("no requirements should give no outcomes")
	}
}

func TestRequiredOf(t *testing.T) {
	s := subject(t, nil)
	design := s.Bank.FindQuestion(firstQuestion(s, "CC6.1", engine.TestDesign))
	op := s.Bank.FindQuestion(firstQuestion(s, "CC6.1", engine.TestOperation))
	req := &engine.Requirements{Controls: []engine.ControlRequirement{{Ref: "CC6.1"}, {Ref: "CC6.1", Operating: true}, {Ref: op.ID, Question: true}}}
	if n := len(RequiredOf(req, design)); n != 2 {
		t.Errorf("design question: %d requirements, want 2", n)
	}
	if n := len(RequiredOf(req, op)); n != 2 {
		t.Errorf("operation question: %d requirements, want 2 (operating by criterion, and by question)", n)
	}
}

func TestSame(t *testing.T) {
	a := &engine.Requirements{MinReadiness: 70, Controls: []engine.ControlRequirement{{Ref: "A"}, {Ref: "B"}}}
	b := &engine.Requirements{MinReadiness: 70, Controls: []engine.ControlRequirement{{Ref: "B"}, {Ref: "A"}}}
	c := &engine.Requirements{MinReadiness: 71, Controls: a.Controls}
	if !Same(a, b) || Same(a, c) || !Same(nil, &engine.Requirements{}) || Same(nil, a) {
		t.Error("Same is wrong")
	}
}

// randomAnswers answers a random subset of the bank's questions.
func randomAnswers(r *rand.Rand, s Subject) engine.Answers {
	choices := []engine.Choice{engine.NotStarted, engine.Planned, engine.Partial, engine.Documented, engine.Operating}
	out := engine.Answers{}
	for _, q := range s.Bank.Questions {
		switch n := r.IntN(4); {
		case n == 0:
		case q.Kind == engine.KindFact:
			out[q.ID] = engine.Answer{Choice: engine.Yes}
		case n == 1:
			out[q.ID] = engine.Answer{Choice: engine.NA, Justification: "not here"}
		default:
			out[q.ID] = engine.Answer{Choice: choices[r.IntN(len(choices))], Note: []string{"", "n"}[r.IntN(2)]}
		}
	}
	return out
}

func TestDiffProperties(t *testing.T) {
	base := subject(t, nil)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 50; i++ {
		a, b := randomAnswers(r, base), randomAnswers(r, base)
		if d := DiffAnswers(a, a); len(d) != 0 {
			t.Fatalf("diff of a with itself: %v", d)
		}
		d := DiffAnswers(a, b)
		if !reflect.DeepEqual(Reverse(d), DiffAnswers(b, a)) {
			t.Fatal("reversing the inputs does not reverse the diff")
		}
		if got := Apply(a, d); !reflect.DeepEqual(got, b) {
			t.Fatal("applying diff(a, b) to a does not give b")
		}
		if got := Apply(b, Reverse(d)); !reflect.DeepEqual(got, a) {
			t.Fatal("applying the reversed diff to b does not give a")
		}
	}
	a := subject(t, randomAnswers(r, base))
	if c := Compare(a, a, &engine.Requirements{MinReadiness: 50}); !c.Empty() {
		t.Errorf("comparing an assessment with itself: %+v", c)
	}
}

func TestCompareChanges(t *testing.T) {
	req := &engine.Requirements{MinReadiness: 100}
	answers := allAnswered(t, engine.Operating)
	before := subject(t, answers)
	id := firstQuestion(before, "CC6.1", engine.TestDesign)
	worse := maps(answers)
	worse[id] = engine.Answer{Choice: engine.Planned}
	after := subject(t, worse)
	c := Compare(before, after, req)
	if len(c.Answers) != 1 || c.Answers[0].ID != id || !slices.Equal(c.GapsOpened, []string{id}) || len(c.GapsClosed) != 0 {
		t.Errorf("changes %+v", c)
	}
	if !slices.Equal(c.Lost, []string{"Overall readiness of at least 100%"}) || len(c.Met) != 0 {
		t.Errorf("requirements lost %v, met %v", c.Lost, c.Met)
	}
	if len(c.Scores) == 0 || c.Scores[0].ID != "" || c.Scores[0].Delta() >= 0 {
		t.Errorf("overall score should fall: %+v", c.Scores)
	}
	back := Compare(after, before, req)
	if !slices.Equal(back.GapsClosed, c.GapsOpened) || !slices.Equal(back.Met, c.Lost) {
		t.Errorf("reversed: %+v", back)
	}
}

func maps(a engine.Answers) engine.Answers { return Apply(a, nil) }

func TestSideAndCSV(t *testing.T) {
	req := &engine.Requirements{MinReadiness: 100, LimitBlockers: true}
	good := subject(t, allAnswered(t, engine.Operating))
	poor := subject(t, allAnswered(t, engine.Planned))
	vs := []Vendor{
		{Name: "Good, Inc.", Subject: good, Outcomes: Judge(req, good)},
		{Name: "=cmd|' /C calc'!A0", Subject: poor, Outcomes: Judge(req, poor)},
	}
	rows := Side(vs)
	find := func(label string) Row {
		for _, r := range rows {
			if r.Label == label {
				return r
			}
		}
		t.Fatalf("no row %q", label)
		return Row{}
	}
	if r := find("Readiness"); !r.Differ || r.Values[0] != "100%" {
		t.Errorf("readiness row %+v", r)
	}
	if r := find("No blockers"); r.Values[0] != "Met" || !strings.HasPrefix(r.Values[1], "Not met") {
		t.Errorf("blocker row %+v", r)
	}
	if r := find("Completion"); r.Differ {
		t.Errorf("both are complete: %+v", r)
	}
	csv := CSV(vs, rows)
	if !strings.Contains(csv, `"'=cmd|' /C calc'!A0"`) || !strings.HasPrefix(csv, `"Group","Line","Good, Inc."`) {
		t.Errorf("csv header not escaped: %s", csv[:120])
	}
}
