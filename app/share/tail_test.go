package share

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

// fullRequirements asks for something of every kind.
func fullRequirements() *engine.Requirements {
	return &engine.Requirements{
		MinReadiness: 70,
		MinCategory:  map[string]int{"security": 80, "privacy": 60},
		Controls: []engine.ControlRequirement{
			{Ref: "CC6.1"}, {Ref: "CC7.2", Operating: true}, {Ref: "q003", Question: true, Operating: true},
		},
		LimitBlockers: true, MaxBlockers: 0,
	}
}

// everything is a complete assessment with every field version 2 added.
func everything(bank *engine.Bank) engine.Assessment {
	a := completeAssessment(bank, true)
	a.ID = "0123456789abcdef"
	a.Request = &engine.Request{ID: "feedface01234567", From: "Acme vendor security", Due: "2026-12-01", Message: "not carried back", Requirements: fullRequirements()}
	a.Scope.Processor = true
	a.Scope.OutOfScope = map[string]string{"availability": "no uptime commitments", "privacy": ""}
	a.Plan = &engine.PlanInputs{Size: engine.Size51to200, People: 1.5, Platform: true, HourlyRate: 120}
	a.Scoping = engine.Answers{"scope-collects-directly": {Choice: engine.No, Note: "dropped"}, engine.ScopingISO27001: {Choice: engine.Yes}, "unanswered": {}}
	return a
}

func TestTailRoundTrip(t *testing.T) {
	bank := synthBank(130, 3)
	for _, tc := range []struct {
		name string
		edit func(a *engine.Assessment)
	}{
		{"everything", func(*engine.Assessment) {}},
		{"text id", func(a *engine.Assessment) { a.ID = "Not-Hex id ü" }},
		{"odd hex id", func(a *engine.Assessment) { a.ID = "abc" }},
		{"request without requirements", func(a *engine.Assessment) { a.Request.Requirements = nil }},
		{"requirements only", func(a *engine.Assessment) { a.Request.From, a.Request.Due = "", "" }},
		{"blockers unlimited", func(a *engine.Assessment) { a.Request.Requirements = &engine.Requirements{MinReadiness: 1} }},
		{"nothing new", func(a *engine.Assessment) {
			a.ID, a.Created, a.Request, a.Plan, a.Scoping = "", "", nil, nil, nil
			a.Scope.Processor, a.Scope.OutOfScope = false, nil
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := everything(bank)
			tc.edit(&a)
			for _, opts := range []Options{{}, {Passphrase: "pw"}} {
				frag, err := Encode(a, bank, opts)
				if err != nil {
					t.Fatal(err)
				}
				l, err := DecodeWithPassphrase(frag, opts.Passphrase, lookupOf(bank))
				if err != nil {
					t.Fatal(err)
				}
				want := expected(a, bank, false)
				if !reflect.DeepEqual(l.Assessment, want) {
					t.Errorf("decoded\n%+v\nwant\n%+v", l.Assessment, want)
				}
			}
		})
	}
}

