package benchbrowser

import (
	"context"
	"os"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/internal/benchseed"
)

// A Session is one headless Chromium tab on a served static build, with the
// benchmarks' assessment saved in its storage.
type Session struct {
	Ctx    context.Context
	Origin string
	Seed   benchseed.Seed
	stop   []func()
}

// Open serves dir and opens a tab on it with the seed saved, for at most
// two minutes.
func Open(dir string) (*Session, error) {
	s := &Session{}
	seed, err := benchseed.Make()
	if err != nil {
		return nil, err
	}
	s.Seed = seed
	origin, stop, err := Serve(dir)
	if err != nil {
		return nil, err
	}
	s.Origin, s.stop = origin, append(s.stop, stop)
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath("/usr/bin/chromium"))
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	s.Ctx, s.stop = ctx, append(s.stop, cancelAlloc, cancel, cancelT)
	if err := chromedp.Do(ctx, chromedp.Navigate(origin+"/manifest.webmanifest")); err != nil {
		s.Close()
		return nil, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](seed.StorageJS())); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the browser and stops the server.
func (s *Session) Close() {
	for i := len(s.stop) - 1; i >= 0; i-- {
		s.stop[i]()
	}
}

// OpenPage navigates to page (benchseed.Seed.Path) and waits until expr is
// true.
func (s *Session) OpenPage(page, expr string) error {
	if err := chromedp.Do(s.Ctx, chromedp.Navigate(s.Origin+s.Seed.Path(page))); err != nil {
		return err
	}
	for {
		ok, err := chromedp.Run(s.Ctx, chromedp.Evaluate[bool](expr))
		if err != nil || ok {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// StartProfile slows the CPU cpu times and starts sampling the main
// thread every 100 µs.
func (s *Session) StartProfile(cpu float64) error {
	if _, err := chromedp.Call(s.Ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
		return err
	}
	if _, err := chromedp.Call(s.Ctx, profiler.Enable, cdp.Empty{}); err != nil {
		return err
	}
	if _, err := chromedp.Call(s.Ctx, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
		return err
	}
	_, err := chromedp.Call(s.Ctx, profiler.Start, cdp.Empty{})
	return err
}

// StopProfile stops sampling and returns the profile.
func (s *Session) StopProfile() (*Profile, error) {
	res, err := chromedp.Call(s.Ctx, profiler.Stop, cdp.Empty{})
	if err != nil {
		return nil, err
	}
	return newProfile(res.Profile), nil
}
