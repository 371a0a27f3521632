package engine

// Indexes are built once when a library is loaded so that scoring walks plain
// slices of small integers instead of looking strings up in maps. A bank or
// framework built by hand (in a test, say) has no index: the functions below
// then build a temporary one per call, which is correct, only slower. Nothing
// is ever written back to a shared Bank or Framework, so scoring is safe to
// call from several goroutines.

// maxCategories is how many categories a framework may have: scope is kept as
// a bit mask of category positions.
const maxCategories = 64

// fwIndex maps a framework's ids to their positions.
type fwIndex struct {
	cat        map[string]int
	series     map[string]int
	crit       map[string]int
	seriesCat  []int // series position → category position (-1 if unknown)
	critSeries []int // criterion position → series position (-1 if unknown)
	critCat    []int // criterion position → category position (-1 if unknown)
	required   uint64
	all        uint64

	point      map[string]int // point-of-focus id → position in Framework.points
	critPoints [][]int32      // criterion position → its points' positions

	// A criterion all of whose points concern only the collector of personal
	// information is out of scope for a processor; so is a series of such
	// criteria only.
	critControllerOnly   []bool
	seriesControllerOnly []bool
	anyControllerOnly    bool
}

func buildFwIndex(fw *Framework) *fwIndex {
	ix := &fwIndex{
		cat:        make(map[string]int, len(fw.Categories)),
		series:     make(map[string]int, len(fw.Series)),
		crit:       make(map[string]int, len(fw.Criteria)),
		seriesCat:  make([]int, len(fw.Series)),
		critSeries: make([]int, len(fw.Criteria)),
		critCat:    make([]int, len(fw.Criteria)),
	}
	for i, c := range fw.Categories {
		if _, dup := ix.cat[c.ID]; dup || i >= maxCategories {
			continue
		}
		ix.cat[c.ID] = i
		ix.all |= 1 << i
		if c.Required {
			ix.required |= 1 << i
		}
	}
	for i, s := range fw.Series {
		if _, dup := ix.series[s.ID]; !dup {
			ix.series[s.ID] = i
		}
		ix.seriesCat[i] = lookup(ix.cat, s.Category)
	}
	for i, c := range fw.Criteria {
		if _, dup := ix.crit[c.ID]; !dup {
			ix.crit[c.ID] = i
		}
		ix.critSeries[i] = lookup(ix.series, c.Series)
		ix.critCat[i] = lookup(ix.cat, c.Category)
	}
	ix.point = make(map[string]int, len(fw.points))
	ix.critPoints = make([][]int32, len(fw.Criteria))
	for i, p := range fw.points {
		if _, dup := ix.point[p.ID]; dup {
			continue
		}
		ix.point[p.ID] = i
		if c := lookup(ix.crit, p.Criterion); c >= 0 {
			ix.critPoints[c] = append(ix.critPoints[c], int32(i))
		}
	}
	ix.critControllerOnly = make([]bool, len(fw.Criteria))
	ix.seriesControllerOnly = make([]bool, len(fw.Series))
	seriesOther := make([]bool, len(fw.Series)) // has a criterion a processor keeps
	for c, pts := range ix.critPoints {
		only := len(pts) > 0
		for _, i := range pts {
			only = only && fw.points[i].Scope == PointController
		}
		ix.critControllerOnly[c] = only
		ix.anyControllerOnly = ix.anyControllerOnly || only
		if s := ix.critSeries[c]; s >= 0 {
			if only {
				ix.seriesControllerOnly[s] = true
			} else {
				seriesOther[s] = true
			}
		}
	}
	for s, other := range seriesOther {
		if other {
			ix.seriesControllerOnly[s] = false
		}
	}
	return ix
}

func lookup(m map[string]int, id string) int {
	if i, ok := m[id]; ok {
		return i
	}
	return -1
}

// index returns the framework's index, building a temporary one if the
// framework was not loaded through a Library.
func (fw *Framework) index() *fwIndex {
	if fw.ix != nil {
		return fw.ix
	}
	return buildFwIndex(fw)
}

