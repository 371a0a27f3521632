package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// download hands data to the browser as a file; nothing leaves the device.
func download(name, mime string, data []byte) {
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	a := app.Window().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("rel", "noopener")
	app.Window().Get("document").Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	app.Window().Get("URL").Call("revokeObjectURL", url)
}

// copyLink puts a link on the clipboard and reports, on the UI goroutine,
// the message to show: the browser may refuse (no permission, no secure
// context), and then the user is told to copy it by hand.
func copyLink(ctx app.Context, link string, report func(msg string, failed bool)) {
	const (
		copied  = "Link copied."
		refused = "Copying is not allowed here: select the link and copy it yourself."
	)
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		report(refused, true)
		return
	}
	var onDone, onFail app.Func
	settle := func(msg string, failed bool) {
		ctx.Dispatch(func(ctx app.Context) { report(msg, failed) })
		onDone.Release()
		onFail.Release()
	}
	onDone = app.FuncOf(func(app.Value, []app.Value) any { settle(copied, false); return nil })
	onFail = app.FuncOf(func(app.Value, []app.Value) any { settle(refused, true); return nil })
	clip.Call("writeText", link).Call("then", onDone, onFail)
}

// fileName turns a name into a safe file name stem.
func fileName(name string) string {
	out := make([]rune, 0, len(name))
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_':
			out = append(out, r)
		case r == ' ' || r == '.':
			out = append(out, '-')
		}
		if len(out) >= 60 {
			break
		}
	}
	if len(out) == 0 {
		return "soc-ready-assessment"
	}
	return string(out)
}

// siteURL is the absolute URL of an in-app path, for links to share.
func siteURL(path string) string {
	u := app.Window().URL()
	return u.Scheme + "://" + u.Host + Path(path)
}
