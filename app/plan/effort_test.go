package plan

import (
	"math"
	"testing"

	"github.com/socready/socready/app/engine"
)

func gap(id string, kind engine.RemediationKind, shared string, answer engine.Choice, typeII bool) engine.Gap {
	d, o := engine.Credits(answer)
	c := d
	if typeII {
		c = o
	}
	return engine.Gap{Question: id, RemediationKind: kind, RemediationID: shared, Answer: answer, Credit: c, Shortfall: 1 - c}
}

// TestWork is the README's worked example of the effort model, and the rules
// around it: a shared remediation counts once at its largest shortfall, a
// Type II control that is designed adds no preparation, and outside help
// cuts the team's hours.
func TestWork(t *testing.T) {
	typeI := []engine.Gap{
		gap("policy-a", engine.RemediatePolicy, "policy-set", engine.NotStarted, false), // 6 h × 1
		gap("policy-b", engine.RemediatePolicy, "policy-set", engine.Partial, false),    // shares policy-set
		gap("mfa", engine.RemediateTool, "", engine.Planned, false),                     // 16 h × 0.75 = 12
		gap("access-review", engine.RemediateProcess, "", engine.NotStarted, false),     // 7 h × 1 = 7
		gap("review-evidence", engine.RemediateEvidence, "", engine.Documented, false),  // no design shortfall: not a gap in a Type I
	}
	typeI = typeI[:4]
	tests := []struct {
		name      string
		gaps      []engine.Gap
		typeII    bool
		in        engine.PlanInputs
		hours     float64
		outside   float64
		items     int
		longest   int
		prepWeeks int
	}{
		{"type I, 11-50, alone", typeI, false, Defaults, 5 + 9 + 7, 0, 3, 3, 3 + ReviewWeeks},
		{"type I, 1-10", typeI, false, engine.PlanInputs{Size: engine.Size1to10, People: 1}, (5 + 9 + 7) * 0.6, 0, 3, 3, 3 + ReviewWeeks},
		{"type I, platform", typeI, false, engine.PlanInputs{Size: engine.Size11to50, People: 1, Platform: true}, 21 * PlatformFactor, 0, 3, 3, 3 + ReviewWeeks},
		{"type I, consultant", typeI, false, engine.PlanInputs{Size: engine.Size11to50, People: 1, Consultant: true}, 21 * (1 - ConsultantShare), 21 * ConsultantShare, 3, 3, 3 + ReviewWeeks},
		{"type I, a quarter of a person", typeI, false, engine.PlanInputs{Size: engine.Size11to50, People: 0.25}, 21, 0, 3, 3, 3 + ReviewWeeks},
		{"type II: documented adds nothing", []engine.Gap{
			gap("evidence", engine.RemediateEvidence, "", engine.Documented, true),
			gap("review", engine.RemediateProcess, "", engine.Partial, true),
		}, true, Defaults, 3.5, 0, 1, 2, 2 + ReviewWeeks},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Work(tt.gaps, tt.typeII, tt.in)
			if math.Abs(e.Hours-tt.hours) > 1e-9 || math.Abs(e.Outside-tt.outside) > 1e-9 || len(e.Items) != tt.items || e.LongestWeeks != tt.longest {
				t.Errorf("hours %g outside %g items %d longest %d; want %g %g %d %d", e.Hours, e.Outside, len(e.Items), e.LongestWeeks, tt.hours, tt.outside, tt.items, tt.longest)
			}
			if got := e.PrepWeeks(tt.in.People); got != tt.prepWeeks {
				t.Errorf("prep %d weeks, want %d", got, tt.prepWeeks)
			}
		})
	}
	e := Work(typeI, false, Defaults)
	for _, it := range e.Items {
		if it.ID == "policy-set" && it.Title != "Policy set (closes 2 questions)" {
			t.Errorf("shared item title %q", it.Title)
		}
	}
	// 21 hours for a quarter of a person (8 hours a week) is 3 weeks of work,
	// the same as the longest item: still 5 weeks. 100 hours are 13 weeks.
	big := Effort{Hours: 100, LongestWeeks: 3}
	if got := big.PrepWeeks(0.25); got != 13+ReviewWeeks {
		t.Errorf("100 hours at 8 a week: %d weeks, want %d", got, 13+ReviewWeeks)
	}
}

func TestDollars(t *testing.T) {
	tests := []struct{ got, want string }{
		{Dollars(0), "$0"},
		{Dollars(950), "$950"},
		{Dollars(12_500), "$12,500"},
		{Dollars(1_234_567), "$1,234,567"},
		{Range{20_000, 45_000}.String(), "$20,000 – $45,000"},
		{Range{1_725, 1_725}.String(), "$1,725"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
