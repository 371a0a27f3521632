package engine

import (
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// A Crosswalk relates the criteria of one framework to ISO/IEC 27001:2022:
// Annex A controls and management-system clauses (4–10) from a primary public
// mapping, plus broader links chained through the Secure Controls Framework
// that only fill gaps and never count as overlap. Every link is a partial
// overlap, never an equivalence: an ISO certificate does not meet a criterion.
//
// Crosswalks live in crosswalks/*.json beside the banks and are validated on
// load (see validateCrosswalk).
type Crosswalk struct {
	ID           string            `json:"id"`
	Version      int               `json:"version"`
	Framework    string            `json:"framework"`
	Bank         string            `json:"bank"` // the bank whose SOCSpecific question ids are listed
	Title        string            `json:"title"`
	Relationship string            `json:"relationship"`
	Sources      []CrosswalkSource `json:"sources"`
	// SOCSpecific lists the bank's questions about deliverables only a SOC
	// examination asks for (system description, management's assertion,
	// complementary controls): new work even for an ISO-certified
	// organization, whatever their criteria overlap with.
	SOCSpecific []string        `json:"soc_specific_questions"`
	Links       []CrosswalkLink `json:"links"`

	byCrit map[string]int // criterion id → position in Links; built on load
}

// A CrosswalkSource is where a set of links came from.
type CrosswalkSource struct {
	Role   string   `json:"role"` // "primary" or "via_scf"
	Repo   string   `json:"repo"`
	Path   string   `json:"path,omitempty"`
	Paths  []string `json:"paths,omitempty"`
	Commit string   `json:"commit"`
	Method string   `json:"method"`
}

// A CrosswalkLink is what one criterion relates to.
type CrosswalkLink struct {
	Criterion string   `json:"criterion"`
	AnnexA    []string `json:"annex_a,omitempty"` // primary: Annex A control ids, "A.5.15"
	Clauses   []string `json:"clauses,omitempty"` // primary: management-system clauses, "9.3.1"
	ViaSCF    []string `json:"via_scf,omitempty"` // indirect (via SCF) only: Annex A ids not in AnnexA
}

// Primary reports whether the primary mapping links the criterion to
// anything: an Annex A control or a management-system clause.
func (l CrosswalkLink) Primary() bool { return len(l.AnnexA) > 0 || len(l.Clauses) > 0 }

// CrosswalkDir holds the crosswalk files.
const CrosswalkDir = "crosswalks"

// OverlapNote is the caution shown with every crosswalk link.
const OverlapNote = "overlap, not equivalence"

// ViaSCFNote labels the links that exist only through the Secure Controls
// Framework: they are shown but never counted as overlap.
const ViaSCFNote = "indirect (via SCF)"

// Link returns what criterion id relates to; the zero link when none.
func (cw *Crosswalk) Link(id string) CrosswalkLink {
	if cw == nil {
		return CrosswalkLink{Criterion: id}
	}
	if i, ok := cw.byCrit[id]; ok {
		return cw.Links[i]
	}
	return CrosswalkLink{Criterion: id}
}

// HasPrimary reports whether any of the criteria has a primary link.
func (cw *Crosswalk) HasPrimary(criteria []string) bool {
	for _, c := range criteria {
		if cw.Link(c).Primary() {
			return true
		}
	}
	return false
}

// IsSOCSpecific reports whether question id is a SOC-only deliverable.
func (cw *Crosswalk) IsSOCSpecific(id string) bool {
	return cw != nil && slices.Contains(cw.SOCSpecific, id)
}

func (cw *Crosswalk) index() {
	cw.byCrit = make(map[string]int, len(cw.Links))
	for i, l := range cw.Links {
		if _, dup := cw.byCrit[l.Criterion]; !dup {
			cw.byCrit[l.Criterion] = i
		}
	}
}

// ISO27001Theme is one of the four themes of Annex A (2022).
type ISO27001Theme struct {
	Number   int    // 5–8
	Title    string // "Organizational controls"
	Controls int    // how many controls the theme has
}

// ISO27001Themes lists the Annex A themes in order.
var ISO27001Themes = []ISO27001Theme{
	{5, "Organizational controls", 37},
	{6, "People controls", 8},
	{7, "Physical controls", 14},
	{8, "Technological controls", 34},
}

// ParseAnnexA reads an Annex A control id "A.<theme>.<n>" and reports whether
// it names a control of ISO/IEC 27001:2022.
func ParseAnnexA(id string) (theme, n int, ok bool) {
	rest, found := strings.CutPrefix(id, "A.")
	if !found {
		return 0, 0, false
	}
	t, num, found := strings.Cut(rest, ".")
	if !found || len(t) != 1 || num == "" || num[0] == '0' || len(num) > 2 {
		return 0, 0, false
	}
	theme, err1 := strconv.Atoi(t)
	n, err2 := strconv.Atoi(num)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	for _, th := range ISO27001Themes {
		if th.Number == theme {
			return theme, n, n >= 1 && n <= th.Controls
		}
	}
	return 0, 0, false
}

// validClause accepts an ISO/IEC 27001 management-system clause reference:
// a clause 4–10, then one or two dotted numbers ("5.1", "9.3.1").
func validClause(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || p == "" || p[0] == '0' || n < 1 {
			return false
		}
		if i == 0 && (n < 4 || n > 10) {
			return false
		}
	}
	return true
}

