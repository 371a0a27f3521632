package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// offlineStatus is the footer line that says whether the app is ready to
// work offline, from window.socreadyOffline (web/offline.js, which hears it
// from the service worker). A component of its own, so only it re-renders.
type offlineStatus struct {
	app.Compo

	state, detail string
	stop          func()
}

func (o *offlineStatus) OnMount(ctx app.Context) {
	read := func() {
		v := app.Window().Get("socreadyOffline")
		if v.Truthy() {
			o.state, o.detail = v.Get("state").String(), v.Get("detail").String()
		}
	}
	read()
	onChange := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { read() })
		return nil
	})
	app.Window().Call("addEventListener", "socready-offline", onChange)
	o.stop = func() {
		app.Window().Call("removeEventListener", "socready-offline", onChange)
		onChange.Release()
	}
}

func (o *offlineStatus) OnDismount() {
	if o.stop != nil {
		o.stop()
		o.stop = nil
	}
}

func (o *offlineStatus) Render() app.UI {
	return app.P().ID("offline-status").Class("small offline-status offline-"+o.stateClass()).Aria("live", "polite").Text(offlineText(o.state, o.detail))
}

func (o *offlineStatus) stateClass() string {
	if o.state == "" {
		return "pending"
	}
	return o.state
}

// offlineText words the service worker's state for the user.
func offlineText(state, detail string) string {
	switch state {
	case "ready":
		return "Ready to work offline: this app now opens without a connection."
	case "failed":
		msg := "This app could not be saved for offline use"
		if detail != "" {
			msg += " (" + detail + ")"
		}
		return msg + ". It works while you are online; reload the page to try again."
	case "unsupported":
		return "This browser cannot keep the app for offline use."
	}
	return "Preparing the app for offline use…"
}
