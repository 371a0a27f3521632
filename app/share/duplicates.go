package share

import (
	"bytes"
	"encoding/json"
)

// encoding/json keeps the last of two equal keys in an object without a
// word, so a file that lists a question twice with different answers would
// be imported with one of them silently dropped. duplicateKey walks the
// whole document once and reports the first object key that appears twice,
// with the path of the object that holds it ("assessment.answers").
func duplicateKey(data []byte) (path, key string, found bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	path, key, found, _ = dupIn(dec, "", 0)
	return path, key, found
}

// dupIn reads one value from dec. The depth bound keeps a hostile file from
// exhausting the stack (encoding/json already refused anything deeper).
func dupIn(dec *json.Decoder, path string, depth int) (string, string, bool, error) {
	tok, err := dec.Token()
	if err != nil || depth > 10000 {
		return "", "", false, err
	}
	d, isDelim := tok.(json.Delim)
	if !isDelim {
		return "", "", false, nil
	}
	if d == '[' {
		for dec.More() {
			if p, k, f, err := dupIn(dec, path, depth+1); f || err != nil {
				return p, k, f, err
			}
		}
		_, err := dec.Token()
		return "", "", false, err
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", "", false, err
		}
		k, _ := tok.(string)
		if seen[k] {
			return path, k, true, nil
		}
		seen[k] = true
		child := k
		if path != "" {
			child = path + "." + k
		}
		if p, k, f, err := dupIn(dec, child, depth+1); f || err != nil {
			return p, k, f, err
		}
	}
	_, err = dec.Token()
	return "", "", false, err
}