// ScopingISO27001 is the scoping fact "we hold ISO/IEC 27001 certification".
const ScopingISO27001 = "scope-iso27001-certified"

// HoldsISO27001 reports whether the scoping answers say the organization is
// ISO/IEC 27001 certified.
func HoldsISO27001(scoping Answers) bool { return answerIs(scoping, ScopingISO27001, Yes) }

// ISOWork says, for a gap of an ISO-certified organization, whether the
// evidence probably exists already or the work is new.
type ISOWork string

const (
	ISOWorkNone    ISOWork = ""        // no ISO certification stated: nothing to mark
	ISOWorkOverlap ISOWork = "overlap" // a criterion has a primary overlap: evidence you probably have
	ISOWorkNew     ISOWork = "new"     // no primary overlap, or a SOC-only deliverable
)

// Label is the mark as shown next to a gap.
func (w ISOWork) Label() string {
	switch w {
	case ISOWorkOverlap:
		return "ISO overlap: evidence you probably have already"
	case ISOWorkNew:
		return "New work beyond ISO/IEC 27001"
	}
	return ""
}

// WorkFor marks one gap: overlap when one of its in-scope criteria has a
// primary link and it is not a SOC-only deliverable, new work otherwise.
func (cw *Crosswalk) WorkFor(g *Gap) ISOWork {
	if cw == nil {
		return ISOWorkNone
	}
	if cw.IsSOCSpecific(g.Question) {
		return ISOWorkNew
	}
	for _, c := range g.Criteria {
		if cw.Link(c.ID).Primary() {
			return ISOWorkOverlap
		}
	}
	return ISOWorkNew
}

// ISOWorkFor is WorkFor when the scoping answers state ISO certification and
// a crosswalk exists, and ISOWorkNone otherwise.
func ISOWorkFor(cw *Crosswalk, scoping Answers, g *Gap) ISOWork {
	if cw == nil || !HoldsISO27001(scoping) {
		return ISOWorkNone
	}
	return cw.WorkFor(g)
}

// loadCrosswalks reads and validates crosswalks/*.json.
func (l *Library) loadCrosswalks(fsys fs.FS, fwByID map[string]*Framework, errs *ValidationErrors) error {
	files, err := fs.Glob(fsys, CrosswalkDir+"/*.json")
	if err != nil {
		return err
	}
	for _, name := range files {
		p := problems{file: name, errs: errs}
		cw := new(Crosswalk)
		if !readJSON(fsys, p, name, cw) {
			continue
		}
		validateCrosswalk(p, cw, fwByID[cw.Framework], l.Bank(cw.Bank))
		cw.index()
		l.crosswalks = append(l.crosswalks, cw)
	}
	return nil
}

// Crosswalk returns the crosswalk of framework id to ISO/IEC 27001, or nil.
func (l *Library) Crosswalk(framework string) *Crosswalk {
	for _, cw := range l.crosswalks {
		if cw.Framework == framework {
			return cw
		}
	}
	return nil
}

// ISOSplit counts the gaps of an ISO-certified organization by ISOWork:
// those on criteria with a primary overlap, and the new work. Both are zero
// when the scoping answers do not state the certification.
func ISOSplit(cw *Crosswalk, scoping Answers, gaps []Gap) (overlap, newWork int) {
	for i := range gaps {
		switch ISOWorkFor(cw, scoping, &gaps[i]) {
		case ISOWorkOverlap:
			overlap++
		case ISOWorkNew:
			newWork++
		}
	}
	return overlap, newWork
}
