package engine

import (
	"strings"
	"testing"
)

// TestAskedWhenAPointApplies checks that a question citing points of focus is
// asked only when one of them applies: the mini fixture's s1-train is keyed to
// a security criterion but cites only S1.2.02, an extra point for
// availability.
func TestAskedWhenAPointApplies(t *testing.T) {
	tests := []struct {
		name       string
		categories []string
		cite       []string // s1-train's points; nil keeps the fixture's
		asked      bool
		why        string // part of the reason when not asked
	}{
		{"security only, availability point", nil, nil, false, "matters only when Availability is in scope"},
		{"with availability", []string{"availability"}, nil, true, ""},
		{"security only, one plain point too", nil, []string{"S1.2.02", "S1.2.01"}, true, ""},
		{"security only, no points cited", nil, []string{}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, fw := loadPointsFixture(t, func(f *pointsFixture) {
				if tt.cite != nil {
					f.q("s1-train").PointsOfFocus = tt.cite
				}
			})
			scope := Scope{Report: SOC2, Type: TypeI, Categories: tt.categories}
			pos := b.index(fw).pos["s1-train"]
			asked, why := Asked(b, fw, scope, Answers{}, &b.Questions[pos])
			if asked != tt.asked || !strings.Contains(why, tt.why) {
				t.Errorf("Asked = %v, %q; want %v, %q", asked, why, tt.asked, tt.why)
			}
			all := AskedAll(b, fw, scope, Answers{})
			if all[pos] != tt.asked {
				t.Errorf("AskedAll says %v, Asked says %v", all[pos], asked)
			}
		})
	}
}
