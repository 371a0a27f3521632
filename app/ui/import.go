package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/oscal"
	"github.com/socready/socready/app/share"
)

// readImport reads a SOC Ready JSON file, or an OSCAL assessment-results
// document SOC Ready exported.
func readImport(data []byte, lookup share.Lookup) (*share.File, error) {
	if oscal.IsOSCAL(data) {
		return oscal.Import(data, lookup)
	}
	return share.Import(data, lookup)
}

// importFile reads a chosen or dropped file and saves it as a new
// assessment (a new id: an import never replaces saved work). result gets
// the message to show, on the UI goroutine.
func importFile(ctx app.Context, file app.Value, result func(msg string, failed bool)) {
	if !file.Truthy() {
		return
	}
	if size := file.Get("size").Int(); size > share.MaxFileSize {
		result(share.UserMessage(share.ErrFileTooLarge), true)
		return
	}
	file.Call("arrayBuffer").Then(func(buf app.Value) {
		arr := app.Window().Get("Uint8Array").New(buf)
		data := make([]byte, arr.Length())
		app.CopyBytesToGo(data, arr)
		ctx.Dispatch(func(ctx app.Context) {
			ws := workspace()
			lib, err := library()
			if err != nil {
				result(err.Error(), true)
				return
			}
			f, err := readImport(data, share.LookupFrom(lib))
			if err != nil {
				result(oscal.Message(err), true)
				return
			}
			a, err := ws.CreateFrom(f.Assessment)
			if err != nil && !storageMissing && !ws.IsUnsaved(a.ID) {
				result(msgStorageFull, true)
				return
			}
			if err != nil && !storageMissing { // kept in this tab until there is room
				result("Imported “"+isolate(a.Name)+"”. "+msgStorageFull, true)
				return
			}
			rememberMigration(a.ID, f.Migrated)
			msg := "Imported “" + isolate(a.Name) + "” as a new assessment."
			if !f.Migrated.Empty() {
				msg += " It was made with an earlier version of the questions: the questionnaire lists what is new."
			}
			result(msg, false)
		})
	})
}
