package ui

import (
	"fmt"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// localStorage is the browser's window.localStorage as a store.Backend. Every
// call recovers from JavaScript exceptions (storage disabled, quota exceeded)
// and turns them into errors or misses, so a failing storage never crashes
// the app.
type localStorage struct{ ls app.Value }

var _ store.Backend = localStorage{}

func (s localStorage) Get(key string) (v string, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = "", false
		}
	}()
	r := s.ls.Call("getItem", key)
	if r.IsNull() || r.IsUndefined() {
		return "", false
	}
	return r.String(), true
}

func (s localStorage) Set(key, value string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: %v", store.ErrQuota, r)
		}
	}()
	s.ls.Call("setItem", key, value)
	return nil
}

func (s localStorage) Remove(key string) {
	defer func() { recover() }()
	s.ls.Call("removeItem", key)
}

func (s localStorage) Keys() (keys []string) {
	defer func() {
		if recover() != nil {
			keys = nil
		}
	}()
	n := s.ls.Get("length").Int()
	for i := 0; i < n; i++ {
		keys = append(keys, s.ls.Call("key", i).String())
	}
	return keys
}

// openLocalStorage probes window.localStorage with a write; private modes and
// locked-down browsers may refuse it.
func openLocalStorage() (b store.Backend, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("%v", r)
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil, fmt.Errorf("no localStorage")
	}
	s := localStorage{ls: ls}
	probe := store.KeyPrefix + "probe"
	if err := s.Set(probe, "1"); err != nil {
		return nil, err
	}
	s.Remove(probe)
	return s, nil
}

var (
	workspaceOnce  sync.Once
	sessionWS      *store.Workspace
	storageMissing bool // browser storage unavailable: work is kept in memory only
)

// workspace opens, once per tab, the saved assessments over the browser's
// storage (or memory when there is none).
func workspace() *store.Workspace {
	workspaceOnce.Do(func() {
		if warmingUp() {
			sessionWS = warmUpWorkspace()
			return
		}
		backend, err := openLocalStorage()
		if err != nil || app.IsServer {
			backend, storageMissing = store.NewMemory(), true
		}
		sessionWS = store.Open(backend)
	})
	return sessionWS
}

// library is the validated question library, decoded once per tab when a
// page first needs it. The home page does not: decoding the banks was a
// third of the main-thread work of starting the app on it.
func library() (*engine.Library, error) { return engine.DefaultLibrary() }

// storageMessage explains a failed save in words the user can act on.
const (
	msgStorageMissing = "This browser does not let SOC Ready save (private mode or storage disabled). Your answers are kept only until you close this tab: export a file to keep them."
	msgStorageFull    = "Not saved: this browser's storage is full. Your changes are kept in this tab and saved as soon as there is room: delete old assessments to free space, or download the unsaved answers. Closing the tab before then loses them."
	msgConflict       = "This assessment was changed in another tab. Choose which version to keep."
)
