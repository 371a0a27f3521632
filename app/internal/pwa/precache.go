// Package pwa reads what go-app's generated service worker will precache and
// maps those URLs to the files of a static build, so the build and the tests
// can prove that every precached URL exists (one missing file makes the whole
// precache fail, and with it offline use).
package pwa

import (
	"errors"
	"fmt"
	json "github.com/goccy/go-json"
	"path"
	"regexp"
	"strings"
)

// go-app writes the list as `const resourcesToCache = [...];` in app-worker.js.
var precacheRE = regexp.MustCompile(`(?m)^const resourcesToCache = (\[.*\]);$`)

// PrecacheURLs returns the URLs listed in an app-worker.js.
func PrecacheURLs(workerJS []byte) ([]string, error) {
	m := precacheRE.FindSubmatch(workerJS)
	if m == nil {
		return nil, errors.New("app-worker.js: resourcesToCache not found")
	}
	var urls []string
	if err := json.Unmarshal(m[1], &urls); err != nil {
		return nil, fmt.Errorf("app-worker.js: resourcesToCache: %w", err)
	}
	if len(urls) == 0 {
		return nil, errors.New("app-worker.js: resourcesToCache is empty")
	}
	return urls, nil
}

// FileFor maps a precached URL of a site hosted under base ("" or "/sub") to
// the file a static host serves for it, relative to the build directory, the
// way GitHub Pages and most hosts do: the site root is index.html and an
// extensionless page path is <path>.html. It fails for URLs outside base or
// on another origin.
func FileFor(base, u string) (string, error) {
	if strings.Contains(u, "://") || strings.HasPrefix(u, "//") {
		return "", fmt.Errorf("%s: not on this origin", u)
	}
	base = strings.TrimRight(base, "/")
	if base != "" {
		if u != base && !strings.HasPrefix(u, base+"/") {
			return "", fmt.Errorf("%s: outside %s", u, base)
		}
		u = strings.TrimPrefix(u, base)
	}
	p := path.Clean("/" + u)
	if p == "/" {
		return "index.html", nil
	}
	p = strings.TrimPrefix(p, "/")
	if path.Ext(p) == "" {
		p += ".html"
	}
	return p, nil
}
