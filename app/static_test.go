//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
	"github.com/socready/socready/app/internal/pwa"
	"github.com/socready/socready/app/ui"
)

func TestGenerate(t *testing.T) {
	tests := []struct {
		name string
		base string
	}{
		{"domain root", ""},
		{"sub-path", "/socready"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			web := testWeb(t)
			dist := filepath.Join(t.TempDir(), "dist")
			if err := generate(dist, tt.base, web); err != nil {
				t.Fatal(err)
			}
			checkPages(t, dist, tt.base)
			checkManifest(t, dist, tt.base)
			checkWorker(t, dist, tt.base)
			for _, name := range []string{"web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "web/app.css", "robots.txt", "app.js", "wasm_exec.js", "app.css"} {
				if _, err := os.Stat(filepath.Join(dist, name)); err != nil {
					t.Errorf("dist lacks %s: %v", name, err)
				}
			}
		})
	}
}

// checkPages: every route is pre-rendered with real content, the CSP comes
// first in <head>, and every local URL carries the base path.
func checkPages(t *testing.T, dist, base string) {
	t.Helper()
	for _, p := range ui.Pages() {
		name, err := pwa.FileFor("", p.Path)
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dist, name))
		if err != nil {
			t.Errorf("%s not pre-rendered: %v", p.Path, err)
			continue
		}
		html := string(b)
		for _, want := range []string{
			`<meta charset="UTF-8">` + "\n    " + cspMeta,
			`<main class="wrap main" tabindex="-1" id="main">`,
			`<a class="skip-link" href="#main">`,
			`<footer class="site-footer">`,
			`href="` + base + `/web/app.css"`,
			`src="` + base + `/app.js"`,
			`href="` + base + `/manifest.webmanifest"`,
			`href="` + base + `/assess"`,
		} {
			if !strings.Contains(html, want) && !containsAttrs(html, want) {
				t.Errorf("%s lacks %q", p.Path, want)
			}
		}
		if base != "" && strings.Contains(html, `href="`+base+`"`) {
			t.Errorf("%s links to %s without its slash: static hosts redirect, and offline that fails", p.Path, base)
		}
		if m := regexp.MustCompile(`<h1[^>]*>([^<]+)</h1>`).FindStringSubmatch(html); m == nil {
			t.Errorf("%s has no <h1>", p.Path)
		}
		if !regexp.MustCompile(`<title>[^<]*` + ui.ProductName + `</title>`).MatchString(html) {
			t.Errorf("%s: title lacks the product name", p.Path)
		}
		if strings.Contains(html, "https://") {
			t.Errorf("%s names a remote URL: every resource must be local", p.Path)
		}
		if strings.Contains(html, "style=") || strings.Contains(html, "<style") {
			t.Errorf("%s has inline styles, which the CSP blocks", p.Path)
		}
	}
}