// CriterionRef names a criterion with the series and category it rolls up to,
// ready to show next to a gap.
type CriterionRef struct {
	ID            string `json:"id"`
	Topic         string `json:"topic"`
	Series        string `json:"series"`
	SeriesTitle   string `json:"series_title"`
	Category      string `json:"category"`
	CategoryTitle string `json:"category_title"`
}

// qIndex is what scoring needs to know about one question, as positions.
type qIndex struct {
	crit    []int32 // distinct criteria it touches
	series  []int32 // distinct series it touches
	cats    []int32 // distinct categories it touches
	catMask uint64
	when    []condIndex
	docs    []int32
	refs    []CriterionRef // for gap lists; shared, read-only

	// controllerOnly: every point the question cites concerns only the
	// collector of personal information (and it cites at least one), so a
	// processor is not asked it. touchesControllerOnly: one of its criteria
	// is out of scope for a processor.
	controllerOnly        bool
	touchesControllerOnly bool

	// pointNeeds holds, for each point the question cites, the categories
	// that must be in scope for the point to apply: its criterion's and, for
	// an extra point for one category (only_for), that one too. A question
	// that cites points is asked only when one of them applies, so a question
	// keyed to a common criterion for a privacy-only point is not asked in a
	// Security-only scope. Empty when it cites none.
	pointNeeds []uint64
}

// pointsApply reports whether at least one point the question cites applies
// to the in-scope categories cats (always true when it cites none).
func (qi *qIndex) pointsApply(cats uint64) bool {
	for _, need := range qi.pointNeeds {
		if need&cats == need {
			return true
		}
	}
	return len(qi.pointNeeds) == 0
}

// catBit is the mask bit of the category at position k (none when unknown).
func catBit(k int) uint64 {
	if k < 0 || k >= maxCategories {
		return 0
	}
	return 1 << k
}

// pointCategories is every category some cited point needs, as a mask.
func (qi *qIndex) pointCategories() uint64 {
	var m uint64
	for _, need := range qi.pointNeeds {
		m |= need
	}
	return m
}

// condIndex is a Condition resolved to the position of its fact question
// (-1 when it names no question).
type condIndex struct {
	pos int
	is  Choice
}

// bankIndex is a bank's questions resolved against one framework.
type bankIndex struct {
	fw   *Framework
	fwix *fwIndex
	pos  map[string]int // question id → position
	doc  map[string]int // document id → position
	q    []qIndex
}

func buildBankIndex(b *Bank, fw *Framework) *bankIndex {
	fx := fw.index()
	ix := &bankIndex{
		fw:   fw,
		fwix: fx,
		pos:  make(map[string]int, len(b.Questions)),
		doc:  make(map[string]int, len(b.Documents)),
		q:    make([]qIndex, len(b.Questions)),
	}
	for i, d := range b.Documents {
		if _, dup := ix.doc[d.ID]; !dup {
			ix.doc[d.ID] = i
		}
	}
	for i, q := range b.Questions {
		if _, dup := ix.pos[q.ID]; !dup {
			ix.pos[q.ID] = i
		}
	}
	for i := range b.Questions {
		q := &b.Questions[i]
		qi := &ix.q[i]
		for _, id := range q.Criteria {
			c := lookup(fx.crit, id)
			if c < 0 || containsInt32(qi.crit, int32(c)) {
				continue
			}
			qi.crit = append(qi.crit, int32(c))
			crit := &fw.Criteria[c]
			ref := CriterionRef{ID: crit.ID, Topic: crit.Topic, Series: crit.Series, Category: crit.Category}
			if s := fx.critSeries[c]; s >= 0 {
				ref.SeriesTitle = fw.Series[s].Title
				if !containsInt32(qi.series, int32(s)) {
					qi.series = append(qi.series, int32(s))
				}
			}
			if k := fx.critCat[c]; k >= 0 {
				ref.CategoryTitle = fw.Categories[k].Title
				if !containsInt32(qi.cats, int32(k)) {
					qi.cats = append(qi.cats, int32(k))
				}
				if k < maxCategories {
					qi.catMask |= 1 << k
				}
			}
			qi.refs = append(qi.refs, ref)
			qi.touchesControllerOnly = qi.touchesControllerOnly || fx.critControllerOnly[c]
		}
		cited := 0
		for _, id := range q.PointsOfFocus {
			if p, ok := fx.point[id]; ok {
				if fw.points[p].Scope != PointController {
					cited = -1
					break
				}
				cited++
			}
		}
		qi.controllerOnly = cited > 0
		for _, id := range q.PointsOfFocus {
			p, ok := fx.point[id]
			if !ok {
				continue
			}
			pt := &fw.points[p]
			var need uint64
			if c := lookup(fx.crit, pt.Criterion); c >= 0 {
				need |= catBit(fx.critCat[c])
			}
			if pt.OnlyFor != "" {
				need |= catBit(lookup(fx.cat, pt.OnlyFor))
			}
			qi.pointNeeds = append(qi.pointNeeds, need)
		}
		for _, c := range q.When {
			p := lookup(ix.pos, c.Question)
			if p >= i { // only earlier questions may gate; anything else never holds
				p = -1
			}
			qi.when = append(qi.when, condIndex{pos: p, is: c.Is})
		}
		for _, d := range q.Documents {
			if p := lookup(ix.doc, d); p >= 0 && !containsInt32(qi.docs, int32(p)) {
				qi.docs = append(qi.docs, int32(p))
			}
		}
	}
	return ix
}

