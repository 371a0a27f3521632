package engine

import "testing"

// TestSetCollectsDirectly: the scope page's role question and the SOC 2
// bank's fact ask the same thing; answering either sets both and the
// processor flag (before, a user could answer them differently).
func TestSetCollectsDirectly(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	soc2, soc1 := lib.Bank("soc2"), lib.Bank("soc1")
	if soc2.FindQuestion(CollectsDirectlyFact) == nil {
		t.Fatalf("the SOC 2 bank has no %s question", CollectsDirectlyFact)
	}
	tests := []struct {
		name      string
		bank      *Bank
		before    Answer // the fact's answer before
		c         Choice
		processor bool
		fact      Answer
		factSet   bool
		scoping   Choice
	}{
		{"controller", soc2, Answer{}, Yes, false, Answer{Choice: Yes}, true, Yes},
		{"processor keeps the note", soc2, Answer{Choice: Yes, Note: "only B2B data"}, No, true, Answer{Choice: No, Note: "only B2B data"}, true, No},
		{"cleared", soc2, Answer{Choice: No}, Unanswered, false, Answer{}, false, Unanswered},
		{"cleared keeps the note", soc2, Answer{Choice: No, Note: "n"}, Unanswered, false, Answer{Note: "n"}, true, Unanswered},
		{"SOC 1 has no such fact", soc1, Answer{}, No, true, Answer{}, false, No},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &Assessment{Answers: Answers{}}
			if tt.before != (Answer{}) {
				a.Answers[CollectsDirectlyFact] = tt.before
			}
			SetCollectsDirectly(a, tt.bank, tt.c)
			got, ok := a.Answers[CollectsDirectlyFact]
			if a.Scope.Processor != tt.processor || ok != tt.factSet || got != tt.fact || a.Scoping[ScopingCollectsDirectly].Choice != tt.scoping {
				t.Errorf("processor %v, fact %+v (%v), scoping %v", a.Scope.Processor, got, ok, a.Scoping[ScopingCollectsDirectly].Choice)
			}
			if IsProcessor(a.Scoping) != tt.processor {
				t.Errorf("IsProcessor %v, want %v", IsProcessor(a.Scoping), tt.processor)
			}
		})
	}
}
