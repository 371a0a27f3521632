//go:build wasm

package main

// runNative is never reached in the browser. The server, the static
// generator and their imports (net/http, goccy/go-json…) live in !wasm files
// so they cannot weigh on app.wasm.
func runNative([]string) int { return 0 }
