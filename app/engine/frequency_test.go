package engine

import (
	"slices"
	"testing"
)

func TestFrequencyMonths(t *testing.T) {
	want := map[Frequency]int{Continuous: 0, Daily: 0, Weekly: 0, Monthly: 1, Quarterly: 3, Yearly: 12, OnEvent: 0, "": 0, "fortnightly": 0}
	for f, n := range want {
		if got := f.Months(); got != n {
			t.Errorf("%q.Months() = %d, want %d", f, got, n)
		}
	}
}

// TestInfrequent gives the mini bank's three operation questions (s1-review,
// s2-ops, a1-test) other frequencies and checks which run less often than
// the window is long.
func TestInfrequent(t *testing.T) {
	f := newFixture()
	f.q("s1-review").Frequency = Yearly
	f.q("s2-ops").Frequency = Quarterly
	f.q("a1-test").Frequency = Yearly
	lib, err := LoadLibrary(f.fs())
	if err != nil {
		t.Fatal(err)
	}
	b, fw := lib.Bank("mini"), lib.Framework("mini")
	typeII := func(window int, cats ...string) Scope {
		return Scope{Report: SOC2, Type: TypeII, Window: window, Categories: cats}
	}
	tests := []struct {
		name    string
		scope   Scope
		answers Answers
		want    []string
	}{
		{"3 months: yearly, not quarterly, controls", typeII(3), nil, []string{"s1-review"}},
		{"3 months with availability", typeII(3, "availability"), nil, []string{"s1-review", "a1-test"}},
		{"6 months", typeII(6, "availability"), nil, []string{"s1-review", "a1-test"}},
		{"12 months: everything runs inside", typeII(12, "availability"), nil, nil},
		{"a window out of range is read as 6 months", typeII(1, "availability"), nil, []string{"s1-review", "a1-test"}},
		{"Type I has no window", Scope{Report: SOC2, Type: TypeI, Categories: []string{"availability"}}, nil, nil},
		{"justified N/A is left out", typeII(3, "availability"),
			Answers{"a1-test": {Choice: NA, Justification: "the host restores"}}, []string{"s1-review"}},
		{"N/A without a reason still counts", typeII(3, "availability"), Answers{"a1-test": {Choice: NA}}, []string{"s1-review", "a1-test"}},
		{"answered operating still needs a run in the window", typeII(6), Answers{"s1-review": {Choice: Operating}}, []string{"s1-review"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Infrequent(b, fw, tt.scope, tt.answers) {
				got = append(got, q.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Infrequent = %v, want %v", got, tt.want)
			}
		})
	}

	t.Run("a question switched off is not listed", func(t *testing.T) {
		f := newFixture()
		f.q("s2-ops").Frequency = Yearly
		f.q("s2-ops").When = []Condition{{Question: "f-cloud", Is: Yes}}
		lib, err := LoadLibrary(f.fs())
		if err != nil {
			t.Fatal(err)
		}
		b, fw := lib.Bank("mini"), lib.Framework("mini")
		if got := Infrequent(b, fw, typeII(3), Answers{"f-cloud": {Choice: No}}); len(got) != 0 {
			t.Errorf("got %v", got)
		}
		if got := Infrequent(b, fw, typeII(3), Answers{"f-cloud": {Choice: Yes}}); len(got) != 1 || got[0].ID != "s2-ops" {
			t.Errorf("got %v", got)
		}
	})
	if Infrequent(nil, fw, typeII(3), nil) != nil || Infrequent(b, nil, typeII(3), nil) != nil {
		t.Error("no bank or framework: nothing listed")
	}
}
