// Command startprof profiles the main thread while one page of a static
// build starts, with the largest assessment saved (app/internal/benchseed),
// and prints where the time went, by Go function: self time, time
// including callees, and task by task. Build the site with function names
// kept (make startprof does: the release wasm is stripped).
//
//	go run ./app/internal/startprof [-page /results] [-cpu 1] [-top 40] [-match ui] [-tasktop 6] [-taskall] -dir .cache/prof-dist
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/internal/benchbrowser"
)

func main() {
	dir := flag.String("dir", ".cache/prof-dist", "static build to serve (make prof-dist)")
	pg := flag.String("page", "/results", "page to open")
	cpu := flag.Float64("cpu", 1, "CPU slow-down")
	top := flag.Int("top", 40, "functions to list")
	match := flag.String("match", "", "list only functions whose name contains this")
	taskTop := flag.Int("tasktop", 6, "functions to list per task")
	taskAll := flag.Bool("taskall", false, "list any function per task, not only this repository's")
	flag.Parse()
	if err := run(*dir, *pg, *cpu, *top, *match, *taskTop, *taskAll); err != nil {
		fmt.Fprintln(os.Stderr, "startprof:", err)
		os.Exit(1)
	}
}

// pageCountsJS counts the page's elements, those inside closed <details>,
// and its text nodes.
const pageCountsJS = `[
	document.querySelectorAll("*").length,
	document.querySelectorAll("details:not([open]) > :not(summary), details:not([open]) > :not(summary) *").length,
	[...document.body.querySelectorAll("*")].reduce((n, e) => n + [...e.childNodes].filter(c => c.nodeType === 3).length, 0),
]`

func run(dir, pg string, cpu float64, top int, match string, taskTop int, taskAll bool) error {
	s, err := benchbrowser.Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.StartProfile(cpu); err != nil {
		return err
	}
	if err := s.OpenPage(pg, `document.documentElement.dataset.mounted === "true"`); err != nil {
		return err
	}
	time.Sleep(3 * time.Second)
	p, err := s.StopProfile()
	if err != nil {
		return err
	}
	counts, err := chromedp.Run(s.Ctx, chromedp.Evaluate[[]int](pageCountsJS))
	if err != nil {
		return err
	}
	fmt.Printf("elements: %d, of which inside closed <details>: %d; text nodes: %d\n", counts[0], counts[1], counts[2])

	self, total, busy := p.Sum(nil)
	fmt.Printf("busy: %.1f ms\n", busy)
	p.Tasks(func(start, busy float64, total map[string]float64) {
		if busy < 5 {
			return
		}
		fmt.Printf("task at %6.0f ms: %5.1f ms busy\n", start, busy)
		benchbrowser.PrintTop(total, taskTop, func(fn string) bool {
			return taskAll || strings.Contains(fn, "socready") || strings.Contains(fn, "runtime.main") || strings.Contains(fn, "RunWhenOnBrowser")
		})
	})
	benchbrowser.PrintSums(self, total, top, match)
	return nil
}
