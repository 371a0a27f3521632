//go:build !js

package engine

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/socready/socready/questionnaires"
)

// The wasm starts from library_gen.go instead of the JSON: it must hold
// exactly what the validated JSON yields, and be regenerated whenever
// questionnaires/ changes (make does it before every wasm build).
func TestGeneratedLibraryIsCurrent(t *testing.T) {
	lib, err := LoadLibrary(questionnaires.Files)
	if err != nil {
		t.Fatal(err)
	}
	want, err := LibrarySource(lib)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(GeneratedLibraryFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run `go run ./app/internal/libgen` from the repository root (make does it before building the wasm)", GeneratedLibraryFile)
	}
}

func TestGeneratedLibraryEqualsJSON(t *testing.T) {
	want, err := LoadLibrary(questionnaires.Files)
	if err != nil {
		t.Fatal(err)
	}
	got := builtInLibrary()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("the generated library differs from what the JSON yields: run `go run ./app/internal/libgen`")
	}
	// Indexes are built, not copied: a lookup through them works.
	for _, b := range want.Banks() {
		if len(b.Questions) == 0 {
			continue
		}
		q := b.Questions[len(b.Questions)-1]
		if g := got.Bank(b.ID); g == nil || g.ix == nil || g.ix.pos[q.ID] != len(b.Questions)-1 {
			t.Errorf("bank %s: the rebuilt index does not find question %s", b.ID, q.ID)
		}
	}
}
