package engine

import (
	"errors"
	"strings"
	"testing"

	"github.com/socready/socready/questionnaires"
)

// TestEmbeddedLibrary is the gate for every question bank we ship: the
// embedded library must load with no validation problem at all, and hold the
// SOC 2 and SOC 1 banks and the scoping questions the app needs.
func TestEmbeddedLibrary(t *testing.T) {
	lib, err := LoadLibrary(questionnaires.Files)
	if err != nil {
		t.Fatalf("embedded questionnaires do not validate:\n%v", err)
	}
	for _, id := range []string{"soc2", "soc1"} {
		b := lib.Bank(id)
		if b == nil {
			t.Errorf("no %q bank in the embedded library", id)
			continue
		}
		if lib.Framework(b.Framework) == nil {
			t.Errorf("bank %q: framework %q missing", id, b.Framework)
		}
	}
	if lib.Scoping() == nil {
		t.Error("no scoping.json in the embedded library")
	}
	for _, s := range []Scope{{Report: SOC1}, {Report: SOC2}, {Report: SOC3}} {
		if b, fw := lib.BankFor(s); b == nil || fw == nil {
			t.Errorf("BankFor(%s) found no bank", s.Report)
		}
	}
	if tsc := lib.Framework("tsc2017"); tsc == nil || len(tsc.Criteria) != 61 {
		t.Errorf("tsc2017 framework missing or without its 61 criteria")
	}
}

func TestDefaultLibraryIsLoadedOnce(t *testing.T) {
	a, errA := DefaultLibrary()
	b, errB := DefaultLibrary()
	if a != b || (errA == nil) != (errB == nil) || errA != nil && errA.Error() != errB.Error() {
		t.Fatalf("DefaultLibrary returned different results: %p %v / %p %v", a, errA, b, errB)
	}
}

func TestLoadMiniLibraryAndLookups(t *testing.T) {
	lib, err := LoadLibrary(newFixture().fs())
	if err != nil {
		t.Fatal(err)
	}
	if lib.Bank("mini") == nil || lib.Bank("nope") != nil {
		t.Error("Bank lookup")
	}
	if lib.Framework("mini") == nil || lib.Framework("nope") != nil {
		t.Error("Framework lookup")
	}
	if len(lib.Banks()) != 1 || len(lib.Frameworks()) != 1 {
		t.Errorf("got %d banks, %d frameworks", len(lib.Banks()), len(lib.Frameworks()))
	}
	if lib.Scoping() == nil || lib.Scoping().Questions[0].ID != "sc-fin" {
		t.Error("Scoping not loaded")
	}
	// The mini bank is not called soc2, so BankFor finds nothing.
	if b, fw := lib.BankFor(Scope{Report: SOC2}); b != nil || fw != nil {
		t.Error("BankFor should find no soc2 bank in the mini library")
	}
	b := lib.Bank("mini")
	if q := b.FindQuestion("s1-train"); q == nil || q.Weight != 1 {
		t.Errorf("FindQuestion: %+v", q)
	}
	if b.FindQuestion("missing") != nil || b.FindDocument("missing") != nil {
		t.Error("Find* of a missing id should be nil")
	}
	if d := b.FindDocument("policies"); d == nil || d.Title != "Policies" {
		t.Errorf("FindDocument: %+v", d)
	}
	fw := lib.Framework("mini")
	if c := fw.FindCriterion("S2.1"); c == nil || c.Series != "S2" {
		t.Errorf("FindCriterion: %+v", c)
	}
	if s := fw.FindSeries("A1"); s == nil || s.Category != "availability" {
		t.Errorf("FindSeries: %+v", s)
	}
	if c := fw.FindCategory("security"); c == nil || !c.Required {
		t.Errorf("FindCategory: %+v", c)
	}
}

func TestValidationErrorMessage(t *testing.T) {
	e := &ValidationError{File: "soc2.json", Question: "cc6-mfa", Field: "criteria", Problem: "unknown criterion id \"CC6.99\""}
	want := `soc2.json: question "cc6-mfa": field criteria: unknown criterion id "CC6.99"`
	if e.Error() != want {
		t.Errorf("got %q, want %q", e.Error(), want)
	}
	es := ValidationErrors{e, {File: "scoping.json", Problem: "bad JSON: x"}}
	if !strings.Contains(es.Error(), "2 problems") || !strings.Contains(es.Error(), "scoping.json: bad JSON: x") {
		t.Errorf("ValidationErrors.Error() = %q", es.Error())
	}
	var target *ValidationError
	if !errors.As(error(es), &target) || target != e {
		t.Error("errors.As should find the first *ValidationError")
	}
}
