package main

import (
	"bufio"
	"fmt"
	"strings"
)

// A filePatch is the hunks of a unified diff for one file.
type filePatch struct {
	path  string // relative to the module root, from the "+++ b/…" line
	hunks []hunk
}

// A hunk replaces old (its context and removed lines) with new (its context
// and added lines).
type hunk struct {
	header   string
	old, new string
}

// parsePatch reads a unified diff (diff -u, git diff).
func parsePatch(diff string) ([]filePatch, error) {
	var files []filePatch
	var h *hunk
	var old, new strings.Builder
	flush := func() {
		if h != nil {
			h.old, h.new = old.String(), new.String()
			files[len(files)-1].hunks = append(files[len(files)-1].hunks, *h)
			h = nil
		}
		old.Reset()
		new.Reset()
	}
	sc := bufio.NewScanner(strings.NewReader(diff))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "--- "):
			flush()
		case strings.HasPrefix(line, "+++ "):
			flush()
			path := strings.TrimPrefix(strings.Fields(line)[1], "b/")
			files = append(files, filePatch{path: path})
		case strings.HasPrefix(line, "@@"):
			if len(files) == 0 {
				return nil, fmt.Errorf("line %d: a hunk before any file header", n)
			}
			flush()
			h = &hunk{header: line}
		case h == nil:
			// Text before the first file: a commit message or a comment.
		case strings.HasPrefix(line, `\`): // "\ No newline at end of file"
		case line == "" || line[0] == ' ':
			text := strings.TrimPrefix(line, " ") + "\n"
			old.WriteString(text)
			new.WriteString(text)
		case line[0] == '-':
			old.WriteString(line[1:] + "\n")
		case line[0] == '+':
			new.WriteString(line[1:] + "\n")
		default:
			return nil, fmt.Errorf("line %d: not a diff line: %q", n, line)
		}
	}
	flush()
	if len(files) == 0 {
		return nil, fmt.Errorf("no file in the patch")
	}
	return files, sc.Err()
}

// apply applies the hunks to src. Each hunk's old text must occur exactly
// once: no fuzz, no line offsets, so a go-app upgrade that touches the patched
// code fails the build instead of patching the wrong place.
func (p filePatch) apply(src string) (string, error) {
	for _, h := range p.hunks {
		switch n := strings.Count(src, h.old); n {
		case 1:
			src = strings.Replace(src, h.old, h.new, 1)
		case 0:
			return "", fmt.Errorf("%s: hunk %s no longer matches", p.path, h.header)
		default:
			return "", fmt.Errorf("%s: hunk %s matches %d places", p.path, h.header, n)
		}
	}
	return src, nil
}