func TestRequestTailRoundTrip(t *testing.T) {
	for _, r := range []Request{
		{Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Window: 6, Categories: []string{"security", "privacy"}, Processor: true},
			Requester: "Acme", Due: "2026-12-01", Requirements: fullRequirements(), ID: "00ff00ff00ff00ff"},
		{Scope: engine.Scope{Report: engine.SOC1, Type: engine.TypeI, Categories: []string{"entity", "itgc"}, OutOfScope: map[string]string{"business": "hosting only"}},
			Requirements: &engine.Requirements{MinCategory: map[string]int{"itgc": 90}}},
		{Scope: engine.Scope{Report: engine.SOC3}},
	} {
		frag, err := EncodeRequest(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		l, err := Decode(frag, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(l.Request, r) {
			t.Errorf("decoded\n%+v\nwant\n%+v", l.Request, r)
		}
	}
}

// TestTailFields: a reader skips a field it does not know, unless the field
// is marked as one it must know; fields out of order or with leftover data
// are refused.
func TestTailFields(t *testing.T) {
	bank := synthBank(9, 2)
	a := completeAssessment(bank, false)
	a.ID, a.Created = "", ""
	body, err := resultsBody(&a, bank, false)
	if err != nil {
		t.Fatal(err)
	}
	withID := append([]byte(nil), body...)
	withID = append(withID, tagAssessmentID, 2, 0, 'x')
	for _, tc := range []struct {
		name string
		tail []byte
		want error
	}{
		{"unknown field", []byte{20, 2, 'h', 'i'}, nil},
		{"two unknown fields", []byte{20, 0, 63, 1, 0}, nil},
		{"field to be understood", []byte{tagMustKnow, 1, 0}, ErrNewerFormat},
		{"known field repeated", []byte{tagAssessmentID, 2, 0, 'y'}, ErrAltered},
		{"fields out of order", []byte{tagPlan, 4, 0, 0, 1, 0, tagCreated, 1, 5}, ErrAltered},
		{"tag zero", []byte{0, 0}, ErrAltered},
		{"value longer than the data", []byte{20, 5, 1}, ErrAltered},
		{"data after a known value", []byte{tagPlan, 5, 0, 0, 1, 0, 7}, ErrAltered},
		{"processor with a value", []byte{tagProcessor, 1, 1}, ErrAltered},
		{"plan out of range", []byte{tagPlan, 4, 0, 9, 1, 0}, ErrInvalidValue},
		{"empty requirements", []byte{tagRequirements, 1, 0}, ErrInvalidValue},
		{"readiness above 100", []byte{tagRequirements, 2, reqMin, 101}, ErrInvalidValue},
		{"out of scope unknown category", []byte{tagOutOfScope, 3, 1, 40, 0}, ErrInvalidValue},
		{"scoping fact not yes or no", []byte{tagScoping, 4, 1, 1, 'a', 3}, ErrInvalidValue},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Decode(frame(2, byte(KindResults), append(withID[:len(withID):len(withID)], tc.tail...)), lookupOf(bank))
			if !errors.Is(err, tc.want) || (tc.want == nil) != (l != nil) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.want != nil {
				checkUserError(t, err)
			} else if l.Assessment.ID != "x" {
				t.Errorf("id %q, want x", l.Assessment.ID)
			}
		})
	}
	// A version-1 link has no tail: the same bytes are data after the end.
	if _, err := Decode(frame(1, byte(KindResults), withID), lookupOf(bank)); !errors.Is(err, ErrAltered) {
		t.Errorf("version 1 with a tail: got %v, want ErrAltered", err)
	}
}

func TestBadRequirementsRefused(t *testing.T) {
	for _, q := range []*engine.Requirements{
		{MinReadiness: 101},
		{MinCategory: map[string]int{"itgc": 50}}, // a SOC 1 category in a SOC 2 request
		{MinCategory: map[string]int{"security": 0}},
		{Controls: []engine.ControlRequirement{{Ref: ""}}},
		{Controls: []engine.ControlRequirement{{Ref: "CC1.1"}, {Ref: "CC1.1"}}},
		{Controls: []engine.ControlRequirement{{Ref: strings.Repeat("x", 65)}}},
		{MaxBlockers: 3},
	} {
		_, err := EncodeRequest(Request{Scope: engine.Scope{Report: engine.SOC2}, Requirements: q}, Options{})
		if !errors.Is(err, ErrInvalidValue) {
			t.Errorf("%+v: got %v, want ErrInvalidValue", q, err)
		}
	}
	_, err := EncodeRequest(Request{Scope: engine.Scope{Report: engine.SOC2, OutOfScope: map[string]string{"itgc": "x"}}}, Options{})
	if !errors.Is(err, ErrInvalidValue) {
		t.Errorf("out of scope SOC 1 area in a SOC 2 request: got %v", err)
	}
}
