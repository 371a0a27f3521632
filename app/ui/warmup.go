package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

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

// warmUpWorkspace stands in for the browser's storage in the compile worker:
// it holds the sample assessment under the id the page's address names (or a
// new one), so that the warm-up opens the page as the user's browser will,
// with a saved assessment, and V8 compiles that code (decoding, scoring,
// planning, drawing the results) off the page's main thread too.
func warmUpWorkspace() *store.Workspace {
	ws := store.Open(store.NewMemory())
	lib, err := library()
	if err != nil {
		return ws
	}
	a, err := engine.Sample(lib)
	if err != nil {
		return ws
	}
	if a.ID, _ = assessmentInFragment(app.Window().URL()); a.ID == "" {
		a.ID = ws.NewID()
	}
	ws.Save(&a)
	return ws
}
