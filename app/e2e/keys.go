package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Press sends one key (kb.Tab, kb.Enter, " ", kb.ArrowDown…) to the focused
// element, as a keyboard user would.
func Press(t testing.TB, b *Browser, key string) {
	t.Helper()
	if err := b.Do(chromedp.KeyEvent(key)); err != nil {
		t.Fatalf("pressing %q: %v", key, err)
	}
}

// Type types text into the focused element, key by key.
func Type(t testing.TB, b *Browser, text string) {
	t.Helper()
	if err := b.Do(chromedp.KeyEvent(text)); err != nil {
		t.Fatalf("typing %q: %v", text, err)
	}
}

// TabTo presses Tab until the focused element satisfies the JavaScript
// predicate on `el` (document.activeElement), and fails after max presses.
// It is how the flow tests reach every control: the keyboard only.
func TabTo(t testing.TB, b *Browser, predicate string, max int) {
	t.Helper()
	check := fmt.Sprintf(`(() => { const el = document.activeElement; return !!el && !!(%s); })()`, predicate)
	for i := 0; i <= max; i++ {
		ok, err := Eval[bool](b, check)
		if err != nil {
			t.Fatalf("evaluating %s: %v", predicate, err)
		}
		if ok {
			return
		}
		Press(t, b, kb.Tab)
	}
	active, _ := Eval[string](b, `(() => { const el = document.activeElement; return el ? el.outerHTML.slice(0, 200) : "none"; })()`)
	t.Fatalf("%d Tab presses did not reach an element where %s; focus is on %s", max, predicate, active)
}

// Click clicks the element sel matches. go-app swaps the pre-rendered DOM
// for its own when the wasm mounts and re-renders right after, so a node
// chromedp has just looked up can be replaced before its click lands; then
// the lookup is retried (and only then).
func Click[S chromedp.Selectable](sel S) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		var err error
		for i := 0; i < 5; i++ {
			if _, err = chromedp.Click(sel)(ctx, t); err == nil || !strings.Contains(err.Error(), "Could not find node") {
				return err
			}
			time.Sleep(100 * time.Millisecond)
		}
		return err
	})
}
