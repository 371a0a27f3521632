package ui

import (
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ProductName is shown in the header, the document title and the manifest.
const ProductName = "SOC Ready"

// Shell is the layout every page renders into: a skip link, the header with
// the product name, navigation and (when the browser offers it) an install
// button, a polite "new version" notice, the <main id="main"> landmark that
// holds Body, and the footer.
//
// Use it as the root of a page's Render:
//
//	func (p *resultsPage) Render() app.UI {
//		return &ui.Shell{
//			Title:       "Results",                       // document title: "Results · SOC Ready"
//			Description: "Your readiness scores and gaps.", // meta description (optional)
//			Body:        []app.UI{app.H1().Text("Results"), …},
//		}
//	}
//
// Each page writes its own <h1> in Body. Links between pages must use
// ui.Path("/results") (see Path). The page Content-Security-Policy has no
// 'unsafe-inline': style with classes from web/app.css, not Style() or
// inline <style>/<script>.
type Shell struct {
	app.Compo

	// Title is the page's name for the document title; "" gives the
	// product name alone.
	Title string
	// Description replaces the site's meta description when set.
	Description string
	// Body is the content of <main>.
	Body []app.UI

	installable  bool // the browser offers to install the app
	appleInstall bool // Safari: installing is a manual step, show how
	showHelp     bool
	updateReady  bool   // a new version is cached: offer a reload
	current      string // in-app path of this page, for aria-current
}

// updateInterval is how often a running app asks for a new service worker.
// go-app v10 has no automatic check besides the one at page load.
const updateInterval = 30 * time.Minute

// firstUpdateCheck is how long after the start the app first asks.
const firstUpdateCheck = 10 * time.Second

var updateChecks sync.Once

// OnInit runs before the first render, on the server and in the browser
// alike, so both render the same navigation and the page does not shift
// when the wasm takes over.
func (s *Shell) OnInit(ctx app.Context) { s.current = CurrentPath(ctx) }

// OnPreRender sets the head of the pre-rendered page.
func (s *Shell) OnPreRender(ctx app.Context) { s.setHead(ctx) }

// OnNav keeps the document title in step with the page after a client-side
// navigation.
func (s *Shell) OnNav(ctx app.Context) { s.setHead(ctx) }

func (s *Shell) setHead(ctx app.Context) {
	s.current = CurrentPath(ctx)
	title := ProductName
	if s.Title != "" {
		title = s.Title + " · " + ProductName
	}
	if app.IsClient && headShows(title, s.Description) {
		return
	}
	ctx.Page().SetTitle("%s", title)
	if s.Description != "" {
		ctx.Page().SetDescription("%s", s.Description)
	}
}

// headShows reports whether the document already has this title and
// description, as the pre-rendered page does when the app starts on it.
// Setting them again took a dozen JavaScript calls (go-app also looks up,
// and writes, the Open Graph tags) in the start's longest task.
func headShows(title, description string) bool {
	doc := app.Window().Get("document")
	if doc.Get("title").String() != title {
		return false
	}
	if description == "" {
		return true
	}
	meta := doc.Call("querySelector", `meta[name="description"]`)
	return meta.Truthy() && meta.Call("getAttribute", "content").String() == description
}

// OnMount runs in the browser only: it reads the install and update state,
// starts the periodic update check once per app start, and marks the
// document as mounted for tests and benchmarks (see markMounted).
func (s *Shell) OnMount(ctx app.Context) {
	s.installable = ctx.IsAppInstallable()
	s.appleInstall = ctx.IsAppleBrowser()
	s.updateReady = ctx.AppUpdateAvailable()
	if warmingUp() {
		// A page that draws in parts (parts.go) says when its last is on.
		go func() {
			time.Sleep(partPause)
			if revealing == 0 {
				warmUpDone()
			}
		}()
		return
	}
	updateChecks.Do(func() {
		go func() {
			// Not in the start's task: the browser checks for a new
			// service worker itself when it loads a page.
			time.Sleep(firstUpdateCheck)
			app.TryUpdate()
			for range time.Tick(updateInterval) {
				app.TryUpdate()
			}
		}()
	})
	markMounted()
}

// markMounted tells tests and benchmarks that the wasm app is up: it sets
// data-mounted on <html> and a performance mark "app-mounted" (time since
// navigation start). app/internal/hello does the same.
func markMounted() {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-mounted", "true")
	if perf := app.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", "app-mounted")
	}
}

