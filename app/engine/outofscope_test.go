package engine

import (
	"slices"
	"strings"
	"testing"
)

// A SOC 1 can leave its business process areas out (an IT-general-controls
// report, as a hosting provider gives): their questions are then not asked or
// scored, the areas that remain are, and the reason is kept.
func TestSOC1BusinessProcessesCanBeLeftOut(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	full := Scope{Report: SOC1, Type: TypeII, Window: 6}
	bank, fw := lib.BankFor(full)
	if c := fw.FindCategory("business"); c == nil || c.Required {
		t.Fatalf("SOC 1 business processes must be an optional category, got %+v", c)
	}
	const why = "We host our clients' ledgers; they enter and process their own transactions."
	itgcOnly := Scope{Report: SOC1, Type: TypeII, Window: 6, Categories: []string{"entity", "itgc"},
		OutOfScope: map[string]string{"business": why}}

	// Business questions are not started, everything else operates: only a
	// scope without them reads 100%.
	answers := Answers{"fact-soc1-own-datacenter": {Choice: No}, "fact-soc1-uses-subservice": {Choice: Yes}}
	business, elsewhere := 0, 0
	for i := range bank.Questions {
		q := &bank.Questions[i]
		if q.Kind == KindFact {
			continue
		}
		if onlyIn(fw, q, "business") {
			answers[q.ID] = Answer{Choice: NotStarted}
			business++
		} else {
			answers[q.ID] = Answer{Choice: Operating}
			elsewhere++
		}
	}
	if business < 10 || elsewhere < 10 {
		t.Fatalf("bank has %d business-only and %d other questions: is it the SOC 1 bank?", business, elsewhere)
	}

	askedFull, askedITGC := AskedAll(bank, fw, full, answers), AskedAll(bank, fw, itgcOnly, answers)
	for i := range bank.Questions {
		q := &bank.Questions[i]
		biz := q.Kind != KindFact && onlyIn(fw, q, "business")
		switch {
		case biz && !askedFull[i]:
			t.Errorf("%s: not asked in a full SOC 1", q.ID)
		case biz && askedITGC[i]:
			t.Errorf("%s: asked in an IT-general-controls SOC 1", q.ID)
		case !biz && askedITGC[i] != askedFull[i]:
			t.Errorf("%s: asked=%v in an IT-general-controls SOC 1 but %v in a full one", q.ID, askedITGC[i], askedFull[i])
		}
	}
	if i := slices.IndexFunc(bank.Questions, func(q Question) bool { return q.ID == "soc1-ipe-reports" }); i < 0 || !askedITGC[i] {
		t.Error("soc1-ipe-reports serves logical access too: it must stay asked without business processes")
	}
	if _, why := Asked(bank, fw, itgcOnly, answers, bank.FindQuestion("soc1-recon")); !strings.Contains(why, "Business process controls, which is not in scope") {
		t.Errorf("reason for soc1-recon: %q", why)
	}

	rFull, rITGC := Score(bank, fw, full, answers), Score(bank, fw, itgcOnly, answers)
	if rITGC.Readiness != 100 || rFull.Readiness >= 100 {
		t.Errorf("readiness: IT general controls only %.1f (want 100), full %.1f (want below 100)", rITGC.Readiness, rFull.Readiness)
	}
	for _, c := range rITGC.Categories {
		if c.ID == "business" {
			t.Error("business processes scored though left out")
		}
	}

	left := CategoriesLeftOut(fw, itgcOnly)
	if len(left) != 1 || left[0].ID != "business" || left[0].Reason != why || left[0].Topic != "Business process controls" {
		t.Errorf("CategoriesLeftOut = %+v", left)
	}
	noReason := itgcOnly
	noReason.OutOfScope = nil
	if left := CategoriesLeftOut(fw, noReason); len(left) != 1 || left[0].Reason != ReasonNotGiven {
		t.Errorf("without a reason: %+v", left)
	}
	for _, s := range []Scope{full, {Report: SOC1, Categories: []string{"security", "privacy"}}} {
		if left := CategoriesLeftOut(fw, s); len(left) != 0 {
			t.Errorf("scope %+v leaves out %+v", s, left)
		}
	}
}

// onlyIn reports whether every criterion of q belongs to category cat.
func onlyIn(fw *Framework, q *Question, cat string) bool {
	for _, id := range q.Criteria {
		if c := fw.FindCriterion(id); c == nil || c.Category != cat {
			return false
		}
	}
	return len(q.Criteria) > 0
}

// The SOC 1 business process question is shown with the SOC 1 areas only,
// the Trust Services Criteria questions with SOC 2 only, and the picks follow.
func TestScopingQuestionsConcernTheirFramework(t *testing.T) {
	lib, err := DefaultLibrary()
	if err != nil {
		t.Fatal(err)
	}
	_, tsc := lib.BankFor(Scope{Report: SOC2})
	_, soc1 := lib.BankFor(Scope{Report: SOC1})
	want := map[string][2]bool{ // id → concerns TSC, concerns SOC 1
		"scope-soc1-client-transactions": {false, true},
		"scope-sla-uptime":               {true, false},
		"scope-financial-impact":         {true, true},
		"scope-collects-directly":        {true, true},
	}
	for _, q := range lib.Scoping().Questions {
		w, ok := want[q.ID]
		if !ok {
			continue
		}
		delete(want, q.ID)
		if got := [2]bool{q.Concerns(tsc), q.Concerns(soc1)}; got != w {
			t.Errorf("%s concerns (TSC, SOC 1) = %v, want %v", q.ID, got, w)
		}
	}
	if len(want) > 0 {
		t.Errorf("scoping questions missing: %v", want)
	}
	picks := []Pick{{ID: "availability"}, {ID: "business"}, {ID: "privacy"}}
	if got := PicksIn(soc1, picks); len(got) != 1 || got[0].ID != "business" {
		t.Errorf("PicksIn(SOC 1) = %+v", got)
	}
	if got := PicksIn(tsc, picks); len(got) != 2 || got[0].ID != "availability" || got[1].ID != "privacy" {
		t.Errorf("PicksIn(TSC) = %+v", got)
	}
}
