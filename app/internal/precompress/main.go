// Command precompress writes .gz and .br siblings of the files it is given
// (gzip level 9, brotli quality 11), so any static host that serves
// precompressed files can send app.wasm at a fraction of its size.
//
// It is a build tool: the brotli encoder it uses is never linked into the
// wasm.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"sync"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	var wg sync.WaitGroup
	errs := make([]error, len(os.Args)-1)
	for i, name := range os.Args[1:] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = compressFile(name)
		}()
	}
	wg.Wait()
	failed := false
	for _, err := range errs {
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func compressFile(name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	gz, err := Gzip(raw)
	if err != nil {
		return fmt.Errorf("%s: gzip: %w", name, err)
	}
	br, err := Brotli(raw)
	if err != nil {
		return fmt.Errorf("%s: brotli: %w", name, err)
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return err
	}
	return os.WriteFile(name+".br", br, 0o644)
}

// Gzip compresses b at the best level.
func Gzip(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Brotli compresses b at the best quality with a 16 MiB window.
func Brotli(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
