package engine

// A Pick is one recommended report or category with the reasons behind it.
type Pick struct {
	ID      string
	Reasons []string
	Default bool // recommended because nothing pointed elsewhere
}

// A Recommendation is what the scoping answers point to.
type Recommendation struct {
	Reports    []Pick // in the order SOC 1, SOC 2, SOC 3
	Categories []Pick // optional categories, in the order the scoping questions name them
}

// Reasons added by the engine itself.
const (
	ReasonDefaultSOC2   = "Nothing you answered points to another report, and SOC 2 is the report customers most often ask a service organization for."
	ReasonSOC3NeedsSOC2 = "A SOC 3 report is a public summary of a SOC 2 examination, so it comes with the SOC 2 work."
)

// Recommend reads the Yes answers to the scoping questions and returns the
// reports and categories they point to, each with its reasons. With no report
// pointed to, it recommends SOC 2; a SOC 3 always brings SOC 2 with it.
func Recommend(set *ScopingSet, answers Answers) Recommendation {
	reasons := map[string][]string{}
	add := func(id, reason string) {
		for _, r := range reasons[id] {
			if r == reason {
				return
			}
		}
		reasons[id] = append(reasons[id], reason)
	}
	var rec Recommendation
	var catOrder []string
	if set != nil {
		for _, q := range set.Questions {
			if !answerIs(answers, q.ID, Yes) {
				continue
			}
			for _, r := range q.Reports {
				add("report:"+string(r), q.Reason)
			}
			for _, c := range q.Categories {
				if _, seen := reasons["category:"+c]; !seen {
					catOrder = append(catOrder, c)
				}
				add("category:"+c, q.Reason)
			}
		}
	}
	if _, ok := reasons["report:"+string(SOC3)]; ok {
		add("report:"+string(SOC2), ReasonSOC3NeedsSOC2)
	}
	for _, r := range []Report{SOC1, SOC2, SOC3} {
		if rs, ok := reasons["report:"+string(r)]; ok {
			rec.Reports = append(rec.Reports, Pick{ID: string(r), Reasons: rs})
		}
	}
	if len(rec.Reports) == 0 {
		rec.Reports = []Pick{{ID: string(SOC2), Reasons: []string{ReasonDefaultSOC2}, Default: true}}
	}
	for _, c := range catOrder {
		rec.Categories = append(rec.Categories, Pick{ID: c, Reasons: reasons["category:"+c]})
	}
	return rec
}
