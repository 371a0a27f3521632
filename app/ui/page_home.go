package ui

import (
	"errors"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// homePage introduces the tool and lists the assessments saved in this
// browser: open, rename, duplicate, delete with undo.
type homePage struct {
	app.Compo
	page app.Context // for deferred focus; see editor.page

	mounted  bool
	list     []store.Summary
	renaming string // id being renamed
	newName  string
	message  string // live-region message ("Deleted … Undo")
	failed   bool
	undo     func() error
	undoName string
	unsaved  int    // changes not saved, kept in this tab
	stop     func() // stops retrying failed saves
	// listing brings the saved assessments in a task after the first
	// render, which then draws what the pre-rendered page shows: the
	// start's first task is the longest on a phone (see parts.go).
	listing parts
}

var _ app.Navigator = (*homePage)(nil)

func (p *homePage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.page = ctx
	if storageMissing {
		p.message, p.failed = msgStorageMissing, true
	}
	p.listing.open(ctx, 0, func(ctx app.Context) {
		p.mounted = true
		p.refresh()
	})
}

func (p *homePage) refresh() {
	ws := workspace()
	p.list = ws.List()
	p.unsaved = unsavedCount()
}

// OnMount retries failed saves on focus and when another tab frees space;
// it also replays a press or file choice made before the app had started.
func (p *homePage) OnMount(ctx app.Context) {
	p.stop = watchRetries(ctx, func(ctx app.Context) { p.refresh() })
	p.replayEarly(ctx)
}

func (p *homePage) OnDismount() {
	p.listing.cancel()
	if p.stop != nil {
		p.stop()
		p.stop = nil
	}
}

func (p *homePage) Render() app.UI {
	return &Shell{
		Description: "Find out how ready your organization is for a SOC 1, SOC 2 or SOC 3 audit, and what to do next. Free, private, runs in your browser.",
		Body: []app.UI{
			app.Section().Class("hero").Aria("labelledby", "page-title").Body(
				app.H1().ID("page-title").TabIndex(-1).Text("How ready are you for your SOC audit?"),
				app.P().Class("lead").Text("Answer a guided questionnaire covering all 61 Trust Services Criteria (or the usual SOC 1 objectives) and get readiness scores, a prioritised gap list, a timeline and a printable report."),
				app.P().Class("lead").Text("Everything is computed on this device: no account, no server, no tracking."),
				app.Button().Type("button").Class("button button-primary button-large").ID("start").DataSet("early", "start").Text("Start an assessment").OnClick(p.onStart),
			),
			app.Div().Class("home-status").Aria("live", "polite").Body(
				&unsavedNotice{Count: p.unsaved},
				app.If(p.message != "", func() app.UI {
					cls := "notice"
					if p.failed {
						cls += " notice-error"
					}
					return app.Div().Class(cls).Body(
						app.Span().Text(p.message),
						app.If(p.undo != nil, func() app.UI {
							return app.Button().Type("button").Class("button").ID("undo").Text("Undo").OnClick(p.onUndo)
						}),
					)
				}),
			),
			app.Section().Class("card").Aria("labelledby", "h-saved").Body(
				app.H2().ID("h-saved").Text("Your assessments"),
				p.renderList(),
				app.P().Class("help").Text("Saved in this browser only. Your answers never leave this device unless you export or share them."),
			),
			app.Section().Class("card drop-zone").Aria("labelledby", "h-import").OnDragOver(p.onDragOver).OnDrop(p.onDrop).Body(
				app.H2().ID("h-import").Text("Import or request"),
				app.Div().Class("field").Body(
					app.Label().For("import-file").Text("Import a SOC Ready JSON file or its OSCAL assessment results (or drop it here)"),
					app.Input().Type("file").ID("import-file").DataSet("early", "import").Accept(".json,application/json").OnChange(p.onImport),
				),
				app.P().Body(
					app.Text("Need a vendor's readiness? "),
					app.A().Href(Path("/request")).Text("Build a request link"),
					app.Text(" that presets the scope you require."),
				),
			),
		},
	}
}

func (p *homePage) renderList() app.UI {
	if !p.mounted {
		return app.P().Text("Your saved assessments appear here once the app has loaded.")
	}
	if len(p.list) == 0 {
		return app.P().Text("No assessment yet. Start one above; it is saved as you go.")
	}
	return app.Ul().Class("saved-list").Body(app.Range(p.list).Slice(func(i int) app.UI {
		s := p.list[i]
		name := isolate(s.Name)
		if strings.TrimSpace(s.Name) == "" {
			name = "Untitled assessment"
		}
		if s.Problem != nil {
			return app.Li().Class("saved saved-problem").Body(
				app.Span().Text("A saved assessment ("+s.ID+") cannot be read: "+problemText(s.Problem)+" It is left untouched."),
				app.Button().Type("button").Class("button button-quiet").Text("Delete it").DataSet("id", s.ID).DataSet("name", "the damaged assessment").OnClick(p.onDelete),
			)
		}
		if p.renaming == s.ID {
			return app.Li().Class("saved").Body(
				app.Form().Class("rename").OnSubmit(p.onRenameSave).Body(
					app.Label().For("rename-input").Text("New name for “"+name+"”"),
					app.Input().Type("text").ID("rename-input").Value(p.newName).MaxLength(200).AutoFocus(true).OnInput(p.onRenameInput),
					app.Button().Type("submit").Class("button button-primary").Text("Save name"),
					app.Button().Type("button").Class("button button-quiet").Text("Cancel").OnClick(p.onRenameCancel),
				),
			)
		}
		return app.Li().Class("saved").Body(
			app.Div().Class("saved-main").Body(
				app.A().Class("saved-name").Href(assessmentURL("/assess", s.ID, "")).Text(name),
				app.If(s.Unsaved, func() app.UI { return app.Strong().Class("saved-unsaved").Text(" (changes not saved yet)") }),
				app.Span().Class("saved-meta").Text(reportTitle(string(s.Report))+orgSuffix(s.Organization)+" · updated "+whenText(s.Updated)),
			),
			app.Div().Class("saved-actions").Body(
				app.A().Class("button button-quiet").Href(assessmentURL("/results", s.ID, "")).Text("Results").Aria("label", "Results of "+name),
				app.Button().Type("button").Class("button button-quiet").Text("Rename").Aria("label", "Rename "+name).DataSet("id", s.ID).DataSet("name", strings.TrimSpace(s.Name)).OnClick(p.onRename),
				app.Button().Type("button").Class("button button-quiet").Text("Duplicate").Aria("label", "Duplicate "+name).DataSet("id", s.ID).OnClick(p.onDuplicate),
				app.Button().Type("button").Class("button button-quiet button-danger").Text("Delete").Aria("label", "Delete "+name).DataSet("id", s.ID).DataSet("name", name).OnClick(p.onDelete),
			),
		)
	}))
}

func problemText(err error) string {
	if errors.Is(err, store.ErrNewer) {
		return "it was saved by a newer version of SOC Ready (reload to update)."
	}
	return "its data is damaged."
}

func orgSuffix(org string) string {
	if strings.TrimSpace(org) == "" {
		return ""
	}
	return " · " + isolate(org)
}

func whenText(rfc string) string {
	t, err := time.Parse(time.RFC3339, rfc)
	if err != nil {
		return "unknown"
	}
	return t.Local().Format("2 Jan 2006, 15:04")
}

// report says how an action on a saved assessment went: ok, or why not.
func (p *homePage) report(err error, ok string) {
	p.message, p.failed = actionMessage(err, ok), err != nil
}

// actionMessage is the message for an action on a saved assessment (rename,
// duplicate, undo) that ended with err. A record that cannot be read is
// found out only when it is read whole: the list reads only its head.
func actionMessage(err error, ok string) string {
	switch {
	case err == nil:
		return ok
	case errors.Is(err, store.ErrNotFound):
		return "This assessment is gone: it may have been deleted in another tab."
	case errors.Is(err, store.ErrCorrupt), errors.Is(err, store.ErrNewer):
		return "This assessment cannot be read: " + problemText(err) + " It is left untouched."
	}
	return msgStorageFull
}

func (p *homePage) onStart(ctx app.Context, e app.Event) {
	ws := workspace()
	a, err := ws.Create("Assessment of "+time.Now().Format("2 Jan 2006"), engine.Scope{Report: engine.SOC2, Type: engine.TypeI})
	if err != nil && !storageMissing && !ws.IsUnsaved(a.ID) {
		p.report(err, "")
		return
	}
	ctx.Navigate(assessmentURL("/scope", a.ID, ""))
}

func (p *homePage) imported(msg string, failed bool) {
	p.message, p.failed, p.undo = msg, failed, nil
	p.refresh()
}

func (p *homePage) onImport(ctx app.Context, e app.Event) {
	importFile(ctx, ctx.JSSrc().Get("files").Index(0), p.imported)
	ctx.JSSrc().Set("value", "")
}

func (p *homePage) onDragOver(ctx app.Context, e app.Event) { e.PreventDefault() }

func (p *homePage) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	files := e.Get("dataTransfer").Get("files")
	if files.Length() > 0 {
		importFile(ctx, files.Index(0), p.imported)
	}
}

