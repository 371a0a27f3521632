package engine

import (
	"testing"

	"github.com/socready/socready/questionnaires"
)

// BenchmarkStartLibrary compares what the app does at start-up to get its
// library: decoding and validating the embedded JSON (what the wasm did
// before library_gen.go) against indexing the generated Go data (what it does
// now). Run it as wasm too, to see the browser's cost:
//
//	GOOS=js GOARCH=wasm go test -run '^$' -bench StartLibrary \
//	  -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./app/engine
func BenchmarkStartLibrary(b *testing.B) {
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			if _, err := LoadLibrary(questionnaires.Files); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("generated", func(b *testing.B) {
		for b.Loop() {
			reindex(builtInData)
		}
	})
}
