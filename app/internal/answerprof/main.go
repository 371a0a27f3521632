// Command answerprof profiles the main thread while answers are clicked on
// the questionnaire of a static build, with the largest assessment saved
// (app/internal/benchseed), and prints where the time went, by Go function:
// self time and time including callees, counting only the clicks' own task
// (not the timed save after each), and each click's time. Build the site with
// function names kept (make answerprof does: the release wasm is stripped).
// report is a copy of startprof's, restricted to the clicks (inClick).
//
//	go run ./app/internal/answerprof [-n 40] [-cpu 4] [-top 40] -dir .cache/answerprof
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

func main() {
	dir := flag.String("dir", ".cache/answerprof", "static build to serve")
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
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+"/assess")); err != nil {
		return err
	}
	for mounted := false; !mounted; time.Sleep(100 * time.Millisecond) {
		if mounted, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.dataset.mounted === "true" && document.querySelectorAll("article.question").length > 0`)); err != nil {
			return err
		}
	}
	time.Sleep(time.Second)
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
	var times []float64
	for i := range n {
		t, err := chromedp.Run(ctx, chromedp.Evaluate[float64](clickJS(i), chromedp.EvalAwaitPromise))
		if err != nil {
			return err
		}
		times = append(times, t)
		fmt.Fprintf(os.Stderr, "%.1f ", t)
	}
	res, err := chromedp.Call(ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return err
	}
	fmt.Printf("click → DOM ms: %v\n", times)
	slices.Sort(times)
	fmt.Printf("median %.1f ms, p90 %.1f ms\n", times[len(times)/2], times[len(times)*9/10])
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
		if !inClick(id, name, parent) {
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

// inClick reports whether the sample is inside the clicks' synchronous
// handling (the JS function click), as opposed to the delayed save.
func inClick(id int64, name map[int64]string, parent map[int64]int64) bool {
	for n := id; ; {
		if name[n] == "click" {
			return true
		}
		up, ok := parent[n]
		if !ok {
			return false
		}
		n = up
	}
}
