// Command hello is a bare go-app v10 "hello world", built exactly like the
// real app (same flags, same handler settings that matter for size and
// start-up), so `make bench` can show what our own code costs on top of
// go-app itself.
//
// Usage (native): hello -dist dir   writes a static site for the wasm in dir/web.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

// OnMount marks the document the same way the real app's shell does, so the
// benchmark measures both apps to the same event.
func (h *hello) OnMount(ctx app.Context) {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-mounted", "true")
	app.Window().Get("performance").Call("mark", "app-mounted")
}

func (h *hello) Render() app.UI {
	return app.Main().Body(app.H1().Text("Hello, world"))
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	if app.IsClient {
		return
	}

	dist := flag.String("dist", "", "directory to write the static site to")
	version := flag.String("version", "dev", "build version")
	flag.Parse()
	if *dist == "" {
		fmt.Fprintln(os.Stderr, "hello: -dist is required")
		os.Exit(2)
	}
	h := &app.Handler{
		Name:        "Hello",
		Title:       "Hello",
		Description: "A bare go-app hello world, for comparison.",
		Version:     *version,
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable-512.png",
			SVG:      "/web/icon.svg",
		},
	}
	if err := app.GenerateStaticWebsite(*dist, h); err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
}
