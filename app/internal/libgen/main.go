// Command libgen writes app/engine/library_gen.go: the embedded
// questionnaires, decoded and validated, as Go data for the wasm. Run it from
// the repository root (make does, whenever questionnaires/ changes); the
// engine's tests fail while the file is stale.
package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/questionnaires"
)

func main() {
	lib, err := engine.LoadLibrary(questionnaires.Files)
	if err != nil {
		fail(err)
	}
	src, err := engine.LibrarySource(lib)
	if err != nil {
		fail(err)
	}
	out := filepath.Join("app", "engine", engine.GeneratedLibraryFile)
	if old, err := os.ReadFile(out); err == nil && bytes.Equal(old, src) {
		return // unchanged: keep the timestamp so make does not rebuild
	}
	if err := os.WriteFile(out, src, 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "libgen:", err)
	os.Exit(1)
}
