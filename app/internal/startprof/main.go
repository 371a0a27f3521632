// Command startprof profiles the main thread while one page of a static
// build starts, with the largest assessment saved (app/internal/benchseed),
// and prints where the time went, by Go function: self time and time
// including callees. Build the site with function names kept (make
// startprof does: the release wasm is stripped).
//
//	go run ./app/internal/startprof [-page /results] [-cpu 1] [-top 40] -dir .cache/startprof
package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/internal/benchseed"
)

var (
	taskTop  int
	allFuncs bool
)

func main() {
	dir := flag.String("dir", ".cache/startprof", "static build to serve")
	pg := flag.String("page", "/results", "page to open")
	cpu := flag.Float64("cpu", 1, "CPU slow-down")
	top := flag.Int("top", 40, "functions to list")
	match := flag.String("match", "", "list only functions whose name contains this")
	flag.IntVar(&taskTop, "tasktop", 6, "functions to list per task")
	flag.BoolVar(&allFuncs, "taskall", false, "list any function per task, not only this repository's")
	flag.Parse()
	if err := run(*dir, *pg, *cpu, *top, *match); err != nil {
		fmt.Fprintln(os.Stderr, "startprof:", err)
		os.Exit(1)
	}
}

func run(dir, pg string, cpu float64, top int, match string) error {
	seed, err := benchseed.Make()
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	addr := l.Addr().String()
	l.Close()
	srv := exec.Command("./bin/socready", "preview", "-dir", dir, "-addr", addr)
	if err := srv.Start(); err != nil {
		return err
	}
	defer func() { srv.Process.Kill(); srv.Wait() }()
	origin := "http://" + addr
	for range 100 {
		if res, err := http.Get(origin + "/"); err == nil {
			res.Body.Close()
			break
		}
		time.Sleep(100 * time.Millisecond)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath("/usr/bin/chromium"))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+"/manifest.webmanifest")); err != nil {
		return err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](seed.StorageJS())); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, profiler.Start, cdp.Empty{}); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+seed.Path(pg))); err != nil {
		return err
	}
	for mounted := false; !mounted; time.Sleep(100 * time.Millisecond) {
		if mounted, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.dataset.mounted === "true"`)); err != nil {
			return err
		}
	}
	time.Sleep(3 * time.Second)
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return err
	}
	counts, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.querySelectorAll("*").length, document.querySelectorAll("details:not([open]) > :not(summary) *, details:not([open]) > :not(summary)").length, document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT).nextNode() ? [...document.body.querySelectorAll("*")].reduce((n, e) => n + [...e.childNodes].filter(c => c.nodeType === 3).length, 0) : 0]`))
	if err != nil {
		return err
	}
	fmt.Printf("elements: %d, of which inside closed <details>: %d; text nodes: %d\n", counts[0], counts[1], counts[2])
	report(res.Profile, top, match)
	return nil
}

// report sums the samples by function: self time, and total time counting
// each function once per sample however deep it recurs.
func report(p *profiler.Profile, top int, match string) {
	parent := map[int64]int64{}
	name := map[int64]string{}
	for _, n := range p.Nodes {
		name[n.ID] = n.CallFrame.FunctionName
		if name[n.ID] == "" {
			name[n.ID] = "(anonymous) " + n.CallFrame.URL
		}
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	self, total := map[string]float64{}, map[string]float64{}
	var all float64
	for i, id := range p.Samples {
		dt := float64(p.TimeDeltas[i]) / 1000
		if i+1 < len(p.TimeDeltas) {
			dt = float64(p.TimeDeltas[i+1]) / 1000 // the sample lasts until the next one
		}
		if n := name[id]; n == "(idle)" || n == "(program)" || n == "(root)" {
			continue
		}
		all += dt
		self[name[id]] += dt
		seen := map[string]bool{}
		for n := id; ; {
			if f := name[n]; !seen[f] {
				seen[f] = true
				total[f] += dt
			}
			up, ok := parent[n]
			if !ok {
				break
			}
			n = up
		}
	}
	fmt.Printf("busy: %.1f ms\n", all)
	tasks(p, name, parent)
	print := func(title string, m map[string]float64) {
		type row struct {
			f  string
			ms float64
		}
		var rows []row
		for f, ms := range m {
			if match == "" || strings.Contains(f, match) {
				rows = append(rows, row{f, ms})
			}
		}
		slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.ms, a.ms) })
		fmt.Println("\n" + title)
		for i, r := range rows {
			if i == top {
				break
			}
			fmt.Printf("%8.1f ms  %s\n", r.ms, r.f)
		}
	}
	print("self", self)
	print("total", total)
}

// tasks prints the stretches of busy samples (a task, roughly) longer than
// 5 ms, each with the functions of this repository and go-app's engine that
// took most of it, callees included.
func tasks(p *profiler.Profile, name map[int64]string, parent map[int64]int64) {
	var start, busy float64
	total := map[string]float64{}
	at := 0.0
	flush := func() {
		if busy >= 5 {
			type row struct {
				f  string
				ms float64
			}
			var rows []row
			for f, ms := range total {
				if allFuncs || strings.Contains(f, "socready") || strings.Contains(f, "runtime.main") || strings.Contains(f, "RunWhenOnBrowser") {
					rows = append(rows, row{f, ms})
				}
			}
			slices.SortFunc(rows, func(a, b row) int { return cmp.Compare(b.ms, a.ms) })
			fmt.Printf("task at %6.0f ms: %5.1f ms busy\n", start, busy)
			for i, r := range rows {
				if i == taskTop {
					break
				}
				fmt.Printf("    %6.1f ms  %s\n", r.ms, strings.TrimPrefix(r.f, "github.com_socready_socready_app_"))
			}
		}
		busy = 0
		clear(total)
	}
	for i, id := range p.Samples {
		dt := float64(p.TimeDeltas[i]) / 1000
		at += dt
		n := name[id]
		if n == "(idle)" || n == "(program)" || n == "(root)" {
			flush()
			continue
		}
		if busy == 0 {
			start = at
		}
		busy += dt
		seen := map[string]bool{}
		for x := id; ; {
			if f := name[x]; !seen[f] {
				seen[f] = true
				total[f] += dt
			}
			up, ok := parent[x]
			if !ok {
				break
			}
			x = up
		}
	}
	flush()
}
