package e2e

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// axe-core, the accessibility rules engine, comes from the npm registry as
// a pinned tarball checked against its published integrity hash; only Go is
// needed to fetch it. It is cached under .cache/ and never shipped.
const (
	axeVersion   = "4.14.1"
	axeTarball   = "https://registry.npmjs.org/axe-core/-/axe-core-" + axeVersion + ".tgz"
	axeIntegrity = "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
)

var (
	axeOnce sync.Once
	axeJS   string
	axeErr  error
)

// AxeSource returns axe.min.js, downloading it once.
func AxeSource(t testing.TB) string {
	t.Helper()
	axeOnce.Do(func() { axeJS, axeErr = loadAxe() })
	if axeErr != nil {
		t.Fatalf("axe-core %s: %v", axeVersion, axeErr)
	}
	return axeJS
}

func loadAxe() (string, error) {
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	cached := filepath.Join(root, ".cache", "axe-core-"+axeVersion+".min.js")
	if b, err := os.ReadFile(cached); err == nil {
		return string(b), nil
	}
	client := &http.Client{Timeout: 2 * time.Minute}
	resp, err := client.Get(axeTarball)
	if err != nil {
		return "", fmt.Errorf("downloading from the npm registry: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("downloading %s: %s", axeTarball, resp.Status)
	}
	tgz, err := io.ReadAll(io.LimitReader(resp.Body, 20<<20))
	if err != nil {
		return "", err
	}
	sum := sha512.Sum512(tgz)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != axeIntegrity {
		return "", fmt.Errorf("integrity mismatch: got %s", got)
	}
	zr, err := gzip.NewReader(bytes.NewReader(tgz))
	if err != nil {
		return "", err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err != nil {
			return "", fmt.Errorf("axe.min.js not found in the tarball: %w", err)
		}
		if h.Name != "package/axe.min.js" {
			continue
		}
		js, err := io.ReadAll(tr)
		if err != nil {
			return "", err
		}
		if err := os.MkdirAll(filepath.Dir(cached), 0o755); err == nil {
			_ = os.WriteFile(cached, js, 0o644)
		}
		return string(js), nil
	}
}

// AxeViolation is one failed accessibility rule with the elements it hit.
type AxeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// RunAxe injects axe-core into the current page (through the DevTools
// protocol, which the page's CSP does not govern) and returns the WCAG 2.x
// A/AA violations.
func RunAxe(t testing.TB, b *Browser) []AxeViolation {
	t.Helper()
	src := AxeSource(t)
	if _, err := Eval[bool](b, src+"\n;true"); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	v, err := Eval[[]AxeViolation](b, `(async () => {
		const r = await axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}});
		return r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.slice(0, 5).map(n => n.target.join(" ") + " :: " + (n.failureSummary || "").split("\n").slice(0, 2).join(" "))}));
	})()`)
	if err != nil {
		t.Fatalf("running axe: %v", err)
	}
	return v
}
