package ui

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// editor loads the assessment named in the fragment, scores it, and saves
// every change. Pages that show or edit one assessment embed it. Data flows
// one way: a change updates a.Answers or a.Scope, then commit rescores and
// saves, then the page renders from a and res.
type editor struct {
	a    engine.Assessment
	bank *engine.Bank
	fw   *engine.Framework
	res  *engine.Result
	// version counts rescores: whatever a page derives from a and res is
	// stale once it changes.
	version int
	// derived caches insights for one version.
	derived struct {
		insights
		version int
		ok      bool
	}

	loaded   bool
	problem  string // why nothing can be shown (unknown id, damaged data…)
	status   string // save status for the live region
	failed   bool   // the last save failed: status is an error
	conflict bool   // another tab saved a newer version

	pending  int // generation of the debounced save; 0 when nothing waits
	unsaved  int // changes a failed save left unsaved, over every assessment
	stopSync func()

	// drawSaved, when set, draws the save status after a timed save, from
	// the timer's context; without it go-app redraws the whole page.
	drawSaved func(ctx app.Context)

	// page is the page component's own context. Deferred work (moving
	// focus) goes through it: go-app drops a Defer made from an element's
	// context when the update replaced that element, as it does to a button
	// that changes with the section.
	page app.Context
}

// load reads the assessment named in the fragment. On the server (pre-render)
// there is no fragment and no storage: the page shows its loading text.
func (e *editor) load(ctx app.Context) {
	if app.IsServer {
		return
	}
	e.page = ctx
	ws := workspace()
	lib, err := library()
	e.loaded, e.problem = true, ""
	if err != nil {
		e.problem = "The question banks failed to load: " + err.Error()
		return
	}
	id, named := assessmentInFragment(ctx.Page().URL())
	if named && id == "" {
		e.problem = msgDamagedLink
		return
	}
	if id == "" {
		// From the header navigation: continue with the most recent one.
		id = ws.Latest()
		if id == "" {
			e.problem = "There is no assessment in this browser yet. Start one from the home page."
			return
		}
		u := *ctx.Page().URL()
		u.Fragment = "a=" + id
		ctx.Page().ReplaceURL(&u)
	}
	a, err := ws.Load(id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		e.problem = "This assessment is not saved in this browser. It may have been deleted, or saved in another browser or device."
		return
	case errors.Is(err, store.ErrNewer):
		e.problem = "This assessment was saved by a newer version of SOC Ready. Reload the page to get the new version."
		return
	case err != nil:
		e.problem = "This assessment's saved data is damaged and cannot be opened. It has been left untouched."
		return
	}
	// Answers given with an earlier version of the questions are brought to
	// the current one in memory; the record is rewritten only by the user's
	// next change, so opening it never alters what is stored.
	notice, err := share.Upgrade(&a, share.LookupFrom(lib))
	if err != nil {
		e.problem = share.UserMessage(err) + " It has been left untouched."
		return
	}
	rememberMigration(a.ID, notice)
	e.a = a
	e.setBank(lib)
	e.rescore()
	e.unsaved = unsavedCount()
	if ws.IsUnsaved(a.ID) {
		e.status, e.failed = msgStorageFull, true
	}
	if storageMissing {
		e.status, e.failed = msgStorageMissing, true
	}
	activeEditor = e
	e.watchOtherTabs(ctx)
}

func (e *editor) setBank(lib *engine.Library) {
	e.a.Scope = lib.NormalizeScope(e.a.Scope)
	e.bank, e.fw = lib.BankFor(e.a.Scope)
	if e.a.Answers == nil {
		e.a.Answers = engine.Answers{}
	}
	if e.a.Scoping == nil {
		e.a.Scoping = engine.Answers{}
	}
	e.a.Bank, e.a.BankVersion = e.bank.ID, e.bank.Version
}

func (e *editor) rescore() {
	e.res = engine.Score(e.bank, e.fw, e.a.Scope, e.a.Answers)
	e.version++
}

// Saves wait a moment so that writing to storage never delays showing an
// answer: go-app draws the change in the frame after the handler, and a save
// (encode and write the whole assessment) made in the handler held that
// frame back. flush saves at once on pagehide, when the tab is hidden and
// when the page is left, so neither delay can lose the last change.
const (
	choiceSaveDelay = 50 * time.Millisecond  // after a click: one save, just after the frame
	typingSaveDelay = 400 * time.Millisecond // after a keystroke: a pause in typing
)

// commit rescores now and saves just after the change is on screen.
func (e *editor) commit(ctx app.Context) {
	e.rescore()
	e.saveAfter(ctx, choiceSaveDelay)
}

// commitLater rescores now and saves after a pause in typing.
func (e *editor) commitLater(ctx app.Context) {
	e.rescore()
	e.saveAfter(ctx, typingSaveDelay)
}

