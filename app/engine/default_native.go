//go:build !js

package engine

import (
	"sync"

	"github.com/socready/socready/questionnaires"
)

var defaultLibrary struct {
	once sync.Once
	lib  *Library
	err  error
}

// DefaultLibrary loads the embedded questionnaires once and returns the same
// library (or error) to every caller. Natively it decodes and validates the
// JSON, the source of truth; the wasm starts from the same data compiled in
// (see default_js.go).
func DefaultLibrary() (*Library, error) {
	defaultLibrary.once.Do(func() {
		defaultLibrary.lib, defaultLibrary.err = LoadLibrary(questionnaires.Files)
	})
	return defaultLibrary.lib, defaultLibrary.err
}
