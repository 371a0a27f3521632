package e2e

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ChromiumPath is Debian's Chromium. Tests never download a browser.
const ChromiumPath = "/usr/bin/chromium"

// Browser is a headless Chromium with a fresh profile whose every request
// goes through a recording proxy and whose console errors are collected.
type Browser struct {
	// Ctx is the chromedp context of the browser's tab; run actions with
	// chromedp.Do(b.Ctx, …) or b.Do(…).
	Ctx context.Context

	proxy *recorder

	mu      sync.Mutex
	console []string
	page    []string // URLs the page's own network events named
}

// browserServices are what Chromium itself contacts whatever the page does,
// even with background networking, sync and component updates turned off:
// the sign-in service lists accounts when a profile's network starts (it
// has no switch) and the component updater fetches an on-demand manifest.
// The proxy refuses them like any other outside request; they are left out
// of RequestsOutside because no page can cause or prevent them.
var browserServices = []string{
	"https://accounts.google.com:443",
	"https://update.googleapis.com:443",
	"http://update.googleapis.com/service/update2/",
	"http://clients2.google.com/time/",
	"https://redirector.gvt1.com:443", // the component updater's download redirector
}

// NewBrowser starts Chromium for the test; it is closed when the test ends.
func NewBrowser(t testing.TB) *Browser {
	t.Helper()
	if _, err := os.Stat(ChromiumPath); err != nil {
		t.Fatalf("the browser tests need Chromium at %s: install Debian's package chromium (make test does it as root): %v", ChromiumPath, err)
	}
	profile := t.TempDir() // removed after the browser has exited (cleanups run in reverse)
	b := &Browser{proxy: newRecorder()}
	t.Cleanup(b.proxy.close)

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(ChromiumPath),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("metrics-recording-only", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater,PrivacySandboxSettings4,InterestFeedContentSuggestions"),
		chromedp.Flag("disable-component-extensions-with-background-pages", true),
		chromedp.Flag("disable-field-trial-config", true),
		chromedp.Flag("disable-search-engine-choice-screen", true),
		chromedp.Flag("password-store", "basic"),
		chromedp.Flag("use-mock-keychain", true),
		// Everything, loopback included, goes through the recorder.
		chromedp.ProxyServer(b.proxy.srv.URL),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx, chromedp.WithListener(b.listen))
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil { // start the browser, with no timeout
		t.Fatalf("starting %s: %v", ChromiumPath, err)
	}
	b.Ctx = ctx
	return b
}

// listen keeps console errors, uncaught exceptions and browser log errors
// (failed loads, CSP violations). It runs on chromedp's event goroutine.
func (b *Browser) listen(ev any) {
	var msg string
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type != runtime.ConsoleAPICalledTypeError && ev.Type != runtime.ConsoleAPICalledTypeAssert {
			return
		}
		var parts []string
		for _, a := range ev.Args {
			switch {
			case a.Description != "":
				parts = append(parts, a.Description)
			case len(a.Value) > 0:
				parts = append(parts, strings.Trim(string(a.Value), `"`))
			default:
				parts = append(parts, string(a.Type))
			}
		}
		msg = "console." + string(ev.Type) + ": " + strings.Join(parts, " ")
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg = "exception: " + d.Text
		if d.Exception != nil && d.Exception.Description != "" {
			msg += " " + d.Exception.Description
		}
	case *network.EventRequestWillBeSent:
		b.mu.Lock()
		b.page = append(b.page, ev.Request.URL)
		b.mu.Unlock()
		return
	case *log.EventEntryAdded:
		if ev.Entry.Level != log.EntryLevelError {
			return
		}
		msg = fmt.Sprintf("log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
	default:
		return
	}
	b.mu.Lock()
	b.console = append(b.console, msg)
	b.mu.Unlock()
}

// Do runs chromedp actions in the browser's tab.
func (b *Browser) Do(steps ...chromedp.Action[chromedp.Void]) error {
	return chromedp.Do(b.Ctx, steps...)
}

// ConsoleErrors returns the errors logged by the page so far.
func (b *Browser) ConsoleErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.console...)
}