// The list's handlers read the assessment from the button's data-id (and
// data-name), never from a closure: go-app keeps a reused element's first
// handler when the new one comes from the same function literal, so after a
// delete a captured id would point at the wrong row.
func dataOf(ctx app.Context, key string) string {
	return ctx.JSSrc().Get("dataset").Get(key).String()
}

func (p *homePage) onRename(ctx app.Context, e app.Event) {
	p.renaming, p.newName = dataOf(ctx, "id"), dataOf(ctx, "name")
}

func (p *homePage) onRenameInput(ctx app.Context, e app.Event) {
	p.newName = ctx.JSSrc().Get("value").String()
}

func (p *homePage) onRenameSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	ws := workspace()
	name := strings.TrimSpace(p.newName)
	if name == "" {
		p.message, p.failed = "A name cannot be empty.", true
		return
	}
	p.report(ws.Rename(p.renaming, name), "Renamed to “"+isolate(name)+"”.")
	p.renaming = ""
	p.refresh()
}

func (p *homePage) onRenameCancel(ctx app.Context, e app.Event) { p.renaming = "" }

func (p *homePage) onDuplicate(ctx app.Context, e app.Event) {
	ws := workspace()
	c, err := ws.Duplicate(dataOf(ctx, "id"))
	p.report(err, "Created “"+c.Name+"”.")
	p.refresh()
}

func (p *homePage) onDelete(ctx app.Context, e app.Event) {
	id, name := dataOf(ctx, "id"), dataOf(ctx, "name")
	ws := workspace()
	undo, err := ws.Delete(id)
	if err != nil {
		p.message, p.failed = "Could not delete: it is already gone.", true
		p.refresh()
		return
	}
	p.undo, p.undoName = undo, name
	p.message, p.failed = "Deleted “"+name+"”.", false
	p.refresh()
	focusElement(p.page, "undo")
}

func (p *homePage) onUndo(ctx app.Context, e app.Event) {
	if p.undo == nil {
		return
	}
	err := p.undo()
	p.undo = nil
	p.report(err, "Restored “"+p.undoName+"”.")
	p.refresh()
	focusElement(p.page, "page-title")
}
