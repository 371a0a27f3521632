// Package statichost serves a static build the way a typical static host
// (GitHub Pages, a CDN bucket) does, so tests and `socready preview` see
// what users will: the site mounted under a base path, "/page" answered by
// page.html, "/base" redirected to "/base/", and precompressed .br/.gz
// siblings sent with Content-Encoding when the client accepts them.
package statichost

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func init() {
	// Not every system's mime table knows these.
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".webmanifest", "application/manifest+json")
	_ = mime.AddExtensionType(".svg", "image/svg+xml")
}

// Handler serves dir under base ("" for the domain root, or "/sub").
func Handler(dir, base string) http.Handler {
	return &host{dir: dir, base: strings.TrimRight(base, "/")}
}

type host struct {
	dir  string
	base string
}

func (h *host) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if h.base != "" {
		if p == h.base {
			http.Redirect(w, r, h.base+"/", http.StatusMovedPermanently)
			return
		}
		if !strings.HasPrefix(p, h.base+"/") {
			http.NotFound(w, r)
			return
		}
		p = strings.TrimPrefix(p, h.base)
	}
	name, ok := h.resolve(p)
	if !ok {
		http.NotFound(w, r)
		return
	}
	h.serveFile(w, r, name)
}

// resolve maps a URL path to a file below dir.
func (h *host) resolve(p string) (string, bool) {
	p = path.Clean("/" + p)
	candidates := []string{p}
	switch {
	case strings.HasSuffix(p, "/"):
		candidates = []string{p + "index.html"}
	case path.Ext(p) == "":
		candidates = append(candidates, p+".html", p+"/index.html")
	}
	for _, c := range candidates {
		name := filepath.Join(h.dir, filepath.FromSlash(c))
		if fi, err := os.Stat(name); err == nil && fi.Mode().IsRegular() {
			return name, true
		}
	}
	return "", false
}

// serveFile sends name, or its .br/.gz sibling when the client accepts it.
func (h *host) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Content-Type-Options", "nosniff")

	send := name
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.token) {
			continue
		}
		if fi, err := os.Stat(name + enc.ext); err == nil && fi.Mode().IsRegular() {
			send = name + enc.ext
			w.Header().Set("Content-Encoding", enc.token)
			break
		}
	}
	w.Header().Add("Vary", "Accept-Encoding")

	f, err := os.Open(send)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, "", fi.ModTime(), f)
}

// acceptsEncoding reports whether an Accept-Encoding header allows token
// (a q=0 entry refuses it).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), token) {
			continue
		}
		for _, f := range fields[1:] {
			if q := strings.TrimSpace(f); q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
				return false
			}
		}
		return true
	}
	return false
}