// containsAttrs matches a tag fragment whatever the attribute order: go-app
// does not keep it stable.
func containsAttrs(html, frag string) bool {
	if !strings.HasPrefix(frag, "<") {
		return false
	}
	fields := strings.Fields(strings.Trim(frag, "<>"))
	for _, tag := range regexp.MustCompile(`<`+fields[0]+`\b[^>]*>`).FindAllString(html, -1) {
		all := true
		for _, f := range fields[1:] {
			if !strings.Contains(tag, f) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func checkManifest(t *testing.T, dist, base string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dist, "manifest.webmanifest"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Name, ShortName, StartURL, Scope, ThemeColor, Display, Description string
		Icons                                                              []struct {
			Src, Type, Sizes, Purpose string
		}
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest is not valid JSON: %v", err)
	}
	// goccy matches keys case-insensitively but not snake_case: read those.
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	m.ShortName, _ = raw["short_name"].(string)
	m.StartURL, _ = raw["start_url"].(string)
	m.ThemeColor, _ = raw["theme_color"].(string)
	if m.Name != ui.ProductName || m.ShortName == "" || m.Description == "" || m.ThemeColor != themeColor || m.Display != "standalone" {
		t.Errorf("manifest fields: %+v", m)
	}
	if want := base + "/"; m.StartURL != want || m.Scope != want {
		t.Errorf("start_url %q, scope %q, want %q", m.StartURL, m.Scope, want)
	}
	need := map[string]bool{"192x192 image/png": false, "512x512 image/png": false, "512x512 image/png maskable": false, "any image/svg+xml": false}
	for _, ic := range m.Icons {
		key := strings.TrimSpace(ic.Sizes + " " + ic.Type + " " + ic.Purpose)
		need[key] = true
		name, err := pwa.FileFor(base, ic.Src)
		if err != nil {
			t.Errorf("icon %s: %v", ic.Src, err)
			continue
		}
		if _, err := os.Stat(filepath.Join(dist, name)); err != nil {
			t.Errorf("icon %s has no file: %v", ic.Src, err)
		}
	}
	for k, ok := range need {
		if !ok {
			t.Errorf("manifest lacks a %s icon", k)
		}
	}
}

func checkWorker(t *testing.T, dist, base string) {
	t.Helper()
	js, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	urls, err := pwa.PrecacheURLs(js)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, u := range urls {
		name, err := pwa.FileFor(base, u)
		if err != nil {
			t.Errorf("precached %s: %v", u, err)
			continue
		}
		have[name] = true
	}
	for _, p := range ui.Pages() {
		name, _ := pwa.FileFor("", p.Path)
		if !have[name] {
			t.Errorf("the service worker does not precache %s", p.Path)
		}
	}
	for _, f := range []string{"web/app.wasm", "web/app.css", "web/icon.svg", "app.js", "wasm_exec.js", "manifest.webmanifest"} {
		if !have[f] {
			t.Errorf("the service worker does not precache %s", f)
		}
	}
	if base != "" && !strings.Contains(string(js), `"`+base+`/./"`) {
		t.Errorf("sub-path build does not precache %s/./ (the page URL with its slash)", base)
	}
}

func TestCheckPrecacheFindsMissingFiles(t *testing.T) {
	dist := filepath.Join(t.TempDir(), "dist")
	if err := generate(dist, "", testWeb(t)); err != nil {
		t.Fatal(err)
	}
	if err := checkPrecache(dist, ""); err != nil {
		t.Fatalf("complete build: %v", err)
	}
	if err := os.Remove(filepath.Join(dist, "web", "icon-512.png")); err != nil {
		t.Fatal(err)
	}
	err := checkPrecache(dist, "")
	if err == nil || !strings.Contains(err.Error(), "icon-512.png") {
		t.Errorf("missing icon: err = %v", err)
	}
}

func TestGenerateErrors(t *testing.T) {
	tests := []struct {
		name      string
		dist      string
		base      string
		wasm      bool
		wantInErr string
	}{
		{"no wasm", "d", "", false, "make wasm"},
		{"relative base", "d", "socready", true, "base"},
		{"base with a query", "d", "/a?b", true, "base"},
		{"no output dir", "", "", true, "output"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			web := testWeb(t)
			if !tt.wasm {
				os.Remove(filepath.Join(web, "app.wasm"))
			}
			dist := tt.dist
			if dist != "" {
				dist = filepath.Join(t.TempDir(), dist)
			}
			err := generate(dist, tt.base, web)
			if err == nil || !strings.Contains(err.Error(), tt.wantInErr) {
				t.Errorf("err = %v, want it to mention %q", err, tt.wantInErr)
			}
		})
	}
}

func TestReadBuildVersionTracksWebFiles(t *testing.T) {
	web := testWeb(t)
	a, err := readBuild(web)
	if err != nil {
		t.Fatal(err)
	}
	if a.WasmSize != int64(len("\x00asm fake wasm")) || len(a.Version) != 16 {
		t.Errorf("readBuild = %+v", a)
	}
	same, _ := readBuild(web)
	if same.Version != a.Version {
		t.Error("the version changed without a change to web/")
	}
	// Compressed siblings do not count; any other file does.
	os.WriteFile(filepath.Join(web, "app.wasm.br"), []byte("other"), 0o644)
	if v, _ := readBuild(web); v.Version != a.Version {
		t.Error("a new .br sibling changed the version")
	}
	os.WriteFile(filepath.Join(web, "app.css"), []byte("body{}"), 0o644)
	if v, _ := readBuild(web); v.Version == a.Version {
		t.Error("a new stylesheet kept the version: browsers would keep the old one")
	}
}