// OnAppUpdate fires when a new version has been installed in the
// background.
func (s *Shell) OnAppUpdate(ctx app.Context) { s.updateReady = ctx.AppUpdateAvailable() }

// OnAppInstallChange fires when the browser starts or stops offering to
// install the app.
func (s *Shell) OnAppInstallChange(ctx app.Context) { s.installable = ctx.IsAppInstallable() }

func (s *Shell) onInstall(ctx app.Context, e app.Event) {
	if s.appleInstall {
		s.showHelp = !s.showHelp
		return
	}
	ctx.ShowAppInstallPrompt()
}

func (s *Shell) onReload(ctx app.Context, e app.Event) { ctx.Reload() }

// onSkip moves focus to <main> without touching the URL: the fragment may
// carry shared data, and go-app would otherwise record "#main" in history.
func (s *Shell) onSkip(ctx app.Context, e app.Event) {
	e.PreventDefault()
	e.Call("stopPropagation")
	if main := app.Window().GetElementByID("main"); main.Truthy() {
		main.Call("focus")
	}
}

func (s *Shell) Render() app.UI {
	return app.Div().Class("shell").Body(
		s.renderSkipLink(),
		app.Header().Class("site-header").Body(
			app.Div().Class("wrap header-row").Body(
				// The logo is drawn by CSS (.brand::before): go-app drops an
				// empty alt, and the link's text already names it.
				app.A().Class("brand").Href(Path("/")).Text(ProductName),
				s.renderNav(),
				app.If(s.installable, func() app.UI {
					return app.Button().Class("button button-quiet install").
						Type("button").Text("Install app").OnClick(s.onInstall)
				}),
			),
			app.If(s.showHelp, func() app.UI {
				return app.P().Class("wrap install-help").
					Text("To install in Safari, open the Share menu and choose Add to Home Screen (or Add to Dock on a Mac).")
			}),
		),
		app.Div().Class("update-notice-region").Aria("live", "polite").Body(
			app.If(s.updateReady, func() app.UI {
				return app.Div().Class("wrap update-notice").Body(
					app.Span().Text("A new version is ready."),
					app.Button().Class("button").Type("button").Text("Reload").OnClick(s.onReload),
				)
			}),
		),
		app.Main().ID("main").Class("wrap main").TabIndex(-1).Body(s.Body...),
		app.Footer().Class("site-footer").Body(
			app.Div().Class("wrap").Body(
				app.P().Text("SOC Ready runs entirely in your browser. Your answers stay on this device unless you choose to share them."),
				app.P().Class("small").Text("A readiness aid, not an audit opinion. Open source."),
				app.If(!app.IsServer, func() app.UI { return &offlineStatus{} }),
			),
		),
	)
}

// renderSkipLink is raw HTML on the server, whose resolver would turn
// "#main" into "/base#main" under a sub-path, and a go-app link in the
// browser, where onSkip moves the focus.
func (s *Shell) renderSkipLink() app.UI {
	if app.IsServer {
		return app.Raw(`<a class="skip-link" href="#main">Skip to content</a>`)
	}
	return app.A().Class("skip-link").Href("#main").Text("Skip to content").OnClick(s.onSkip)
}

func (s *Shell) renderNav() app.UI {
	var links []app.UI
	for _, p := range Pages() {
		if p.Nav == "" {
			continue
		}
		a := app.A().Href(Path(p.Path)).Text(p.Nav)
		if p.Path == s.current {
			a = a.Aria("current", "page")
		}
		links = append(links, app.Li().Body(a))
	}
	return app.Nav().Class("site-nav").Aria("label", "Main").Body(app.Ul().Body(links...))
}
