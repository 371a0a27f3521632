package engine

// DocStatus says how far along a document of the checklist is.
type DocStatus string

const (
	DocReady         DocStatus = "ready"          // every asked question that needs it is at least in place and documented
	DocPartial       DocStatus = "partial"        // some progress, not all there
	DocMissing       DocStatus = "missing"        // nothing beyond planned yet
	DocNotApplicable DocStatus = "not-applicable" // no asked question needs it
)

// Label is the status as shown to the user.
func (s DocStatus) Label() string {
	switch s {
	case DocReady:
		return "Ready"
	case DocPartial:
		return "Partly ready"
	case DocMissing:
		return "Missing"
	case DocNotApplicable:
		return "Not needed in this scope"
	}
	return string(s)
}

// A ChecklistItem is one document an auditor will ask for, with the asked
// questions whose controls it shows.
type ChecklistItem struct {
	Document  Document
	Status    DocStatus
	Questions []string // asked, not-N/A scored questions that reference it, in bank order
	Ready     int      // of those, answered in place and documented or better
}

// Checklist builds the documentation checklist in the bank's document order.
// A document is ready when every asked question that references it is at least
// in place and documented, missing when none is beyond planned, partial in
// between, and not applicable when no asked question references it (questions
// answered N/A with a justification do not count).
func Checklist(b *Bank, fw *Framework, scope Scope, answers Answers) []ChecklistItem {
	if b == nil || fw == nil {
		return nil
	}
	ix := b.index(fw)
	s := NormalizeScope(fw, scope)
	asked := make([]bool, len(b.Questions))
	askedAll(ix, b, resolveScope(ix.fwix, s), s.Type == TypeII, answers, asked)

	items := make([]ChecklistItem, len(b.Documents))
	started := make([]int, len(b.Documents))
	for k, d := range b.Documents {
		items[k].Document = d
	}
	for i := range b.Questions {
		q := &b.Questions[i]
		if !asked[i] || q.Kind == KindFact || len(ix.q[i].docs) == 0 {
			continue
		}
		a, ok := answers[q.ID]
		st := classify(a, ok)
		if st == stNA {
			continue
		}
		for _, k := range ix.q[i].docs {
			items[k].Questions = append(items[k].Questions, q.ID)
			if st != stCounted {
				continue
			}
			if a.Choice >= Documented {
				items[k].Ready++
			}
			if a.Choice >= Partial {
				started[k]++
			}
		}
	}
	for k := range items {
		it := &items[k]
		switch {
		case len(it.Questions) == 0:
			it.Status = DocNotApplicable
		case it.Ready == len(it.Questions):
			it.Status = DocReady
		case started[k] == 0:
			it.Status = DocMissing
		default:
			it.Status = DocPartial
		}
	}
	return items
}
