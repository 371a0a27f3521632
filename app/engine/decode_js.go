//go:build js

package engine

import (
	"bytes"
	"encoding/json"
	"errors"
)

// decodeJSON decodes one JSON value strictly (unknown fields and trailing data
// are errors). In the browser it uses encoding/json, which go-app links anyway,
// so the banks cost no extra wasm size; see decode_native.go for the native side.
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
