package originality

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// source is a made-up "article" sentence; the tests below never read the
// real sources.
const source = "Auditors usually sample the quarterly access reviews performed during the observation window, then inspect tickets."

func TestWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Hello, World!", []string{"hello", "world"}},
		{"don't  re-use SOC-2's CC6.1", []string{"don", "t", "re", "use", "soc", "2", "s", "cc6", "1"}},
		{"Évaluation naïve", []string{"évaluation", "naïve"}},
		{"  ", nil},
	} {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestMatches(t *testing.T) {
	set := NewSet(Fingerprints(source))
	for _, tc := range []struct {
		name string
		text string
		want []string
	}{
		{"copied with other case and punctuation",
			"Note: auditors usually SAMPLE the quarterly access-reviews performed during the period.",
			[]string{
				"auditors usually sample the quarterly access reviews performed",
				"usually sample the quarterly access reviews performed during",
				"sample the quarterly access reviews performed during the",
			}},
		{"a whole copied sentence inside our own words",
			"We know that " + source,
			runs(source)},
		{"seven words in a row are allowed",
			"Auditors usually sample the quarterly access reviews, and more.",
			nil},
		{"same words, other order",
			"The quarterly access reviews are what auditors usually sample.",
			nil},
		{"shorter than eight words", "access reviews", nil},
	} {
		if got := set.Matches(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Matches = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// runs lists every RunLen-word run of s, normalised.
func runs(s string) []string {
	var out []string
	w := Words(s)
	for i := 0; i+RunLen <= len(w); i++ {
		out = append(out, strings.Join(w[i:i+RunLen], " "))
	}
	return out
}

func TestFingerprintsSortedDistinct(t *testing.T) {
	h := Fingerprints(source, source, "too short")
	if n := len(Words(source)) - RunLen + 1; len(h) != n {
		t.Fatalf("%d fingerprints, want %d (one per run, repeats dropped)", len(h), n)
	}
	if !slices.IsSorted(h) {
		t.Fatal("fingerprints are not sorted")
	}
}

func TestWriteRead(t *testing.T) {
	hashes := Fingerprints(source)
	var buf bytes.Buffer
	if err := Write(&buf, []string{"made by a test"}, hashes); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "# made by a test\n") {
		t.Fatalf("no header:\n%s", buf.String())
	}
	set, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(set) != len(hashes) || len(set.Matches(source)) != len(hashes) {
		t.Fatalf("read %d fingerprints, wrote %d", len(set), len(hashes))
	}
	if _, err := Read(strings.NewReader("# ok\nnot-hex\n")); err == nil {
		t.Fatal("a line that is not a hash was accepted")
	}
}
