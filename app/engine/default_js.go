//go:build js

package engine

import "sync"

var defaultLibrary = sync.OnceValue(builtInLibrary)

// DefaultLibrary returns the embedded questionnaires. In the browser they are
// Go data generated at build time from the JSON that the tests, the build and
// the native CLI validate (library_gen.go), so the wasm neither decodes nor
// validates anything at start-up, nor embeds the JSON.
func DefaultLibrary() (*Library, error) { return defaultLibrary(), nil }
