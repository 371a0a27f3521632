// Command fingerprint writes the fingerprints of the source articles
// (../shared/sources/*.txt): the hash of every normalised 8-word run, sorted
// and without repeats, so that a test can prove no question-bank text
// shares 8 words in a row with them while the articles themselves, which are
// copyrighted, stay out of the repository. Run it with make fingerprints
// whenever the sources change; it is the only thing that reads them.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/socready/socready/app/internal/originality"
)

func main() {
	sources := flag.String("sources", "../shared/sources", "folder of the source articles (*.txt)")
	out := flag.String("out", "app/engine/testdata/source-fingerprints.txt", "fingerprint file to write")
	flag.Parse()
	if err := run(*sources, *out); err != nil {
		fmt.Fprintln(os.Stderr, "fingerprint:", err)
		os.Exit(1)
	}
}

func run(sources, out string) error {
	names, err := filepath.Glob(filepath.Join(sources, "*.txt"))
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return fmt.Errorf("no *.txt file in %s", sources)
	}
	texts := make([]string, len(names))
	for i, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		texts[i] = string(b)
	}
	hashes := originality.Fingerprints(texts...)
	var buf bytes.Buffer
	err = originality.Write(&buf, header(len(names), len(hashes)), hashes)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d fingerprints of %d articles\n", out, len(hashes), len(names))
	return nil
}

func header(articles, hashes int) []string {
	return []string{
		"Fingerprints of the source articles SOC Ready's texts were researched from.",
		"Written by `make fingerprints` (go run ./app/internal/fingerprint) from ../shared/sources/*.txt;",
		"do not edit. The articles themselves are copyrighted and are NOT committed.",
		fmt.Sprintf("Each line is the 64-bit FNV-1a (hex) of one run of %d consecutive words of an", originality.RunLen),
		"article, after lowercasing and splitting on anything that is not a letter or a digit,",
		"the words joined by single spaces. Sorted, no repeats.",
		fmt.Sprintf("%d articles, %d fingerprints.", articles, hashes),
	}
}
