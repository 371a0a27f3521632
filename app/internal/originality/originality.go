// Package originality finds runs of words that a text shares with a set of
// source articles, without keeping the articles: each source is reduced to
// the hashes of its normalised 8-word runs (its fingerprints), and a text is
// checked by hashing its own runs the same way.
//
// The articles in ../shared/sources are copyrighted, so only their
// fingerprints are committed (app/engine/testdata/source-fingerprints.txt,
// written by app/internal/fingerprint); the tests read that file.
package originality

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// RunLen is the number of consecutive words a text may not share with a
// source: shorter common runs are ordinary phrases ("the service
// organization's system description"), longer ones are copying.
const RunLen = 8

// Words lowercases s and splits it into runs of letters and digits; anything
// else (spaces, punctuation, apostrophes, dashes) separates words.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Hash is the 64-bit FNV-1a of the words joined by single spaces.
func Hash(words []string) uint64 {
	h := fnv.New64a()
	io.WriteString(h, strings.Join(words, " ")) // a hash never fails to write
	return h.Sum64()
}

// Fingerprints returns the sorted, distinct hashes of every RunLen-word run
// of the texts. A text shorter than RunLen words adds nothing.
func Fingerprints(texts ...string) []uint64 {
	var out []uint64
	for _, t := range texts {
		w := Words(t)
		for i := 0; i+RunLen <= len(w); i++ {
			out = append(out, Hash(w[i:i+RunLen]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Set is a set of fingerprints.
type Set map[uint64]struct{}

// NewSet holds the given hashes.
func NewSet(hashes []uint64) Set {
	s := make(Set, len(hashes))
	for _, h := range hashes {
		s[h] = struct{}{}
	}
	return s
}

// Matches returns every RunLen-word run of text (normalised, words joined by
// spaces) whose hash is in the set, in text order.
func (s Set) Matches(text string) []string {
	var out []string
	w := Words(text)
	for i := 0; i+RunLen <= len(w); i++ {
		if _, hit := s[Hash(w[i:i+RunLen])]; hit {
			out = append(out, strings.Join(w[i:i+RunLen], " "))
		}
	}
	return out
}

// Write writes the hashes as a fingerprint file: the header lines as "# "
// comments, then one 16-digit lowercase hex hash a line.
func Write(w io.Writer, header []string, hashes []uint64) error {
	bw := bufio.NewWriter(w)
	for _, line := range header {
		fmt.Fprintf(bw, "# %s\n", line)
	}
	for _, h := range hashes {
		fmt.Fprintf(bw, "%016x\n", h)
	}
	return bw.Flush()
}

// Read reads a file written by Write. Comment and blank lines are skipped;
// any other line must be a hex hash.
func Read(r io.Reader) (Set, error) {
	s := Set{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, err := strconv.ParseUint(line, 16, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %q is not a hex hash", n, line)
		}
		s[h] = struct{}{}
	}
	return s, sc.Err()
}
