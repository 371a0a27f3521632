package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The guard: every patch applies to the go-app version go.mod pins. When
// go-app is upgraded and the patched code has moved, this fails (and so does
// the wasm build) until the patch is reviewed.
func TestPatchesApplyToPinnedGoApp(t *testing.T) {
	mod, err := pinnedModule()
	if err != nil {
		t.Fatal(err)
	}
	files, err := loadPatches()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no patch found")
	}
	for _, p := range files {
		src, err := os.ReadFile(filepath.Join(mod.Dir, filepath.FromSlash(p.path)))
		if err != nil {
			t.Fatal(err)
		}
		got, err := p.apply(string(src))
		if err != nil {
			t.Fatalf("%s@%s: %v", GoAppModule, mod.Version, err)
		}
		if got == string(src) {
			t.Errorf("%s: the patch changed nothing", p.path)
		}
	}
}

func TestApply(t *testing.T) {
	const diff = `--- a/x.go
+++ b/x.go
@@ -1,3 +1,4 @@
 a
-b
+B
+b2
 c
`
	tests := []struct {
		name, src, want, wantErr string
	}{
		{name: "applies", src: "a\nb\nc\nd\n", want: "a\nB\nb2\nc\nd\n"},
		{name: "line numbers do not matter", src: "z\na\nb\nc\n", want: "z\na\nB\nb2\nc\n"},
		{name: "changed source", src: "a\nbb\nc\n", wantErr: "no longer matches"},
		{name: "ambiguous", src: "a\nb\nc\na\nb\nc\n", wantErr: "matches 2 places"},
	}
	files, err := parsePatch(diff)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].path != "x.go" || len(files[0].hunks) != 1 {
		t.Fatalf("parsed %+v", files)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := files[0].apply(tt.src)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestParsePatchRejectsGarbage(t *testing.T) {
	for _, diff := range []string{"", "@@ -1 +1 @@\n-a\n+b\n", "+++ b/x.go\n@@ -1 +1 @@\n*a\n"} {
		if _, err := parsePatch(diff); err == nil {
			t.Errorf("parsePatch(%q) succeeded", diff)
		}
	}
}
