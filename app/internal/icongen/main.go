// Command icongen draws the SOC Ready logo (a shield with a check mark on a
// teal tile) and writes the PWA icons: icon-192.png, icon-512.png,
// icon-maskable-512.png and icon.svg. The PNGs are rasterised here from the
// same geometry as the SVG, so the icons need no image tool and no download.
// The files are committed; run `make icons` after changing the design.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "web", "directory to write the icons to")
	flag.Parse()
	if err := writeIcons(*out); err != nil {
		fmt.Fprintln(os.Stderr, "icongen:", err)
		os.Exit(1)
	}
}

func writeIcons(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := []struct {
		name     string
		size     int
		maskable bool
	}{
		{"icon-192.png", 192, false},
		{"icon-512.png", 512, false},
		{"icon-maskable-512.png", 512, true},
	}
	for _, f := range files {
		b, err := encodePNG(render(f.size, f.maskable))
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), b, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(svg()), 0o644)
}
