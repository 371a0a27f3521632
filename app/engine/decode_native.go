//go:build !js

package engine

import (
	"bytes"
	"errors"

	json "github.com/goccy/go-json"
)

// decodeJSON decodes one JSON value strictly: unknown fields and trailing data
// are errors, so a typo in a bank (say "efort_weeks") fails validation instead
// of silently leaving a zero. Natively it uses goccy/go-json, which is faster
// for tests and build-time checks; the wasm build uses encoding/json (see
// decode_js.go) because goccy would add about 700 KB brotli to the client.
func decodeJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errTrailingData
	}
	return nil
}

var errTrailingData = errors.New("unexpected data after the JSON value")
