// Command answerprof profiles the main thread while answers are clicked on
// the questionnaire of a static build, with the largest assessment saved
// (app/internal/benchseed), and prints where the time went, by Go function:
// self time and time including callees, counting only the clicks' own task
// (not the timed save after each), and each click's time. Build the site with
// function names kept (make answerprof does: the release wasm is stripped).
//
//	go run ./app/internal/answerprof [-n 40] [-cpu 4] [-top 40] -dir .cache/prof-dist
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/internal/benchbrowser"
)

func main() {
	dir := flag.String("dir", ".cache/prof-dist", "static build to serve")
	n := flag.Int("n", 40, "answers to click")
	cpu := flag.Float64("cpu", 1, "CPU slow-down")
	top := flag.Int("top", 40, "functions to list")
	match := flag.String("match", "", "list only functions whose name contains this")
	flag.Parse()
	if err := run(*dir, *n, *cpu, *top, *match); err != nil {
		fmt.Fprintln(os.Stderr, "answerprof:", err)
		os.Exit(1)
	}
}

func run(dir string, n int, cpu float64, top int, match string) error {
	s, err := benchbrowser.Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.OpenPage("/assess", `document.documentElement.dataset.mounted === "true" && document.querySelectorAll("article.question").length > 0`); err != nil {
		return err
	}
	time.Sleep(time.Second)
	if err := s.StartProfile(cpu); err != nil {
		return err
	}
	var times []float64
	for i := range n {
		t, err := chromedp.Run(s.Ctx, chromedp.Evaluate[float64](clickJS(i), chromedp.EvalAwaitPromise))
		if err != nil {
			return err
		}
		times = append(times, t)
		fmt.Fprintf(os.Stderr, "%.1f ", t)
	}
	p, err := s.StopProfile()
	if err != nil {
		return err
	}
	fmt.Printf("click → DOM ms: %v\n", times)
	slices.Sort(times)
	fmt.Printf("median %.1f ms, p90 %.1f ms\n", times[len(times)/2], times[len(times)*9/10])
	// Only the clicks' synchronous handling (the JS function click), not
	// the delayed save.
	self, total, busy := p.Sum(func(id int64) bool { return p.OnStack(id, "click") })
	fmt.Printf("busy: %.1f ms\n", busy)
	benchbrowser.PrintSums(self, total, top, match)
	return nil
}

// clickJS clicks a choice that changes the answer of question i (modulo the
// section's questions) and resolves to the click's time in milliseconds: the app handles
// and draws the answer before click returns.
func clickJS(i int) string {
	return fmt.Sprintf(`(async () => {
	await new Promise(r => setTimeout(r, 300));
	const qs = [...document.querySelectorAll("article.question")].filter(q => q.querySelectorAll('input[type="radio"]').length > 2);
	const q = qs[%d %% qs.length];
	const radios = [...q.querySelectorAll('input[type="radio"]')].filter(r => r.value !== "na");
	const i = radios.findIndex(r => r.checked);
	const input = radios[(i + 1) %% radios.length];
	const t0 = performance.now();
	input.click(); // the app draws the answer before click returns
	return performance.now() - t0;
})()`, i)
}
