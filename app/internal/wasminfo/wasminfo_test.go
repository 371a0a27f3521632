package wasminfo

import "testing"

// fakeBinary wraps a module info text in the linker's markers, with some
// surrounding bytes as in a real binary.
func fakeBinary(info string, extra string) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00 code ")
	b = append(b, infoStart...)
	b = append(b, info...)
	b = append(b, infoEnd...)
	return append(b, extra...)
}

const helloInfo = "path\texample.com/hello\nmod\texample.com/hello\t(devel)\t\n" +
	"dep\tgithub.com/maxence-charriere/go-app/v10\tv10.1.11\th1:4JUSlVQ8zVIeL3acFJEpuerP6FLoEQWg6CUTtHcz7Ro=\n" +
	"build\tGOOS=js\nbuild\tGOARCH=wasm\n"

func TestLinks(t *testing.T) {
	tests := []struct {
		name    string
		bin     []byte
		module  string
		want    bool
		wantErr bool
	}{
		{"dependency listed", fakeBinary(helloInfo, ""), "github.com/maxence-charriere/go-app/v10", true, false},
		{"absent", fakeBinary(helloInfo, ""), "github.com/goccy/go-json", false, false},
		{"function name only", fakeBinary(helloInfo, "github.com/goccy/go-json.Marshal"), "github.com/goccy/go-json", true, false},
		{"no module info", []byte("\x00asm"), "github.com/goccy/go-json", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Links(tt.bin, tt.module)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Links = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBuildInfo(t *testing.T) {
	info, err := BuildInfo(fakeBinary(helloInfo, ""))
	if err != nil {
		t.Fatal(err)
	}
	if info.Path != "example.com/hello" || len(info.Deps) != 1 {
		t.Errorf("got path %q, %d deps", info.Path, len(info.Deps))
	}
}
