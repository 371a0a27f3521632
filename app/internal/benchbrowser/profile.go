package benchbrowser

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/chromedp/cdproto/profiler"
)

// A Profile is a CPU profile of the main thread, read by function name.
type Profile struct {
	p      *profiler.Profile
	name   map[int64]string
	parent map[int64]int64
}

func newProfile(p *profiler.Profile) *Profile {
	pr := &Profile{p: p, name: map[int64]string{}, parent: map[int64]int64{}}
	for _, n := range p.Nodes {
		pr.name[n.ID] = n.CallFrame.FunctionName
		if pr.name[n.ID] == "" {
			pr.name[n.ID] = "(anonymous) " + n.CallFrame.URL
		}
		for _, c := range n.Children {
			pr.parent[c] = n.ID
		}
	}
	return pr
}

// each calls f for every sample: its node, when it was taken and how long
// it lasts (until the next sample), in milliseconds, and whether the
// thread was busy (not idle, in the engine's own work, or the root).
func (p *Profile) each(f func(id int64, at, ms float64, busy bool)) {
	at := 0.0
	for i, id := range p.p.Samples {
		at += float64(p.p.TimeDeltas[i]) / 1000
		ms := float64(p.p.TimeDeltas[i]) / 1000
		if i+1 < len(p.p.TimeDeltas) {
			ms = float64(p.p.TimeDeltas[i+1]) / 1000
		}
		n := p.name[id]
		f(id, at, ms, n != "(idle)" && n != "(program)" && n != "(root)")
	}
}

// stack lists the functions on node id's stack, innermost first, each once
// however deep it recurs.
func (p *Profile) stack(id int64) []string {
	var out []string
	for n := id; ; {
		if f := p.name[n]; !slices.Contains(out, f) {
			out = append(out, f)
		}
		up, ok := p.parent[n]
		if !ok {
			return out
		}
		n = up
	}
}

// OnStack reports whether function fn is on node id's stack.
func (p *Profile) OnStack(id int64, fn string) bool { return slices.Contains(p.stack(id), fn) }

// Sum adds up the busy samples keep accepts (nil: all) by function: self
// time, and total time including callees.
func (p *Profile) Sum(keep func(id int64) bool) (self, total map[string]float64, busy float64) {
	self, total = map[string]float64{}, map[string]float64{}
	p.each(func(id int64, _, ms float64, isBusy bool) {
		if !isBusy || (keep != nil && !keep(id)) {
			return
		}
		busy += ms
		self[p.name[id]] += ms
		for _, f := range p.stack(id) {
			total[f] += ms
		}
	})
	return self, total, busy
}

// Tasks calls f for each stretch of busy samples between idle ones (a
// browser task, roughly): when it started, how long it was busy, and the
// total time per function within it.
func (p *Profile) Tasks(f func(start, busy float64, total map[string]float64)) {
	var start, busy float64
	total := map[string]float64{}
	flush := func() {
		if busy > 0 {
			f(start, busy, total)
		}
		busy, total = 0, map[string]float64{}
	}
	p.each(func(id int64, at, ms float64, isBusy bool) {
		if !isBusy {
			flush()
			return
		}
		if busy == 0 {
			start = at
		}
		busy += ms
		for _, fn := range p.stack(id) {
			total[fn] += ms
		}
	})
	flush()
}

// PrintTop prints the top functions of m, largest first, that keep accepts
// (nil: all).
func PrintTop(m map[string]float64, top int, keep func(fn string) bool) {
	type row struct {
		fn string
		ms float64
	}
	var rows []row
	for fn, ms := range m {
		if keep == nil || keep(fn) {
			rows = append(rows, row{fn, ms})
		}
	}
	slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.ms, a.ms) })
	for i, r := range rows {
		if i == top {
			break
		}
		fmt.Printf("%8.1f ms  %s\n", r.ms, strings.TrimPrefix(r.fn, "github.com_socready_socready_app_"))
	}
}

// PrintSums prints Sum's self and total tables, top functions each, those
// whose name contains match.
func PrintSums(self, total map[string]float64, top int, match string) {
	matching := func(fn string) bool { return strings.Contains(fn, match) }
	fmt.Println("\nself")
	PrintTop(self, top, matching)
	fmt.Println("\ntotal")
	PrintTop(total, top, matching)
}
