package engine

import (
	"slices"
)

// Severity ranks a gap for the "what to do next" list.
type Severity string

const (
	SeverityBlocker Severity = "blocker" // a key control not yet fully in place
	SeverityHigh    Severity = "high"    // impact ≥ 2.5
	SeverityMedium  Severity = "medium"  // impact ≥ 1
	SeverityLow     Severity = "low"
)

// Impact thresholds for severities below blocker.
const (
	HighImpactAt   = 2.5
	MediumImpactAt = 1.0
)

// Label is the severity as shown to the user.
func (s Severity) Label() string {
	switch s {
	case SeverityBlocker:
		return "Blocker"
	case SeverityHigh:
		return "High impact"
	case SeverityMedium:
		return "Medium impact"
	case SeverityLow:
		return "Low impact"
	}
	return string(s)
}

// A Gap is an asked scored question whose control falls short of what the
// audit needs: in place (Type I) or operating with evidence (Type II).
type Gap struct {
	Question    string // question id
	Text        string
	Test        Test
	Key         bool
	Weight      int
	Answer      Choice  // current answer; Unanswered if none (or N/A without justification)
	Credit      float64 // c: design credit for Type I, operating credit for Type II
	Shortfall   float64 // 1 − c
	Impact      float64 // weight × shortfall
	Severity    Severity
	Criteria    []CriterionRef // in-scope criteria it affects, with series and category; read-only
	Remediation string
	Evidence    string
	Documents   []string // document ids; read-only

	RemediationKind RemediationKind
	RemediationID   string    // shared remediation, counted once by the plan
	Frequency       Frequency // operation questions: how often the control runs
}

// Gaps lists every asked scored question with a shortfall, blockers first,
// then by impact (highest first), then in bank order.
func Gaps(b *Bank, fw *Framework, scope Scope, answers Answers) []Gap {
	if b == nil || fw == nil {
		return nil
	}
	ix := b.index(fw)
	s := NormalizeScope(fw, scope)
	in := resolveScope(ix.fwix, s)
	typeII := s.Type == TypeII
	asked := make([]bool, len(b.Questions))
	askedAll(ix, b, in, typeII, answers, asked)

	// Sort small keys, then build the gaps once in their final order: moving
	// whole Gap values around in a sort costs more than all the rest.
	type key struct {
		pos     int
		choice  Choice
		credit  float64
		impact  float64
		blocker bool
	}
	keys := make([]key, 0, len(b.Questions))
	for i := range b.Questions {
		q := &b.Questions[i]
		if !asked[i] || q.Kind == KindFact {
			continue
		}
		a, ok := answers[q.ID]
		st := classify(a, ok)
		if st == stNA {
			continue
		}
		k := key{pos: i}
		if st == stCounted {
			k.choice = a.Choice
			cd, co := Credits(a.Choice)
			k.credit = cd
			if typeII {
				k.credit = co
			}
		}
		if k.credit >= 1 {
			continue
		}
		k.impact = float64(q.Weight) * (1 - k.credit)
		k.blocker = q.Key
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y key) int {
		switch {
		case x.blocker != y.blocker:
			if x.blocker {
				return -1
			}
			return 1
		case x.impact > y.impact:
			return -1
		case x.impact < y.impact:
			return 1
		}
		return x.pos - y.pos // bank order
	})
	gaps := make([]Gap, len(keys))
	for n, k := range keys {
		q := &b.Questions[k.pos]
		short := 1 - k.credit
		gaps[n] = Gap{
			Question: q.ID, Text: q.Text, Test: q.Test, Key: q.Key, Weight: q.Weight,
			Answer: k.choice, Credit: k.credit, Shortfall: short, Impact: k.impact,
			Severity:    severity(q.Key, k.impact),
			Criteria:    inScopeRefs(ix, k.pos, in),
			Remediation: q.Remediation, Evidence: q.Evidence, Documents: q.Documents,
			RemediationKind: q.RemediationKind, RemediationID: q.RemediationID, Frequency: q.Frequency,
		}
	}
	return gaps
}

func severity(key bool, impact float64) Severity {
	switch {
	case key:
		return SeverityBlocker
	case impact >= HighImpactAt:
		return SeverityHigh
	case impact >= MediumImpactAt:
		return SeverityMedium
	}
	return SeverityLow
}

// inScopeRefs returns the question's criteria that are in scope, sharing the
// index's slice when nothing has to be dropped.
func inScopeRefs(ix *bankIndex, i int, in scopeState) []CriterionRef {
	qi := &ix.q[i]
	all := true
	for _, c := range qi.crit {
		if !in.critIn(ix.fwix, int(c)) {
			all = false
			break
		}
	}
	if all {
		return qi.refs
	}
	out := make([]CriterionRef, 0, len(qi.refs))
	for k, c := range qi.crit {
		if in.critIn(ix.fwix, int(c)) {
			out = append(out, qi.refs[k])
		}
	}
	return out
}

// A GapFilter narrows a gap list. Empty fields match everything.
type GapFilter struct {
	Category   string     // category id the gap must touch
	Severities []Severity // severities to keep
}

// Match reports whether g passes the filter.
func (f GapFilter) Match(g *Gap) bool {
	if len(f.Severities) > 0 && !slices.Contains(f.Severities, g.Severity) {
		return false
	}
	if f.Category == "" {
		return true
	}
	for _, c := range g.Criteria {
		if c.Category == f.Category {
			return true
		}
	}
	return false
}

// FilterGaps returns the gaps that pass f, in their original order.
func FilterGaps(gaps []Gap, f GapFilter) []Gap {
	out := make([]Gap, 0, len(gaps))
	for i := range gaps {
		if f.Match(&gaps[i]) {
			out = append(out, gaps[i])
		}
	}
	return out
}
