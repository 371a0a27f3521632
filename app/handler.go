//go:build !wasm

package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/ui"
)

// Colours shared with web/app.css (--accent, --bg) and the icons.
const (
	themeColor      = "#0e7490"
	backgroundColor = "#f7f9fb"
)

// csp is the page's Content-Security-Policy, as strict as go-app allows:
// only this origin, and 'wasm-unsafe-eval' because compiling app.wasm needs
// it. go-app's own scripts are files (app.js, wasm_exec.js), so no inline
// script or style is allowed. frame-ancestors cannot be set from a <meta>.
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'"

const cspMeta = `<meta http-equiv="Content-Security-Policy" content="` + csp + `">`

// buildConfig is what changes between builds of the same code.
type buildConfig struct {
	Base     string // "" at a domain root, or the sub-path such as "/socready"
	Version  string // changes whenever anything under web/ changes
	WasmSize int64  // uncompressed size of app.wasm, for the loading progress
}

// drawWhenIdleEnv turns on app/internal/goapppatch's draw-when-idle.patch.
const drawWhenIdleEnv = "GOAPP_DRAW_WHEN_IDLE"

// newHandler configures go-app for SOC Ready.
func newHandler(c buildConfig) *app.Handler {
	// The service worker precaches the shell, the wasm, the icons and these:
	// every page (so a reload of any route works offline), the SVG logo and
	// the worker that compiles the wasm (see appjs.go).
	cacheable := []string{"/web/icon.svg", "/web/compile-worker.js", "/web/warmup-stub.js"}
	for _, p := range ui.Pages() {
		if p.Path != "/" {
			cacheable = append(cacheable, p.Path)
		}
	}
	h := &app.Handler{
		Name:            ui.ProductName,
		ShortName:       ui.ProductName,
		Title:           ui.ProductName,
		Description:     "Check how ready your organization is for a SOC 1, SOC 2 or SOC 3 audit. Private: everything runs in your browser.",
		Author:          "SOC Ready contributors",
		Lang:            "en",
		ThemeColor:      themeColor,
		BackgroundColor: backgroundColor,
		// go-app's full-screen loader is restyled by web/app.css into a
		// small status line, so the pre-rendered page stays readable while
		// the wasm starts.
		LoadingLabel: "Starting the app…",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles: []string{"/web/app.css"},
		// Small page scripts, kept apart from go-app's loader: early.js holds
		// presses made before the app has started, offline.js reports
		// whether the service worker made the app ready offline.
		Scripts: []string{"/web/early.js", "/web/offline.js"},
		RawHeaders: []string{
			cspMeta,
			`<meta name="color-scheme" content="light dark">`,
		},
		CacheableResources: cacheable,
		// Read by the go-app patch the wasm is built with (see
		// app/internal/goapppatch): an answer is drawn at once, not on
		// go-app's next frame tick. Unpatched go-app ignores it.
		Env:               map[string]string{drawWhenIdleEnv: "1"},
		Version:           c.Version,
		WasmContentLength: strconv.FormatInt(c.WasmSize, 10),
	}
	if base := strings.TrimRight(c.Base, "/"); base != "" {
		h.Resources = app.PrefixedLocation(base)
		// The precache stores the root as "/base", but the page is
		// "/base/": "/./" resolves to "/base/./", which the browser
		// normalises to "/base/", so an offline reload finds it.
		h.CacheableResources = append(h.CacheableResources, "/./")
	}
	return h
}
