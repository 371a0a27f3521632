//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/socready/socready/app/ui"
)

func TestMain(m *testing.M) {
	ui.Routes() // main() does this before anything else
	os.Exit(m.Run())
}

// testWeb makes a web/ directory like the real one: the committed icons and
// robots.txt, the stylesheet, and a stand-in app.wasm (the generator only
// copies and measures it).
func testWeb(t *testing.T) string {
	t.Helper()
	web := filepath.Join(t.TempDir(), "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"icon-192.png", "icon-512.png", "icon-maskable-512.png", "icon.svg", "robots.txt", "compile-worker.js", "warmup-stub.js", "early.js", "offline.js"} {
		if err := copyFile(filepath.Join("..", "web", name), filepath.Join(web, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := copyFile(filepath.Join("..", "assets", "app.css"), filepath.Join(web, "app.css")); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"app.wasm": "\x00asm fake wasm", "app.wasm.br": "br", "app.wasm.gz": "gz"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return web
}
