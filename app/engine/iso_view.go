package engine

import "strconv"

// ISOViewRule says how the ISO/IEC 27001 view is scored; the app shows it
// beside the table and iso_view.go is its only implementation.
var ISOViewRule = []string{
	"Each Annex A theme (5 organizational, 6 people, 7 physical, 8 technological) is scored with the same rule as everything else, over the asked questions keyed to at least one in-scope criterion that the primary mapping links to a control of that theme. A question counts once in a theme, however many of its criteria link there, and may count in several themes.",
	"Links to management-system clauses 4–10 belong to no theme, and links found only through the Secure Controls Framework (indirect, via SCF) never count. Criteria without a primary link, such as CC5.1, CC5.2, processing integrity and privacy, do not appear in this view at all.",
	"The view shows where your SOC answers touch the same ground as Annex A: overlap, not equivalence. It is not an ISO/IEC 27001 assessment and does not say whether an ISO control or a SOC criterion is met.",
}

// An ISOThemeLine is the readiness of one Annex A theme.
type ISOThemeLine struct {
	ScoreLine          // ID "A.5", Title "Organizational controls"
	Criteria  []string // in-scope criteria with a primary link to the theme, in framework order
	Controls  []string // the theme's Annex A controls those criteria link to, in crosswalk order
}

// ISOView scores the assessment by Annex A theme (see ISOViewRule). It
// returns one line per theme, in theme order; a theme no in-scope criterion
// links to has no score. It returns nil without a crosswalk.
func ISOView(b *Bank, fw *Framework, cw *Crosswalk, scope Scope, answers Answers) []ISOThemeLine {
	if b == nil || fw == nil || cw == nil {
		return nil
	}
	ix := b.index(fw)
	s := NormalizeScope(fw, scope)
	in := resolveScope(ix.fwix, s)
	typeII := s.Type == TypeII
	asked := make([]bool, len(b.Questions))
	askedAll(ix, b, in, typeII, answers, asked)
	fx := ix.fwix

	nt := len(ISO27001Themes)
	accs := make([]acc, nt)
	lines := make([]ISOThemeLine, nt)
	// critThemes[c] has bit t set when criterion c links to theme t.
	critThemes := make([]uint8, len(fw.Criteria))
	for c, cr := range fw.Criteria {
		if !in.critIn(fx, c) {
			continue
		}
		for _, id := range cw.Link(cr.ID).AnnexA {
			th, _, ok := ParseAnnexA(id)
			if !ok {
				continue
			}
			t := th - ISO27001Themes[0].Number
			if critThemes[c]&(1<<t) == 0 {
				critThemes[c] |= 1 << t
				lines[t].Criteria = append(lines[t].Criteria, cr.ID)
			}
			if !containsString(lines[t].Controls, id) {
				lines[t].Controls = append(lines[t].Controls, id)
			}
		}
	}
	for i := range b.Questions {
		q := &b.Questions[i]
		if !asked[i] || q.Kind == KindFact {
			continue
		}
		var themes uint8
		for _, c := range ix.q[i].crit {
			if in.critIn(fx, int(c)) {
				themes |= critThemes[c]
			}
		}
		if themes == 0 {
			continue
		}
		a, ok := answers[q.ID]
		st := classify(a, ok)
		cd, co := 0.0, 0.0
		if st == stCounted {
			cd, co = Credits(a.Choice)
		}
		for t := range nt {
			if themes&(1<<t) != 0 {
				accs[t].add(q.Weight, q.Test != TestOperation, typeII, st, cd, co)
			}
		}
	}
	for t, th := range ISO27001Themes {
		lines[t].ScoreLine = accs[t].line("A."+strconv.Itoa(th.Number), th.Title, "", typeII)
	}
	return lines
}

func containsString(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}
