//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// readBuild derives the build's Version and wasm size from the web
// directory. The version is a hash of every file the browser loads from
// web/ (app.wasm, styles, icons), so any change gives a new service worker
// and a new cache, and an unchanged build keeps its cache. Compressed
// siblings are skipped: they are derived from files already hashed.
func readBuild(web string) (buildConfig, error) {
	wasm, err := os.Stat(filepath.Join(web, "app.wasm"))
	if err != nil {
		return buildConfig{}, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	var names []string
	err = filepath.WalkDir(web, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return buildConfig{}, err
	}
	sort.Strings(names)
	sum := sha256.New()
	for _, name := range names {
		rel, _ := filepath.Rel(web, name)
		fmt.Fprintf(sum, "%s\x00", filepath.ToSlash(rel))
		f, err := os.Open(name)
		if err != nil {
			return buildConfig{}, err
		}
		_, err = io.Copy(sum, f)
		f.Close()
		if err != nil {
			return buildConfig{}, err
		}
	}
	return buildConfig{
		Version:  hex.EncodeToString(sum.Sum(nil))[:16],
		WasmSize: wasm.Size(),
	}, nil
}
