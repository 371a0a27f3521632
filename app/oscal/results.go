package oscal

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/socready/socready/app/engine"
)

// SatisfiedRule says how a finding's target status is set; the finding's
// description repeats it and the README quotes it.
const SatisfiedRule = "A criterion is marked satisfied when its readiness score is at least 85 (the audit-ready band) and none of the key controls keyed to it is a gap; otherwise, including when it has no score, it is marked not-satisfied. This is a self-assessment, not an auditor's conclusion."

// fallbackTime stands in for a missing or unreadable timestamp, so the
// document stays valid and reproducible.
const fallbackTime = "2000-01-01T00:00:00Z"

// stamp normalizes an RFC 3339 time to UTC seconds, or returns alt.
func stamp(s, alt string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || t.Year() < 1900 || t.Year() > 2999 {
		return alt
	}
	return t.UTC().Truncate(time.Second).Format(time.RFC3339)
}

// Element names for the derived UUIDs.
const (
	elDocument = "document"
	elScope    = "scope"
	elResult   = "result"
)

// AssessmentResults writes one assessment as an OSCAL assessment-results
// document. b and fw are the assessment's bank and its framework.
func AssessmentResults(a *engine.Assessment, b *engine.Bank, fw *engine.Framework) ([]byte, error) {
	res := engine.Score(b, fw, a.Scope, a.Answers)
	modified := stamp(a.Updated, stamp(a.Created, fallbackTime))
	id := func(el string) string { return elementUUID(a.ID, el) }
	scopeID := id(elScope)

	doc := assessmentResults{
		UUID: id(elDocument),
		Metadata: metadata{
			Title:        "SOC Ready self-assessment: " + line(a.Name, "untitled assessment"),
			LastModified: modified,
			Version:      modified,
			OSCALVersion: Version,
			Props: []prop{ours(generatorProp, generatorValue),
				ours("bank", b.ID), ours("bank-version", strconv.Itoa(b.Version))},
			Remarks: "A readiness self-assessment made with SOC Ready: the organization's own answers, scored by SOC Ready's rule. It is not an audit and not an auditor's opinion.",
		},
		ImportAP: importAP{Href: "#" + scopeID,
			Remarks: "No separate assessment plan exists: the back-matter resource it points to describes the scope."},
		BackMatter: &backMatter{Resources: []resource{scopeResource(a, res, fw, scopeID)}},
	}

	inScope := map[string]bool{}
	var refs []controlRef
	for _, l := range res.Criteria {
		inScope[l.ID] = true
		refs = append(refs, controlRef{ControlID: l.ID})
	}
	sel := controlSelection{IncludeControls: refs}
	if len(refs) == 0 {
		sel = controlSelection{IncludeAll: &struct{}{}}
	}
	r := result{
		UUID:        id(elResult),
		Title:       "Readiness self-assessment against " + fw.Title,
		Description: "The answers given in SOC Ready, one observation each, and a finding per criterion in scope. " + SatisfiedRule,
		Start:       stamp(a.Created, modified),
		Props: []prop{
			ours("readiness", scoreText(res.Readiness, res.HasReadiness)),
			ours("band", bandValue(res.Band)),
			ours("answered", strconv.Itoa(res.Answered)),
			ours("asked", strconv.Itoa(res.Asked)),
		},
		ReviewedControls: reviewedControls{ControlSelections: []controlSelection{sel}},
		Remarks:          strings.Join(engine.ScoringRule, "\n\n"),
	}

	// Observations: one per answered question of the bank, in bank order.
	obsOf := map[string]string{} // question id → observation uuid
	for i := range b.Questions {
		q := &b.Questions[i]
		ans, ok := a.Answers[q.ID]
		if !ok || ans.Choice == engine.Unanswered {
			continue
		}
		o := observation{
			UUID:        id("observation/" + q.ID),
			Title:       q.ID,
			Description: q.Text + "\n\nAnswer: " + ans.Choice.Label() + ".",
			Props:       []prop{ours("question", q.ID), ours("answer", ans.Choice.String())},
			Methods:     []string{"INTERVIEW"},
			Types:       []string{"finding"},
			Collected:   modified,
			Remarks:     ans.Note,
		}
		if len(q.Criteria) > 0 {
			o.Props = append(o.Props, ours("criteria", strings.Join(q.Criteria, " ")))
		}
		if ans.Justification != "" {
			o.Props = append(o.Props, prop{Name: "justification", NS: NS, Value: "given", Remarks: ans.Justification})
			o.Description += "\n\nWhy it does not apply: " + ans.Justification
		}
		obsOf[q.ID] = o.UUID
		r.Observations = append(r.Observations, o)
	}

	// Risks: one per key control that is a gap (a blocker).
	riskOf := map[string][]relatedRisk{} // criterion id → risks
	blocked := map[string]bool{}
	for _, bl := range res.Blockers {
		q := b.FindQuestion(bl.ID)
		rk := risk{
			UUID:        id("risk/" + bl.ID),
			Title:       "Key control not yet fully in place: " + bl.ID,
			Description: bl.Text + "\n\nCurrent answer: " + bl.Choice.Label() + ".",
			Statement:   "Without this key control, an auditor would likely qualify the opinion on the criteria it supports. " + q.Remediation,
			Props:       []prop{ours("question", bl.ID), ours("answer", choiceValue(bl.Choice))},
			Status:      "open",
		}
		if u, ok := obsOf[bl.ID]; ok {
			rk.RelatedObservations = []relatedObservation{{ObservationUUID: u}}
		}
		for _, c := range q.Criteria {
			if inScope[c] {
				riskOf[c] = append(riskOf[c], relatedRisk{RiskUUID: rk.UUID})
				blocked[c] = true
			}
		}
		r.Risks = append(r.Risks, rk)
	}

	// Findings: one per criterion in scope.
	obsByCrit := map[string][]relatedObservation{}
	for i := range b.Questions {
		q := &b.Questions[i]
		u, ok := obsOf[q.ID]
		if !ok {
			continue
		}
		for _, c := range q.Criteria {
			if inScope[c] {
				obsByCrit[c] = append(obsByCrit[c], relatedObservation{ObservationUUID: u})
			}
		}
	}
	for _, l := range res.Criteria {
		state := "not-satisfied"
		if l.HasScore && l.Score >= engine.AuditReadyAt && !blocked[l.ID] {
			state = "satisfied"
		}
		f := finding{
			UUID:        id("finding/" + l.ID),
			Title:       l.ID + " " + line(l.Title, ""),
			Description: findingText(l, blocked[l.ID]),
			Props: []prop{
				ours("score", scoreText(l.Score, l.HasScore)),
				ours("answered", strconv.Itoa(l.Answered)+" of "+strconv.Itoa(l.Questions)),
			},
			Target:              target{Type: "objective-id", TargetID: l.ID, Status: status{State: state}},
			RelatedObservations: obsByCrit[l.ID],
			RelatedRisks:        riskOf[l.ID],
		}
		r.Findings = append(r.Findings, f)
	}
	doc.Results = []result{r}
	return marshal(resultsDoc{AssessmentResults: doc})
}