// saveAfter saves once d has passed without another change. The timer runs
// on the page's context, not the element's: go-app drops a timer whose
// element is gone, as a note field is after "Next section".
func (e *editor) saveAfter(ctx app.Context, d time.Duration) {
	e.pending++
	gen := e.pending
	timer := e.page
	if timer.Src() == nil {
		timer = ctx
	}
	timer.After(d, func(ctx app.Context) {
		if e.pending != gen {
			ctx.PreventUpdate() // a later change saves: nothing to draw
			return
		}
		e.save(false)
		if e.drawSaved != nil {
			e.drawSaved(ctx)
		}
	})
}

func (e *editor) flush() {
	if e.pending != 0 {
		e.save(false)
	}
}

func (e *editor) save(force bool) {
	e.pending = 0
	if !e.loaded || e.problem != "" {
		return
	}
	ws := workspace()
	var err error
	if force {
		err = ws.ForceSave(&e.a)
	} else {
		err = ws.Save(&e.a)
	}
	if err == nil && ws.HasUnsaved() {
		ws.RetryUnsaved() // a change is also a chance to save the others
	}
	e.unsaved = unsavedCount()
	e.conflict = errors.Is(err, store.ErrConflict)
	switch {
	case e.conflict:
		e.status, e.failed = msgConflict, true
	case storageMissing:
		e.status, e.failed = msgStorageMissing, true
	case err != nil:
		e.status, e.failed = msgStorageFull, true
	default:
		e.status, e.failed = "Saved at "+time.Now().Format("15:04:05")+".", false
	}
}

// keepOtherTab drops this tab's unsaved edits for the version another tab saved.
func (e *editor) keepOtherTab(ctx app.Context, _ app.Event) {
	e.conflict = false
	workspace().Discard(e.a.ID)
	e.load(ctx)
	e.status, e.failed = "Loaded the version saved in the other tab.", false
}

// keepThisTab overwrites the other tab's version with this one.
func (e *editor) keepThisTab(ctx app.Context, _ app.Event) { e.save(true) }

// watchOtherTabs listens for saves from other tabs (the storage event) and
// for the page being hidden or closed (to flush a pending save).
func (e *editor) watchOtherTabs(ctx app.Context) {
	if e.stopSync != nil {
		return
	}
	win := app.Window()
	onStorage := app.FuncOf(func(this app.Value, args []app.Value) any {
		key := args[0].Get("key")
		if key.IsNull() || key.String() != store.RecordPrefix+e.a.ID {
			return nil
		}
		ctx.Dispatch(func(ctx app.Context) {
			if e.pending != 0 || workspace().IsUnsaved(e.a.ID) {
				e.status, e.failed, e.conflict = msgConflict, true, true
				return
			}
			e.load(ctx)
			e.status, e.failed = "Updated with changes made in another tab.", false
		})
		return nil
	})
	onHide := app.FuncOf(func(this app.Value, args []app.Value) any {
		// Runs synchronously inside the browser's event: save before the tab goes.
		e.flush()
		return nil
	})
	stopRetries := watchRetries(ctx, e.retried)
	win.Call("addEventListener", "storage", onStorage)
	win.Call("addEventListener", "pagehide", onHide)
	app.Window().Get("document").Call("addEventListener", "visibilitychange", onHide)
	e.stopSync = func() {
		stopRetries()
		win.Call("removeEventListener", "storage", onStorage)
		win.Call("removeEventListener", "pagehide", onHide)
		app.Window().Get("document").Call("removeEventListener", "visibilitychange", onHide)
		onStorage.Release()
		onHide.Release()
	}
}

// retried updates the status after the failed saves were tried again.
func (e *editor) retried(ctx app.Context) {
	e.unsaved = unsavedCount()
	if e.failed && !e.conflict && !workspace().IsUnsaved(e.a.ID) && !storageMissing {
		e.status, e.failed = "Saved at "+time.Now().Format("15:04:05")+".", false
	}
}

// stop flushes and removes the listeners; pages call it from OnDismount.
func (e *editor) stop() {
	e.flush()
	if activeEditor == e {
		activeEditor = nil
	}
	if e.stopSync != nil {
		e.stopSync()
		e.stopSync = nil
	}
}

// renderStatus is the save-status live region.
func (e *editor) renderStatus() app.UI {
	return &statusLine{State: e.saveState(), Editor: e}
}

func (e *editor) saveState() saveState {
	return saveState{Text: e.status, Failed: e.failed, Conflict: e.conflict, Unsaved: e.unsaved}
}

// renderProblem is shown instead of the page when nothing can be loaded.
func (e *editor) renderProblem() app.UI {
	return app.Div().Class("notice notice-error").Role("alert").Body(
		app.P().Text(e.problem),
		app.P().Body(app.A().Href(Path("/")).Text("Go to your saved assessments")),
	)
}

// renderLoading is what the pre-rendered page and the first frame show.
func renderLoading(what string) app.UI {
	return app.P().Class("loading").Text("Loading " + what + "… (this needs JavaScript and WebAssembly; your data stays in this browser)")
}
