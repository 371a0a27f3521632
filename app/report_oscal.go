//go:build !wasm

package main

import (
	"fmt"
	"io"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/oscal"
)

// writeOSCAL prints the assessment as OSCAL assessment results, or the
// catalog of the criteria it is answered against.
func writeOSCAL(stdout, stderr io.Writer, model string, a *engine.Assessment, b *engine.Bank, fw *engine.Framework) int {
	var doc []byte
	var err error
	if model == "catalog" {
		doc, err = oscal.Catalog(fw, b)
	} else {
		doc, err = oscal.AssessmentResults(a, b, fw)
	}
	if err == nil {
		_, err = stdout.Write(doc)
	}
	if err != nil {
		fmt.Fprintln(stderr, "socready report:", err)
		return exitBadFile
	}
	return exitOK
}
