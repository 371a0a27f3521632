// Command wasmsize prints the raw, gzip and brotli sizes of our app.wasm
// against a bare go-app hello world built the same way, and fails if the
// app's wasm links github.com/goccy/go-json (+700 KB brotli; it belongs on
// the native side only).
//
//	wasmsize -app dist/web/app.wasm -hello .cache/hello-dist/web/app.wasm
//
// Compressed sizes come from the .gz/.br siblings the build wrote.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/socready/socready/app/internal/wasminfo"
)

const goccy = "github.com/goccy/go-json"

type sizes struct{ raw, gz, br int64 }

func main() {
	appWasm := flag.String("app", "dist/web/app.wasm", "the app's wasm")
	helloWasm := flag.String("hello", ".cache/hello-dist/web/app.wasm", "the hello world's wasm")
	flag.Parse()
	if err := run(*appWasm, *helloWasm); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func run(appWasm, helloWasm string) error {
	a, err := measure(appWasm)
	if err != nil {
		return err
	}
	h, err := measure(helloWasm)
	if err != nil {
		return err
	}
	fmt.Printf("%-22s %12s %12s %12s\n", "app.wasm", "raw", "gzip", "brotli")
	fmt.Printf("%-22s %12d %12d %12d\n", "SOC Ready", a.raw, a.gz, a.br)
	fmt.Printf("%-22s %12d %12d %12d\n", "go-app hello world", h.raw, h.gz, h.br)
	fmt.Printf("%-22s %12.2f %12.2f %12.2f\n", "ratio", ratio(a.raw, h.raw), ratio(a.gz, h.gz), ratio(a.br, h.br))

	bin, err := os.ReadFile(appWasm)
	if err != nil {
		return err
	}
	linked, err := wasminfo.Links(bin, goccy)
	if err != nil {
		return err
	}
	if linked {
		return fmt.Errorf("%s links %s: use encoding/json in code that runs in the browser", appWasm, goccy)
	}
	fmt.Printf("%s linked into the app wasm: no\n", goccy)
	return nil
}

func measure(name string) (sizes, error) {
	var s sizes
	for _, f := range []struct {
		name string
		dst  *int64
	}{{name, &s.raw}, {name + ".gz", &s.gz}, {name + ".br", &s.br}} {
		fi, err := os.Stat(f.name)
		if err != nil {
			return s, err
		}
		*f.dst = fi.Size()
	}
	return s, nil
}

func ratio(a, b int64) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
