// Package wasminfo reads which Go modules a js/wasm binary links. `go version
// -m` cannot read wasm files, but the linker embeds the same module list
// (runtime/debug.BuildInfo) between fixed markers, and function names stay
// in the binary for tracebacks even with -s -w.
package wasminfo

import (
	"bytes"
	"errors"
	"runtime/debug"
)

// The markers the Go linker puts around the module info string
// (cmd/go/internal/modload: infoStart, infoEnd).
var (
	infoStart = []byte("0w\xaf\x0c\x92t\x08\x02A\xe1\xc1\x07\xe6\xd6\x18\xe6")
	infoEnd   = []byte("\xf92C1\x86\x18 r\x00\x82B\x10A\x16\xd8\xf2")
)

// BuildInfo returns the module info embedded in a Go binary.
func BuildInfo(bin []byte) (*debug.BuildInfo, error) {
	i := bytes.Index(bin, infoStart)
	if i < 0 {
		return nil, errors.New("no Go module info in binary")
	}
	rest := bin[i+len(infoStart):]
	j := bytes.Index(rest, infoEnd)
	if j < 0 {
		return nil, errors.New("truncated Go module info")
	}
	return debug.ParseBuildInfo(string(rest[:j]))
}

// Links reports whether the binary links code from module path: it is a
// dependency in the module info, or a function name in the binary starts
// with the module's import path.
func Links(bin []byte, module string) (bool, error) {
	info, err := BuildInfo(bin)
	if err != nil {
		return false, err
	}
	for _, d := range info.Deps {
		if d.Path == module {
			return true, nil
		}
	}
	return bytes.Contains(bin, []byte(module+".")) || bytes.Contains(bin, []byte(module+"/")), nil
}
