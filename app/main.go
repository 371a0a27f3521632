// Command socready is SOC Ready: a go-app PWA that tells a service
// organization how ready it is for a SOC 1, 2 or 3 audit.
//
// The same package is built twice. Compiled to WebAssembly (web/app.wasm) it
// is the app itself. Built natively (bin/socready) it serves the app for
// development and writes the static site:
//
//	socready [serve] [-addr :8000]             serve the app from ./web
//	socready -dist dir [-base /sub]            write a static site to dir
//	socready preview [-dir dist] [-base /sub]  serve a static build like a static host
//	socready report [-format text|json] [-today YYYY-MM-DD] [-min-readiness N] FILE.json
//
// Run it from the repository root: it reads ./web.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/ui"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
	// In the browser RunWhenOnBrowser never returns; this constant test also
	// lets the linker drop everything below from the wasm.
	if app.IsClient {
		return
	}
	os.Exit(runNative(os.Args[1:]))
}
