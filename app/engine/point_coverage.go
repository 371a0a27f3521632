package engine

import "fmt"

// PointCoverage is how completely a bank's maturity questions address the
// points of focus of its framework.
type PointCoverage struct {
	Points  int // points a readiness review asks about (see PointScope.Asked)
	Covered int // of those, cited by at least one maturity question
	// Uncovered lists the asked-about points no question cites, in document
	// order.
	Uncovered []string
	// OperationWithoutPoints lists the operation questions that cite no point
	// of their own criteria, in bank order: an auditor tests a control against
	// what the criterion expects, so each test names what it proves.
	OperationWithoutPoints []string
}

// Complete reports whether every asked-about point is addressed and every
// operation question names what it proves.
func (c PointCoverage) Complete() bool {
	return len(c.Uncovered) == 0 && len(c.OperationWithoutPoints) == 0
}

// CoverPoints measures how b's questions cover fw's points of focus. A point
// for one category only counts like any other: the bank must address it for
// the scopes that include that category. A framework without points of focus
// asks nothing of the bank.
func CoverPoints(b *Bank, fw *Framework) PointCoverage {
	var c PointCoverage
	if len(fw.points) == 0 {
		return c
	}
	fx := fw.index()
	cited := make([]bool, len(fw.points))
	for i := range b.Questions {
		q := &b.Questions[i]
		if q.Kind == KindFact {
			continue
		}
		own := false
		for _, id := range q.PointsOfFocus {
			pos, ok := fx.point[id]
			if !ok {
				continue
			}
			cited[pos] = true
			for _, crit := range q.Criteria {
				if fw.points[pos].Criterion == crit {
					own = true
				}
			}
		}
		if q.Test == TestOperation && !own {
			c.OperationWithoutPoints = append(c.OperationWithoutPoints, q.ID)
		}
	}
	for i, p := range fw.points {
		if !p.Scope.Asked() {
			continue
		}
		c.Points++
		if cited[i] {
			c.Covered++
		} else {
			c.Uncovered = append(c.Uncovered, p.ID)
		}
	}
	return c
}

// PointCoverage measures the coverage of the bank with the given id against
// its framework's points of focus.
func (l *Library) PointCoverage(bankID string) (PointCoverage, error) {
	b := l.Bank(bankID)
	if b == nil {
		return PointCoverage{}, fmt.Errorf("no question bank %q in the library", bankID)
	}
	fw := l.Framework(b.Framework)
	if fw == nil {
		return PointCoverage{}, fmt.Errorf("bank %q: no framework %q in the library", bankID, b.Framework)
	}
	return CoverPoints(b, fw), nil
}