func containsInt32(s []int32, v int32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// index returns the bank's index against fw, building a temporary one if the
// bank was not loaded through a Library or was loaded against another framework.
func (b *Bank) index(fw *Framework) *bankIndex {
	if b.ix != nil && b.ix.fw == fw {
		return b.ix
	}
	return buildBankIndex(b, fw)
}

// FindQuestion returns the question with the given id, or nil.
func (b *Bank) FindQuestion(id string) *Question {
	if b.ix != nil {
		if i, ok := b.ix.pos[id]; ok {
			return &b.Questions[i]
		}
		return nil
	}
	for i := range b.Questions {
		if b.Questions[i].ID == id {
			return &b.Questions[i]
		}
	}
	return nil
}

// FindDocument returns the document with the given id, or nil.
func (b *Bank) FindDocument(id string) *Document {
	for i := range b.Documents {
		if b.Documents[i].ID == id {
			return &b.Documents[i]
		}
	}
	return nil
}

// FindCategory returns the category with the given id, or nil.
func (fw *Framework) FindCategory(id string) *Category {
	for i := range fw.Categories {
		if fw.Categories[i].ID == id {
			return &fw.Categories[i]
		}
	}
	return nil
}

// FindSeries returns the series with the given id, or nil.
func (fw *Framework) FindSeries(id string) *Series {
	for i := range fw.Series {
		if fw.Series[i].ID == id {
			return &fw.Series[i]
		}
	}
	return nil
}

// FindCriterion returns the criterion with the given id, or nil.
func (fw *Framework) FindCriterion(id string) *Criterion {
	if fw.ix != nil {
		if i, ok := fw.ix.crit[id]; ok {
			return &fw.Criteria[i]
		}
		return nil
	}
	for i := range fw.Criteria {
		if fw.Criteria[i].ID == id {
			return &fw.Criteria[i]
		}
	}
	return nil
}

// SectionOf is the questionnaire section a question is shown in: the series
// of its first criterion, or "" (the setup section, shown first) when it has
// none or the criterion is unknown.
func (fw *Framework) SectionOf(q *Question) string {
	if len(q.Criteria) == 0 {
		return ""
	}
	if c := fw.FindCriterion(q.Criteria[0]); c != nil {
		return c.Series
	}
	return ""
}

// sectionRank orders sections as the questionnaire shows them: setup first,
// then the framework's series in order.
func (fw *Framework) sectionRank(series string) int {
	if series == "" {
		return -1
	}
	for i, s := range fw.Series {
		if s.ID == series {
			return i
		}
	}
	return -1
}
