//go:build !wasm

package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

func TestReportOSCAL(t *testing.T) {
	file := exportFile(t, engine.Documented)
	run := func(args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		code := report(append(args, file), &out, &errOut)
		return code, out.String(), errOut.String()
	}
	code, results, _ := run("-format", "oscal")
	if code != exitOK || !strings.HasPrefix(results, "{\n  \"assessment-results\": {") || !strings.Contains(results, `"control-id": "CC6.1"`) {
		t.Fatalf("-format oscal: code %d, output starts %.80q", code, results)
	}
	if _, again, _ := run("-format", "oscal"); again != results {
		t.Error("two runs gave different documents")
	}
	if code, cat, _ := run("-format", "oscal", "-oscal", "catalog"); code != exitOK || !strings.HasPrefix(cat, "{\n  \"catalog\": {") {
		t.Errorf("-oscal catalog: code %d, output starts %.40q", code, cat)
	}
	if code, _, msg := run("-format", "oscal", "-oscal", "poam"); code != exitUsage || !strings.Contains(msg, "want results or catalog") {
		t.Errorf("-oscal poam: code %d, %q", code, msg)
	}
}
