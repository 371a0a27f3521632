package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/socready/socready/app/internal/statichost"
)

// Site is a static build served on 127.0.0.1 the way a static host serves it
// (see statichost): under Base, with precompressed app.wasm.
type Site struct {
	Origin string // "http://127.0.0.1:port"
	Base   string // "" or "/socready"
	Dir    string

	srv  *httptest.Server
	once sync.Once
}

// StartSite serves dir under base until the test ends or Stop is called.
func StartSite(t testing.TB, dir, base string) *Site {
	t.Helper()
	return StartSiteWith(t, dir, base, nil)
}

// StartSiteWith is StartSite with the host's handler wrapped by wrap (nil for
// none): a slow download, a host that lacks some files.
func StartSiteWith(t testing.TB, dir, base string, wrap func(http.Handler) http.Handler) *Site {
	t.Helper()
	base = strings.TrimRight(base, "/")
	h := statichost.Handler(dir, base)
	if wrap != nil {
		h = wrap(h)
	}
	srv := httptest.NewServer(h)
	s := &Site{Origin: srv.URL, Base: base, Dir: dir, srv: srv}
	t.Cleanup(s.Stop)
	return s
}

// URL returns the absolute URL of an in-app path such as "/" or "/results".
func (s *Site) URL(path string) string {
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return s.Origin + s.Base + path
}

// Stop shuts the server down and closes its connections: from then on the
// browser can only get what its service worker cached, as when offline.
// (Chrome's emulated offline mode gave false passes.)
func (s *Site) Stop() {
	s.once.Do(func() {
		s.srv.CloseClientConnections()
		s.srv.Close()
	})
}
