package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// warmingUp reports whether the app runs in the compile worker against the
// throw-away window of web/warmup-stub.js, only so that V8 compiles the
// start-up code before the page runs it (app/appjs.go). Work that is not
// start-up code (update checks, saved data) is skipped there.
func warmingUp() bool {
	return app.IsClient && app.Window().Get("socreadyWarmUp").Truthy()
}

// warmUpDone tells the compile worker that the first render is mounted, so
// it hands the module to the page without waiting for its time limit.
func warmUpDone() {
	if done := app.Window().Get("socreadyWarmUpDone"); done.Type() == app.TypeFunction {
		done.Invoke()
	}
}
