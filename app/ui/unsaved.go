package ui

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// Saving is never silently behind: the workspace keeps what a save could not
// write (store/unsaved.go); this file retries those saves whenever they
// could succeed (the window regains focus, another tab deletes or frees
// something), shows how many changes wait with a way to download them, and
// asks before the page is left while any wait.

// activeEditor is the editor of the page on screen, whose debounced save is
// flushed before the page is left.
var activeEditor *editor

var leaveGuard sync.Once

// guardLeaving asks the browser to confirm leaving the page while a change
// is not saved. The handler runs inside the beforeunload event.
func guardLeaving() {
	leaveGuard.Do(func() {
		onLeave := app.FuncOf(func(this app.Value, args []app.Value) any {
			if activeEditor != nil {
				activeEditor.flush()
			}
			if workspace().HasUnsaved() && len(args) > 0 {
				args[0].Call("preventDefault")
				args[0].Set("returnValue", "")
			}
			return nil
		})
		app.Window().Call("addEventListener", "beforeunload", onLeave)
	})
}

// watchRetries retries the failed saves when the window regains focus and
// when another tab changes the storage (a deletion there frees space here),
// then calls changed on the UI goroutine. It returns the function that
// stops watching.
func watchRetries(ctx app.Context, changed func(ctx app.Context)) (stop func()) {
	guardLeaving()
	retry := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && args[0].Get("type").String() == "storage" {
			key := args[0].Get("key")
			if !key.IsNull() && !strings.HasPrefix(key.String(), store.KeyPrefix) {
				return nil
			}
		}
		ctx.Dispatch(func(ctx app.Context) {
			if ws := workspace(); ws.HasUnsaved() {
				ws.RetryUnsaved()
				changed(ctx)
			}
		})
		return nil
	})
	win := app.Window()
	win.Call("addEventListener", "focus", retry)
	win.Call("addEventListener", "storage", retry)
	return func() {
		win.Call("removeEventListener", "focus", retry)
		win.Call("removeEventListener", "storage", retry)
		retry.Release()
	}
}

// unsavedText is "1 change not saved" or "3 changes not saved".
func unsavedText(n int) string {
	if n == 1 {
		return "1 change not saved."
	}
	return strconv.Itoa(n) + " changes not saved."
}

// downloadUnsaved downloads every assessment with unsaved changes as an
// export file, which imports back as it is. It returns what to tell the user.
func downloadUnsaved() (msg string, failed bool) {
	lib, err := library()
	if err != nil {
		return err.Error(), true
	}
	n := 0
	for _, a := range workspace().Unsaved() {
		bank, _ := lib.BankFor(a.Scope)
		data, err := share.Export(a, bank, time.Now())
		if err != nil {
			return share.UserMessage(err), true
		}
		download(fileName(a.Name)+"-unsaved.json", "application/json", data)
		n++
	}
	if n == 0 {
		return "Everything is saved now.", false
	}
	return "Downloaded: import the file on the home page to get these answers back in any browser.", false
}

// unsavedNotice is the count of unsaved changes with the download button.
type unsavedNotice struct {
	app.Compo

	Count int

	message string
	failed  bool
}

func (u *unsavedNotice) Render() app.UI {
	if u.Count == 0 {
		return app.Span().Class("unsaved-none")
	}
	return app.Div().Class("unsaved").Body(
		app.Strong().ID("unsaved-count").Text(unsavedText(u.Count)),
		app.Span().Text(" Saving is tried again when you make a change, come back to this tab, or delete an old assessment. "),
		app.Button().Type("button").Class("button").ID("download-unsaved").Text("Download unsaved answers").OnClick(u.onDownload),
		app.If(u.message != "", func() app.UI { return app.Span().Class("unsaved-message").Text(" " + u.message) }),
	)
}

func (u *unsavedNotice) onDownload(ctx app.Context, e app.Event) {
	u.message, u.failed = downloadUnsaved()
}

// unsavedCount is the number of changes not saved, 0 quickly when none.
func unsavedCount() int {
	ws := workspace()
	if !ws.HasUnsaved() {
		return 0
	}
	return ws.UnsavedChanges()
}
