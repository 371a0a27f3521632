package e2e

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"github.com/socready/socready/app/internal/pwa"
)

// Builds are the static builds under test.
type Builds struct {
	Dist    string // built for the domain root
	Sub     string // built for SubBase; empty when only SOCREADY_DIST is set
	SubBase string // "/socready"
}

var (
	buildsOnce sync.Once
	builds     Builds
	buildsErr  error
)

// LoadBuilds returns the builds named by SOCREADY_DIST, SOCREADY_DIST_SUB and
// SOCREADY_SUB_BASE (as make test sets them) or, when SOCREADY_DIST is unset,
// runs `make dist dist-sub` at the repository root once and uses those. A
// benchmark of another build needs SOCREADY_DIST alone; a test of the
// sub-path build then fails, saying SOCREADY_DIST_SUB is unset.
func LoadBuilds(t testing.TB) Builds {
	t.Helper()
	buildsOnce.Do(func() { builds, buildsErr = loadBuilds() })
	if buildsErr != nil {
		t.Fatal(buildsErr)
	}
	return builds
}

func loadBuilds() (Builds, error) {
	b := Builds{
		Dist:    os.Getenv("SOCREADY_DIST"),
		Sub:     os.Getenv("SOCREADY_DIST_SUB"),
		SubBase: os.Getenv("SOCREADY_SUB_BASE"),
	}
	if b.SubBase == "" {
		b.SubBase = "/socready"
	}
	if b.Dist == "" && b.Sub != "" {
		return b, errors.New("SOCREADY_DIST_SUB is set without SOCREADY_DIST: name both builds, or SOCREADY_DIST alone")
	}
	if b.Dist == "" {
		root, err := repoRoot()
		if err != nil {
			return b, err
		}
		cmd := exec.Command("make", "dist", "dist-sub", "SUB_BASE="+b.SubBase)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return b, fmt.Errorf("make dist dist-sub: %v\n%s", err, out)
		}
		b.Dist, b.Sub = filepath.Join(root, "dist"), filepath.Join(root, "dist-sub")
	}
	for _, d := range []string{b.Dist, b.Sub} {
		if d == "" {
			continue // SOCREADY_DIST without SOCREADY_DIST_SUB: see Builds.Sub
		}
		if _, err := os.Stat(filepath.Join(d, "index.html")); err != nil {
			return b, fmt.Errorf("%s is not a static build: %w", d, err)
		}
	}
	return b, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// PrecacheList returns the URLs the build's service worker precaches.
func PrecacheList(t testing.TB, dir string) []string {
	t.Helper()
	js, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatal(err)
	}
	urls, err := pwa.PrecacheURLs(js)
	if err != nil {
		t.Fatal(err)
	}
	return urls
}
