package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rootPrefix is the hosting sub-path without its trailing slash ("" at a
// domain root). It is read once: app.Getenv is a call into JavaScript, and
// every render builds links.
var rootPrefix = sync.OnceValue(func() string {
	return strings.TrimRight(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
})

// Path returns the URL of an in-app page such as "/results", for an Href or
// ctx.Navigate. Always use it for internal links: when the site is hosted
// under a sub-path (make dist BASE=/socready), go-app prefixes URLs it
// pre-renders on the server but not the ones the wasm renders, so without
// it a link clicked after start-up would leave the app's sub-path.
func Path(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	if app.IsServer {
		// The server's resource resolver adds the prefix to every href, but
		// turns "/" into "/base", which static hosts answer with a redirect
		// (and a redirected response cannot be served offline). "/./"
		// becomes "/base/./", which the browser reads as "/base/".
		if p == "/" {
			return "/./"
		}
		return p
	}
	return rootPrefix() + p
}

// CurrentPath is the in-app path of the page being shown ("/results"),
// without the hosting sub-path.
func CurrentPath(ctx app.Context) string {
	p := ctx.Page().URL().Path
	if prefix := rootPrefix(); prefix != "" {
		p = strings.TrimPrefix(p, prefix)
	}
	if p == "" {
		p = "/"
	}
	return p
}
