//go:build !wasm

package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"time"

	"github.com/socready/socready/app/internal/statichost"
)

// serve runs the app with go-app's own handler, for development.
func serve(addr, web string, out io.Writer) error {
	cfg, err := readBuild(web)
	if err != nil {
		return err
	}
	gh, err := withPatchedWorker(newHandler(cfg))
	if err != nil {
		return err
	}
	h, err := withPatchedAppJS(gh)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "SOC Ready %s on %s\n", cfg.Version, displayURL(addr))
	return listen(addr, withCSP(h))
}

// withPatchedAppJS serves go-app's app.js with patchAppJS applied, as the
// static build does.
func withPatchedAppJS(h http.Handler) (http.Handler, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("app.js: status %d", rec.Code)
	}
	js, err := patchAppJS(rec.Body.String())
	if err != nil {
		return nil, err
	}
	etag := rec.Header().Get("ETag")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/app.js" && r.URL.Path != "/goapp.js" {
			h.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/javascript")
		io.WriteString(w, js)
	}), nil
}

// preview serves a static build the way a static host would.
func preview(addr, dir, base string, out io.Writer) error {
	if _, err := os.Stat(dir + "/index.html"); err != nil {
		return fmt.Errorf("%s is not a static build (run make dist): %w", dir, err)
	}
	fmt.Fprintf(out, "serving %s on %s%s/\n", dir, displayURL(addr), strings.TrimRight(base, "/"))
	return listen(addr, statichost.Handler(dir, base))
}

func listen(addr string, h http.Handler) error {
	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	return srv.ListenAndServe()
}

// withCSP also sends the policy as a header when we control the server,
// which covers what a <meta> cannot (frame-ancestors).
func withCSP(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp+"; frame-ancestors 'none'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		h.ServeHTTP(w, r)
	})
}

func displayURL(addr string) string {
	if strings.HasPrefix(addr, ":") {
		return "http://localhost" + addr
	}
	return "http://" + addr
}
