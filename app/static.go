//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	json "github.com/goccy/go-json"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/internal/pwa"
)

// generate writes the static site for the app in web/ to dist, for hosting
// at the domain root (base "") or under a sub-path (base "/socready"). It
// pre-renders every route, copies web/ (app.wasm, its .br/.gz siblings,
// styles, icons), then checks that every file the service worker precaches
// is there: one missing file would break offline use.
func generate(dist, base, web string) error {
	if dist == "" {
		return errors.New("no output directory")
	}
	base = strings.TrimRight(base, "/")
	if base != "" && (!strings.HasPrefix(base, "/") || strings.ContainsAny(base, " ?#")) {
		return fmt.Errorf("base %q: want a path such as /socready", base)
	}
	cfg, err := readBuild(web)
	if err != nil {
		return err
	}
	cfg.Base = base
	if err := os.MkdirAll(dist, 0o755); err != nil {
		return err
	}
	h, err := withPatchedWorker(newHandler(cfg))
	if err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dist, h); err != nil {
		return fmt.Errorf("generating pages: %w", err)
	}
	if err := rewriteFile(filepath.Join(dist, "app.js"), patchAppJS); err != nil {
		return err
	}
	if err := copyTree(web, filepath.Join(dist, "web")); err != nil {
		return fmt.Errorf("copying %s: %w", web, err)
	}
	if err := copyIfExists(filepath.Join(web, "robots.txt"), filepath.Join(dist, "robots.txt")); err != nil {
		return err
	}
	if err := tidyPages(dist); err != nil {
		return err
	}
	if err := fixManifest(filepath.Join(dist, "manifest.webmanifest"), base); err != nil {
		return err
	}
	return checkPrecache(dist, base)
}

// The Open Graph tags go-app writes for a page need Handler.Domain, which a
// static build made for any host does not know: drop them rather than ship
// "https:///assess".
var emptyOGRE = regexp.MustCompile(`\n\s*<meta [^>]*property="og:(?:url|image)"[^>]*>`)

// tidyPages post-processes every generated page: it moves the CSP <meta>
// from the end of <head>, where go-app puts RawHeaders, to right after the
// charset, so the policy covers every element of the page, and drops the
// Open Graph URLs that cannot be right.
func tidyPages(dist string) error {
	const charset = `<meta charset="UTF-8">`
	pages, err := filepath.Glob(filepath.Join(dist, "*.html"))
	if err != nil {
		return err
	}
	if len(pages) == 0 {
		return errors.New("no pages were generated")
	}
	cspLine := regexp.MustCompile(`\n\s*` + regexp.QuoteMeta(cspMeta))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if len(cspLine.FindAll(b, -1)) != 1 || bytes.Count(b, []byte(charset)) != 1 {
			return fmt.Errorf("%s: want one CSP meta and one charset meta", p)
		}
		b = cspLine.ReplaceAll(b, nil)
		b = bytes.Replace(b, []byte(charset), []byte(charset+"\n    "+cspMeta), 1)
		b = emptyOGRE.ReplaceAll(b, nil)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// fixManifest scopes the web app manifest to the sub-path: go-app always
// writes scope "/" and a start_url without the trailing slash, which is
// outside the service worker's scope ("/base/") and so not offline-ready.
func fixManifest(name, base string) error {
	if base == "" {
		return nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	m["scope"] = base + "/"
	m["start_url"] = base + "/"
	m["id"] = base + "/"
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, out, 0o644)
}

// checkPrecache fails when a URL the service worker precaches has no file.
func checkPrecache(dist, base string) error {
	worker, err := os.ReadFile(filepath.Join(dist, "app-worker.js"))
	if err != nil {
		return err
	}
	urls, err := pwa.PrecacheURLs(worker)
	if err != nil {
		return err
	}
	var missing []string
	for _, u := range urls {
		name, err := pwa.FileFor(base, u)
		if err != nil {
			missing = append(missing, err.Error())
			continue
		}
		if fi, err := os.Stat(filepath.Join(dist, filepath.FromSlash(name))); err != nil || !fi.Mode().IsRegular() {
			missing = append(missing, u+" → "+name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("the service worker precaches files the build lacks: %s", strings.Join(missing, ", "))
	}
	return nil
}

func rewriteFile(name string, edit func(string) (string, error)) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	out, err := edit(string(b))
	if err != nil {
		return err
	}
	return os.WriteFile(name, []byte(out), 0o644)
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return copyFile(p, target)
	})
}

func copyIfExists(src, dst string) error {
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return copyFile(src, dst)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
