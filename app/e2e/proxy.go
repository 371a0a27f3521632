package e2e

import (
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"sync"
)

// recorder is the HTTP proxy the browser sends every request through,
// including the service worker's and the browser's own, so a test sees every
// URL that was asked for. It forwards requests for loopback hosts (the test
// sites) and refuses everything else: nothing leaves this machine.
type recorder struct {
	srv *httptest.Server

	mu   sync.Mutex
	urls []string
}

func newRecorder() *recorder {
	r := &recorder{}
	forward := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme = "http"
			pr.Out.URL.Host = pr.In.URL.Host
			pr.Out.Host = pr.In.Host
		},
		Transport: &http.Transport{
			Proxy:              nil,
			DisableCompression: true, // pass Accept-Encoding and .br bodies through untouched
		},
		// A stopped site: fail like a dead network, not with a 502 page.
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, _ error) { dropConnection(w) },
	}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method == http.MethodConnect {
			r.record("https://" + req.Host)
			dropConnection(w)
			return
		}
		r.record(req.URL.String())
		if !isLoopback(req.URL.Hostname()) {
			dropConnection(w)
			return
		}
		forward.ServeHTTP(w, req)
	}))
	return r
}

func (r *recorder) record(u string) {
	r.mu.Lock()
	r.urls = append(r.urls, u)
	r.mu.Unlock()
}

// URLs returns every URL requested so far, in order.
func (r *recorder) URLs() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.urls...)
}

func (r *recorder) reset() {
	r.mu.Lock()
	r.urls = nil
	r.mu.Unlock()
}

func (r *recorder) close() { r.srv.Close() }

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// dropConnection closes the client connection without an answer.
func dropConnection(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	w.WriteHeader(http.StatusBadGateway)
}
