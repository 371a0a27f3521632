package e2e

import (
	"os"
	"sort"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// BenchmarkMount measures the time from navigation start to the app's
// "app-mounted" performance mark, for SOC Ready and for a bare go-app hello
// world built the same way (make bench sets SOCREADY_HELLO_DIST), each in a
// fresh browser profile: cold (first visit, wasm from the loopback server,
// brotli) and warm (a reload served by the service worker). cpu4 slows the
// CPU 4× like Lighthouse's mobile profile. The medians are reported as
// cold-ms and warm-ms.
func BenchmarkMount(b *testing.B) {
	builds := LoadBuilds(b)
	hello := os.Getenv("SOCREADY_HELLO_DIST")
	if hello == "" {
		b.Fatal("SOCREADY_HELLO_DIST is unset: run make bench")
	}
	for _, app := range []struct{ name, dir string }{{"socready", builds.Dist}, {"hello", hello}} {
		for _, cpu := range []float64{1, 4} {
			name := app.name + "/cpu1"
			if cpu == 4 {
				name = app.name + "/cpu4"
			}
			b.Run(name, func(b *testing.B) {
				site := StartSite(b, app.dir, "")
				precache := PrecacheList(b, app.dir)
				var cold, warm []float64
				for i := 0; i < b.N; i++ {
					br := NewBrowser(b)
					if _, err := chromedp.Call(br.Ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: cpu}); err != nil {
						b.Fatal(err)
					}
					cold = append(cold, mountTime(b, br, chromedp.Navigate(site.URL("/"))))
					if err := br.Do(WaitServiceWorker(), WaitPrecached(precache)); err != nil {
						b.Fatal(err)
					}
					warm = append(warm, mountTime(b, br, chromedp.Reload()))
				}
				b.ReportMetric(median(cold), "cold-ms")
				b.ReportMetric(median(warm), "warm-ms")
			})
		}
	}
}

func mountTime(b *testing.B, br *Browser, nav chromedp.Action[chromedp.Void]) float64 {
	b.Helper()
	if err := br.Do(nav, WaitJS(`performance.getEntriesByName("app-mounted").length > 0`, 120*time.Second)); err != nil {
		b.Fatal(err)
	}
	ms, err := Eval[float64](br, `performance.getEntriesByName("app-mounted")[0].startTime`)
	if err != nil {
		b.Fatal(err)
	}
	return ms
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
