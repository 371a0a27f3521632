package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// replayEarly carries out what the user did on the pre-rendered home page
// before the app had started (web/early.js held it): a file chosen for
// import is imported, and a press on "Start an assessment" starts one.
func (p *homePage) replayEarly(ctx app.Context) {
	take := app.Window().Get("socreadyTakeEarly")
	if take.Type() != app.TypeFunction {
		return
	}
	held := take.Invoke()
	start := false
	for i := 0; i < held.Length(); i++ {
		item := held.Index(i)
		switch item.Get("kind").String() {
		case "import":
			importFile(ctx, item.Get("file"), p.imported)
		case "start":
			start = true
		}
	}
	if start {
		ctx.Defer(func(ctx app.Context) { p.onStart(ctx, app.Event{}) })
	}
}
