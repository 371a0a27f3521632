//go:build !wasm

package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/socready/socready/"

// allowedImports is the layering of ARCHITECTURE.md, in the spirit of the Go
// standard library's go/build/deps_test.go: each package of the module and
// the module packages (and go-app) its non-test files may import. A package
// not listed here fails the test, so a new one is placed on purpose.
var allowedImports = map[string][]string{
	"questionnaires":  {},
	"app/engine":      {"questionnaires", "app/internal/golit"}, // golit: natively only, writes library_gen.go (std-only)
	"app/plan":        {"app/engine"},
	"app/share":       {"app/engine"},
	"app/store":       {"app/engine"},
	"app/review":      {"app/engine"},
	"app/reviewstore": {"app/store"},               // store: the Backend and its quota error; links stay opaque strings
	"app/oscal":       {"app/engine", "app/share"}, // share: an import is checked like a JSON file
	"app/ui":          {"app/engine", "app/oscal", "app/plan", "app/review", "app/reviewstore", "app/share", "app/store", "go-app"},
	"app":             {"app/engine", "app/oscal", "app/plan", "app/share", "app/ui", "app/internal/pwa", "app/internal/statichost", "go-app"},
}

// TestLayers checks every package of the module outside app/internal and
// app/e2e (tools and tests) against allowedImports. Domain packages never
// import go-app, and nothing imports upwards.
func TestLayers(t *testing.T) {
	root := ".."
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		switch {
		case strings.HasPrefix(rel, ".") && rel != ".", rel == "web", rel == "assets", rel == "bin",
			strings.HasPrefix(rel, "dist"), strings.HasPrefix(rel, "app/internal"), strings.HasPrefix(rel, "app/e2e"),
			strings.Contains(rel, "testdata"), strings.HasPrefix(rel, "node_modules"):
			if rel != "." {
				return filepath.SkipDir
			}
		}
		imports, ok := packageImports(t, path)
		if !ok {
			return nil
		}
		allowed, listed := allowedImports[rel]
		if !listed {
			t.Errorf("package %s is not in allowedImports: add it with the packages it may import", rel)
			return nil
		}
		for _, imp := range imports {
			name := ""
			switch {
			case strings.HasPrefix(imp, "github.com/maxence-charriere/go-app/"):
				name = "go-app"
			case strings.HasPrefix(imp, module):
				name = strings.TrimPrefix(imp, module)
			default:
				continue
			}
			if !slices.Contains(allowed, name) {
				t.Errorf("%s imports %s, which its layer does not allow (see ARCHITECTURE.md)", rel, name)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// packageImports lists the imports of the non-test Go files in dir; ok is
// false when dir holds none.
func packageImports(t *testing.T, dir string) (imports []string, ok bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		ok = true
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			imports = append(imports, p)
		}
	}
	return imports, ok
}
