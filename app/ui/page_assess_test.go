package ui

import "testing"

// The questionnaire draws a section's cards in parts: every part adds cards,
// the last one draws them all, and no part before it does.
func TestCardParts(t *testing.T) {
	for _, n := range []int{0, 1, firstCards, firstCards + 1, firstCards + cardsPerPart, firstCards + cardsPerPart + 1, 21, 40} {
		total := cardParts(n)
		if n <= firstCards && total != 1 {
			t.Errorf("%d questions: %d parts, want 1", n, total)
		}
		p := &assessPage{}
		before := 0
		for shown := 1; shown <= total; shown++ {
			p.cards = parts{shown: shown, n: total}
			got := p.cardsOnScreen(n)
			if shown == total && got != n {
				t.Errorf("%d questions: the last part (%d) draws %d cards", n, shown, got)
			}
			if shown < total && (got >= n || got <= before) {
				t.Errorf("%d questions: part %d of %d draws %d cards (before: %d)", n, shown, total, got, before)
			}
			before = got
		}
		p.cards.revealAll()
		if got := p.cardsOnScreen(n + 7); got != n+7 {
			t.Errorf("after revealAll, %d of %d cards drawn", got, n+7)
		}
	}
	if got := (&assessPage{}).cardsOnScreen(30); got != 30 {
		t.Errorf("a page not drawing in parts draws %d of 30 cards", got)
	}
}