func findingText(l engine.ScoreLine, blocked bool) string {
	var s string
	if l.HasScore {
		s = "Readiness " + strconv.Itoa(engine.Percent(l.Score)) + "% over " + strconv.Itoa(l.Questions) + " asked questions (" + strconv.Itoa(l.Answered) + " answered)."
	} else {
		s = "No score: no asked question counts here (every one is not applicable, or none is asked)."
	}
	if blocked {
		s += " A key control keyed to this criterion is a gap."
	}
	return s + "\n\n" + SatisfiedRule
}

func scoreText(v float64, has bool) string {
	if !has {
		return "none"
	}
	return strconv.Itoa(engine.Percent(v))
}

func bandValue(b engine.Band) string {
	if b == engine.BandNone {
		return "none"
	}
	return string(b)
}

func choiceValue(c engine.Choice) string {
	if c == engine.Unanswered {
		return "unanswered"
	}
	return c.String()
}

// scopeResource describes the scope, and keeps what Import needs besides the
// answers: the assessment's name, dates, scoping answers and plan inputs.
func scopeResource(a *engine.Assessment, res *engine.Result, fw *engine.Framework, uuid string) resource {
	s := res.Scope
	ps := []prop{
		ours("assessment-id", line(a.ID, "none")),
		textProp("name", a.Name),
		ours("report", string(s.Report)),
		ours("type", string(s.Type)),
	}
	if a.Organization != "" {
		ps = append(ps, textProp("organization", a.Organization))
	}
	for _, c := range a.Scope.Categories {
		ps = append(ps, ours("category", c))
	}
	if a.Scope.Window > 0 {
		ps = append(ps, ours("window-months", strconv.Itoa(a.Scope.Window)))
	}
	if a.Scope.Start != "" {
		ps = append(ps, ours("window-start", a.Scope.Start))
	}
	if a.Scope.Processor {
		ps = append(ps, ours("processor", "true"))
	}
	for _, c := range sortedKeys(a.Scope.OutOfScope) {
		ps = append(ps, prop{Name: "out-of-scope", NS: NS, Value: c, Remarks: a.Scope.OutOfScope[c]})
	}
	ps = append(ps, ours("created", line(a.Created, "none")))
	for _, q := range sortedKeys(a.Scoping) {
		ps = append(ps, ours("scoping-answer", q+"="+a.Scoping[q].Choice.String()))
	}
	if p := a.Plan; p != nil {
		if p.Size != "" {
			ps = append(ps, ours("plan-size", string(p.Size)))
		}
		if p.People != 0 {
			ps = append(ps, ours("plan-people", strconv.FormatFloat(p.People, 'g', -1, 64)))
		}
		if p.Platform {
			ps = append(ps, ours("plan-platform", "true"))
		}
		if p.Consultant {
			ps = append(ps, ours("plan-consultant", "true"))
		}
		if p.HourlyRate != 0 {
			ps = append(ps, ours("plan-hourly-rate", strconv.Itoa(p.HourlyRate)))
		}
	}
	var cats []string
	for _, l := range res.Categories {
		cats = append(cats, l.Title)
	}
	desc := "Report: " + reportName(s.Report) + ". Type: " + typeName(s.Type) + "."
	if len(cats) > 0 {
		desc += " Categories: " + strings.Join(cats, ", ") + "."
	}
	if s.Type == engine.TypeII && s.Window > 0 {
		desc += " Observation window: " + strconv.Itoa(s.Window) + " months"
		if s.Start != "" {
			desc += " from " + s.Start
		}
		desc += "."
	}
	return resource{UUID: uuid, Title: "Scope of the self-assessment", Description: desc + " Framework: " + fw.Title + ".", Props: ps}
}

func reportName(r engine.Report) string {
	switch r {
	case engine.SOC1:
		return "SOC 1"
	case engine.SOC3:
		return "SOC 3"
	}
	return "SOC 2"
}

func typeName(t engine.AuditType) string {
	if t == engine.TypeII {
		return "Type II"
	}
	return "Type I"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
