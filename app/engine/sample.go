package engine

import "fmt"

// Sample is the largest assessment a user can make: SOC 2 Type II over
// 6 months, every category, every question answered, with the scored
// questions spread over the whole scale so that every kind of gap, plan
// step and cost line appears. The benchmarks measure the pages with it, and
// the app's warm-up (app/ui/warmup.go) runs its pages on it so that the code
// a saved assessment needs is compiled before the user opens one. It has no
// id or dates: it is saved like any new assessment.
func Sample(lib *Library) (Assessment, error) {
	bank, fw := lib.BankFor(Scope{Report: SOC2})
	if bank == nil {
		return Assessment{}, fmt.Errorf("no SOC 2 bank")
	}
	var cats []string
	for _, c := range fw.Categories {
		cats = append(cats, c.ID)
	}
	a := Assessment{
		Name:        "Sample",
		Scope:       Scope{Report: SOC2, Type: TypeII, Window: 6, Categories: cats},
		Bank:        bank.ID,
		BankVersion: bank.Version,
		Answers:     Answers{},
	}
	scale := []Choice{NotStarted, Planned, Partial, Documented, Operating, Operating}
	for i, q := range bank.Questions {
		c := scale[i%len(scale)]
		if q.Kind == KindFact {
			c = Yes
		}
		a.Answers[q.ID] = Answer{Choice: c}
	}
	return a, nil
}
