// Package e2e runs SOC Ready's static build in a real headless Chromium
// (Debian's /usr/bin/chromium, driven by chromedp) and checks what a user
// and a browser see: the pages mount, nothing is fetched from another
// origin, the service worker takes over, and a reload works with the server
// gone.
//
// The helpers in the non-test files are meant for every UI test:
//
//	b := e2e.LoadBuilds(t)                   // dist/ and dist-sub/ (see Builds)
//	site := e2e.StartSite(t, b.Dist, "")     // served on 127.0.0.1 like a static host
//	br := e2e.NewBrowser(t)                  // fresh profile, every request recorded
//	br.Do(chromedp.Navigate(site.URL("/results")), e2e.WaitMounted())
//	h1, err := e2e.Eval[string](br, `document.querySelector("h1").textContent`)
//	br.RequestsOutside(site.Origin)          // must be empty
//	br.ConsoleErrors()                       // must be empty
//	site.Stop()                              // the network is gone for this site
//
// make test sets SOCREADY_DIST, SOCREADY_DIST_SUB and SOCREADY_SUB_BASE; run
// alone (go test ./app/e2e) the package builds them with make first.
package e2e
