package share

import "testing"

func TestDuplicateKey(t *testing.T) {
	for _, tc := range []struct {
		json, path, key string
		found           bool
	}{
		{`{"a":1,"b":{"c":1,"d":[{"e":1},{"e":2}]}}`, "", "", false},
		{`{"a":1,"a":2}`, "", "a", true},
		{`{"assessment":{"answers":{"q1":{"choice":"yes"},"q2":{},"q1":{"choice":"no"}}}}`, "assessment.answers", "q1", true},
		{`{"x":[{"k":1,"k":1}]}`, "x", "k", true},
		{`{"x":{"y":{}},"z":{"y":{}}}`, "", "", false},
	} {
		path, key, found := duplicateKey([]byte(tc.json))
		if path != tc.path || key != tc.key || found != tc.found {
			t.Errorf("%s: got %q %q %v, want %q %q %v", tc.json, path, key, found, tc.path, tc.key, tc.found)
		}
	}
}
