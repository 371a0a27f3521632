package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/socready/socready/app/internal/wasminfo"
)

// TestWasmDoesNotLinkGoccy guards the wasm's weight: goccy/go-json adds
// about 700 KB of brotli to it and belongs on the native side only, like the
// JSON Schema validator the OSCAL tests use.
func TestWasmDoesNotLinkGoccy(t *testing.T) {
	b := LoadBuilds(t)
	bin, err := os.ReadFile(filepath.Join(b.Dist, "web", "app.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		module string
		want   bool
	}{
		{"github.com/maxence-charriere/go-app/v10", true}, // proves the check reads this binary
		{"github.com/goccy/go-json", false},
		// The OSCAL schema validator runs in native tests only.
		{"github.com/santhosh-tekuri/jsonschema/v6", false},
	}
	for _, tt := range tests {
		got, err := wasminfo.Links(bin, tt.module)
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("app.wasm links %s: %v, want %v", tt.module, got, tt.want)
		}
	}
}
