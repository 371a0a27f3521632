// Command lighthouse runs Lighthouse (mobile, its default, from the npm
// registry through npx) on every pre-rendered page of one or more static
// builds, interleaved so that the builds share the machine's ups and downs,
// and prints the median of the runs per page. Pages that show an assessment
// get one first (see app/internal/benchseed): the browser's storage is cleared before every
// run, as Lighthouse would, and then the assessment is written back.
//
//	go run ./app/internal/lighthouse [-runs 5] [-pages /,/results] [-root-only hello] name=dir...
//
// make lighthouse runs it on dist/ beside a bare go-app hello world. It is a
// benchmark, not part of make test.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"
	"github.com/socready/socready/app/internal/benchbrowser"
	"github.com/socready/socready/app/internal/benchseed"
)

const lighthouseVersion = "13.5.0"

type build struct {
	name, dir, origin string
	rootOnly          bool
}

type result struct {
	perf, a11y, bp, seo float64
	tbt, fcp, lcp, cls  float64
}

func main() {
	runs := flag.Int("runs", 5, "runs per page and build")
	rootOnly := flag.String("root-only", "", "comma-separated builds measured on / only (a hello world)")
	chromium := flag.String("chromium", "/usr/bin/chromium", "browser")
	out := flag.String("out", ".cache/lighthouse", "directory for the reports")
	pages := flag.String("pages", "", "comma-separated pages to measure (default: every page)")
	flag.Parse()
	measured := benchseed.Pages
	if *pages != "" {
		measured = strings.Split(*pages, ",")
	}
	if err := run(*runs, measured, *rootOnly, *chromium, *out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "lighthouse:", err)
		os.Exit(1)
	}
}

func run(runs int, pages []string, rootOnly, chromium, out string, specs []string) error {
	if len(specs) == 0 {
		return fmt.Errorf("name a build: name=dir")
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	s, err := benchseed.Make()
	if err != nil {
		return err
	}
	var builds []*build
	for _, spec := range specs {
		name, dir, ok := strings.Cut(spec, "=")
		if !ok {
			return fmt.Errorf("%q: want name=dir", spec)
		}
		b := &build{name: name, dir: dir, rootOnly: slices.Contains(strings.Split(rootOnly, ","), name)}
		origin, stop, err := benchbrowser.Serve(b.dir)
		if err != nil {
			return err
		}
		defer stop()
		b.origin = origin
		builds = append(builds, b)
	}
	alloc, port, stop, err := startChromium(chromium)
	if err != nil {
		return err
	}
	defer stop()

	all := map[string][]result{} // build + page → runs
	for i := 1; i <= runs; i++ {
		for _, page := range pages {
			for _, b := range builds {
				if b.rootOnly && page != "/" {
					continue
				}
				if err := prepare(alloc, b.origin, s); err != nil {
					return fmt.Errorf("seeding %s: %w", b.name, err)
				}
				url := b.origin + s.Path(page)
				file := filepath.Join(out, fmt.Sprintf("%s%s-%d.json", b.name, strings.ReplaceAll(page, "/", "_"), i))
				r, err := lighthouse(port, url, file)
				if err != nil {
					return fmt.Errorf("%s %s: %w", b.name, page, err)
				}
				key := b.name + " " + page
				all[key] = append(all[key], r)
				fmt.Printf("run %d %-8s %-9s performance %3.0f  TBT %5.0f ms  FCP %5.0f ms  LCP %5.0f ms  CLS %.3f  a11y %3.0f  bp %3.0f  seo %3.0f\n",
					i, b.name, page, r.perf, r.tbt, r.fcp, r.lcp, r.cls, r.a11y, r.bp, r.seo)
			}
		}
	}
	fmt.Printf("\nmedian of %d runs\n| page | %s |\n|---|%s\n", runs, strings.Join(names(builds), " | "), strings.Repeat("---|", len(builds)))
	for _, page := range pages {
		row := "| `" + page + "` |"
		for _, b := range builds {
			rs := all[b.name+" "+page]
			if len(rs) == 0 {
				row += " |"
				continue
			}
			row += fmt.Sprintf(" %.0f (TBT %.0f ms; %s) |", median(rs, func(r result) float64 { return r.perf }),
				median(rs, func(r result) float64 { return r.tbt }), spread(rs))
		}
		fmt.Println(row)
	}
	return nil
}

func names(builds []*build) []string {
	var n []string
	for _, b := range builds {
		n = append(n, b.name)
	}
	return n
}

// spread lists the runs' performance scores and the lowest other scores.
func spread(rs []result) string {
	var perf []string
	low := 100.0
	for _, r := range rs {
		perf = append(perf, fmt.Sprintf("%.0f", r.perf))
		low = min(low, r.a11y, r.bp, r.seo)
	}
	return "runs " + strings.Join(perf, " ") + fmt.Sprintf("; a11y/bp/seo ≥ %.0f", low)
}

func median(rs []result, f func(result) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// startChromium starts a headless browser on a known debugging port, which
// Lighthouse then connects to (--port); the seeding drives it with chromedp.
func startChromium(path string) (ctx context.Context, port int, stop func(), err error) {
	addr, err := benchbrowser.FreeAddr()
	if err != nil {
		return nil, 0, nil, err
	}
	_, p, _ := net.SplitHostPort(addr)
	fmt.Sscan(p, &port)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Flag("remote-debugging-port", p),
		remote.WebSocket, // Lighthouse connects to the same port
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		cancelAlloc()
		return nil, 0, nil, err
	}
	return ctx, port, func() { cancel(); cancelAlloc() }, nil
}

// prepare clears everything the origin stored and the HTTP cache, as
// Lighthouse does before a run, then writes the seed's localStorage.
func prepare(browser context.Context, origin string, s benchseed.Seed) error {
	ctx, cancel := chromedp.NewContext(browser) // a new tab, closed on return
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
	defer cancelT()
	if _, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: origin, StorageTypes: "all"}); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{}); err != nil {
		return err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+"/manifest.webmanifest")); err != nil {
		return err
	}
	_, err := chromedp.Run(ctx, chromedp.Evaluate[bool](s.StorageJS()))
	return err
}

// lighthouse runs one Lighthouse pass on url in the browser at port,
// keeping the storage prepare wrote.
func lighthouse(port int, url, file string) (result, error) {
	cmd := exec.Command("npx", "--yes", "lighthouse@"+lighthouseVersion, url,
		fmt.Sprintf("--port=%d", port), "--disable-storage-reset", "--quiet",
		"--output=json", "--output-path="+file,
		"--only-categories=performance,accessibility,best-practices,seo")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return result{}, err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return result{}, err
	}
	var rep struct {
		Categories map[string]struct{ Score float64 }
		Audits     map[string]struct{ NumericValue float64 }
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return result{}, err
	}
	c, a := rep.Categories, rep.Audits
	return result{
		perf: 100 * c["performance"].Score, a11y: 100 * c["accessibility"].Score,
		bp: 100 * c["best-practices"].Score, seo: 100 * c["seo"].Score,
		tbt: a["total-blocking-time"].NumericValue, fcp: a["first-contentful-paint"].NumericValue,
		lcp: a["largest-contentful-paint"].NumericValue, cls: a["cumulative-layout-shift"].NumericValue,
	}, nil
}
