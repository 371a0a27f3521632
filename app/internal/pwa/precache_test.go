package pwa

import (
	"reflect"
	"testing"
)

func TestPrecacheURLs(t *testing.T) {
	tests := []struct {
		name    string
		js      string
		want    []string
		wantErr bool
	}{
		{
			name: "go-app worker",
			js:   "const cacheName = \"app-\" + \"v1\";\nconst resourcesToCache = [\"/web/app.wasm\",\"/\"];\n\nself.addEventListener(",
			want: []string{"/web/app.wasm", "/"},
		},
		{name: "missing list", js: "self.addEventListener(", wantErr: true},
		{name: "empty list", js: "const resourcesToCache = [];\n", wantErr: true},
		{name: "not json", js: "const resourcesToCache = [/web];\n", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PrecacheURLs([]byte(tt.js))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFileFor(t *testing.T) {
	tests := []struct {
		base, url, want string
		wantErr         bool
	}{
		{"", "/", "index.html", false},
		{"", "/./", "index.html", false},
		{"", "/assess", "assess.html", false},
		{"", "/web/app.wasm", "web/app.wasm", false},
		{"", "/manifest.webmanifest", "manifest.webmanifest", false},
		{"/socready", "/socready", "index.html", false},
		{"/socready", "/socready/", "index.html", false},
		{"/socready", "/socready/./", "index.html", false},
		{"/socready/", "/socready/results", "results.html", false},
		{"/socready", "/socready/web/icon.svg", "web/icon.svg", false},
		{"/socready", "/web/icon.svg", "", true},
		{"/socready", "/socreadyx/a.js", "", true},
		{"", "https://example.com/x.png", "", true},
		{"", "//example.com/x.png", "", true},
	}
	for _, tt := range tests {
		got, err := FileFor(tt.base, tt.url)
		if (err != nil) != tt.wantErr {
			t.Errorf("FileFor(%q, %q) err = %v, wantErr %v", tt.base, tt.url, err, tt.wantErr)
			continue
		}
		if got != tt.want {
			t.Errorf("FileFor(%q, %q) = %q, want %q", tt.base, tt.url, got, tt.want)
		}
	}
}
