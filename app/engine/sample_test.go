package engine

import "testing"

// The sample must be what its doc says, or the benchmarks and the warm-up
// stop covering the largest case: every category, every question answered,
// and every point of the scale present.
func TestSample(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	a, err := Sample(lib)
	if err != nil {
		t.Fatal(err)
	}
	bank, fw := lib.BankFor(a.Scope)
	if len(a.Scope.Categories) != len(fw.Categories) || a.Scope.Type != TypeII {
		t.Errorf("scope %+v: want Type II with all %d categories", a.Scope, len(fw.Categories))
	}
	res := Score(bank, fw, a.Scope, a.Answers)
	if res.Answered != res.Asked || res.Asked == 0 {
		t.Errorf("answered %d of %d", res.Answered, res.Asked)
	}
	seen := map[Choice]bool{}
	for _, ans := range a.Answers {
		seen[ans.Choice] = true
	}
	for _, c := range []Choice{NotStarted, Planned, Partial, Documented, Operating, Yes} {
		if !seen[c] {
			t.Errorf("no answer is %q", c)
		}
	}
}
