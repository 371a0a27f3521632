//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

const webDir = "web"

func runNative(args []string) int {
	return run(args, os.Stdout, os.Stderr)
}

func run(args []string, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		fs := flag.NewFlagSet("socready", flag.ContinueOnError)
		fs.SetOutput(stderr)
		addr := fs.String("addr", ":8000", "address to serve the app on")
		dist := fs.String("dist", "", "write the static site to this directory instead of serving")
		base := fs.String("base", "", "with -dist: URL sub-path the site is hosted under, e.g. /socready")
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if *dist != "" {
			if err := generate(*dist, *base, webDir); err != nil {
				fmt.Fprintln(stderr, "socready:", err)
				return 1
			}
			fmt.Fprintf(stdout, "wrote %s (base %q)\n", *dist, *base)
			return 0
		}
		if *base != "" {
			fmt.Fprintln(stderr, "socready: -base needs -dist (serve a sub-path build with `socready preview`)")
			return 2
		}
		if err := serve(*addr, webDir, stdout); err != nil {
			fmt.Fprintln(stderr, "socready:", err)
			return 1
		}
		return 0

	case "preview":
		fs := flag.NewFlagSet("socready preview", flag.ContinueOnError)
		fs.SetOutput(stderr)
		addr := fs.String("addr", ":8001", "address to serve the static build on")
		dir := fs.String("dir", "dist", "static build to serve")
		base := fs.String("base", "", "URL sub-path the build was made for, e.g. /socready")
		if err := fs.Parse(args); err != nil {
			return 2
		}
		if err := preview(*addr, *dir, *base, stdout); err != nil {
			fmt.Fprintln(stderr, "socready:", err)
			return 1
		}
		return 0

	case "report":
		return report(args, stdout, stderr)

	default:
		fmt.Fprintf(stderr, "socready: unknown command %q (want serve, preview or report)\n", cmd)
		return 2
	}
}
