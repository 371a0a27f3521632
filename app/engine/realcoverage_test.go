package engine

import "testing"

// TestRealSOC2Coverage holds the SOC 2 bank to issue 10's bar: every
// applicable point of focus is addressed by a question, every operation
// question cites a point of its own criteria, and each of the 61 criteria
// has at least one design and one operation question.
func TestRealSOC2Coverage(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	c, err := lib.PointCoverage("soc2")
	if err != nil {
		t.Fatal(err)
	}
	if !c.Complete() {
		t.Errorf("points of focus not addressed: %v; operation questions citing none: %v", c.Uncovered, c.OperationWithoutPoints)
	}
	if c.Points < 300 {
		t.Errorf("only %d applicable points counted", c.Points)
	}
	b, fw := lib.Bank("soc2"), lib.Framework("tsc2017")
	design, operation := map[string]bool{}, map[string]bool{}
	for _, q := range b.Questions {
		if q.Kind == KindFact {
			continue
		}
		for _, id := range q.Criteria {
			if q.Test == TestOperation {
				operation[id] = true
			} else {
				design[id] = true
			}
		}
	}
	if len(fw.Criteria) != 61 {
		t.Fatalf("%d criteria, want 61", len(fw.Criteria))
	}
	for _, cr := range fw.Criteria {
		if !design[cr.ID] || !operation[cr.ID] {
			t.Errorf("%s: design question %v, operation question %v", cr.ID, design[cr.ID], operation[cr.ID])
		}
	}
}