// Requests returns every URL the browser asked for so far: pages,
// subresources, the service worker's fetches and the browser's own.
func (b *Browser) Requests() []string { return b.proxy.URLs() }

// PageRequests returns the URLs the page's document requested, from its
// network events (whether the network or the service worker answered).
// Workers' requests are not in it; Requests has them.
func (b *Browser) PageRequests() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.page...)
}

// RequestsOutside returns the requests, from the page, its service worker
// or the browser, that went anywhere but origin ("http://127.0.0.1:port"),
// leaving out the browser's own services (see browserServices). Requests
// the page made are all checked, services included.
func (b *Browser) RequestsOutside(origin string) []string {
	var out []string
	for _, u := range b.proxy.URLs() {
		if !sameOrigin(u, origin) && !isBrowserService(u) {
			out = append(out, u)
		}
	}
	for _, u := range b.PageRequests() {
		// data: and blob: URLs (Chromium's own date-picker icon, a file
		// download made in the page) are built in the browser: no network.
		if !sameOrigin(u, origin) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
			out = append(out, "page: "+u)
		}
	}
	return out
}

func sameOrigin(u, origin string) bool {
	return u == origin || strings.HasPrefix(u, origin+"/")
}

func isBrowserService(u string) bool {
	for _, s := range browserServices {
		if u == s || (strings.HasSuffix(s, "/") && strings.HasPrefix(u, s)) {
			return true
		}
	}
	return false
}

// ClearLogs forgets the requests and console errors recorded so far.
func (b *Browser) ClearLogs() {
	b.proxy.reset()
	b.mu.Lock()
	b.console = nil
	b.page = nil
	b.mu.Unlock()
}

// Eval evaluates a JavaScript expression (awaiting a promise) in the page.
func Eval[T any](b *Browser, expr string) (T, error) {
	return chromedp.Run(b.Ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
}

// WaitMounted waits until the wasm app has mounted its page: the shell sets
// data-mounted on <html> in OnMount, which only runs in the browser.
func WaitMounted() chromedp.Action[chromedp.Void] {
	return WaitJS(`document.documentElement.dataset.mounted === "true"`, 60*time.Second)
}

// WaitServiceWorker waits until a service worker controls the page.
// WaitDrawn waits until a page drawn in parts (the results, the report)
// has every part on screen.
func WaitDrawn() chromedp.Action[chromedp.Void] {
	return WaitJS(`document.documentElement.dataset.drawn === "true"`, 20*time.Second)
}

func WaitServiceWorker() chromedp.Action[chromedp.Void] {
	return WaitJS(`navigator.serviceWorker.controller !== null`, 30*time.Second)
}

// WaitPrecached waits until one cache holds every URL in urls (see
// PrecacheList): go-app's worker takes control before its precache has
// finished, so an offline test must wait for this too.
func WaitPrecached(urls []string) chromedp.Action[chromedp.Void] {
	list := `["` + strings.Join(urls, `","`) + `"]`
	return WaitJS(`(async () => {
		for (const k of await caches.keys()) {
			const c = await caches.open(k);
			const hits = await Promise.all(`+list+`.map(u => c.match(u)));
			if (hits.every(Boolean)) return true;
		}
		return false;
	})()`, 60*time.Second)
}

// WaitJS polls a JavaScript expression (which may return a promise) until
// it is true.
func WaitJS(expr string, timeout time.Duration) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		deadline := time.Now().Add(timeout)
		var lastErr error
		for {
			ok, err := chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise)(ctx, t)
			if err == nil && ok {
				return nil
			}
			if err != nil {
				lastErr = err
			}
			if time.Now().After(deadline) {
				if lastErr != nil {
					return fmt.Errorf("waiting for %s: %w", firstLine(expr), lastErr)
				}
				return fmt.Errorf("waiting for %s: timed out after %s", firstLine(expr), timeout)
			}
			select {
			case <-ctx.Done():
				return errors.Join(ctx.Err(), lastErr)
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i] + "…"
	}
	return s
}
