package golit

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

type kind string

type item struct {
	Name  string
	Kind  kind
	Tags  []string
	Count int
	on    bool
	index *item
}

type holder struct {
	Items  []*item
	ByName map[string]int
	Empty  []string
	Ratio  float64
}

func TestLiteral(t *testing.T) {
	skipIndex := func(_ reflect.Type, f reflect.StructField) bool { return f.Name == "index" }
	shared := &item{Name: "x"}
	tests := []struct {
		name    string
		v       any
		opt     Options
		want    string // the whole literal
		imports []string
		wantErr string
	}{
		{name: "scalar", v: 42, want: "42"},
		{name: "named scalar", v: kind("fact"), opt: Options{Package: pkg}, want: `kind("fact")`},
		{name: "nil and empty slices differ", v: holder{Empty: []string{}}, opt: Options{Package: pkg},
			want: "holder{\n\tEmpty: []string{},\n}"},
		{name: "pointers elided in slices, unexported fields kept, maps sorted",
			v:    &holder{Items: []*item{{Name: "a", Kind: "k", on: true}, nil}, ByName: map[string]int{"b": 2, "a": 1}, Ratio: 0.5},
			opt:  Options{Package: pkg},
			want: "&holder{\n\tItems: []*item{\n\t\t{\n\t\t\tName: \"a\",\n\t\t\tKind: kind(\"k\"),\n\t\t\ton:   true,\n\t\t},\n\t\t(*item)(nil),\n\t},\n\tByName: map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2,\n\t},\n\tRatio: 0.5,\n}"},
		{name: "skipped field", v: item{Name: "a", index: &item{}}, opt: Options{Package: pkg, Skip: skipIndex},
			want: "item{\n\tName: \"a\",\n}"},
		{name: "shared pointer refused", v: holder{Items: []*item{shared, shared}}, opt: Options{Package: pkg},
			wantErr: "reached twice"},
		{name: "other package qualified", v: []time.Month{time.March}, opt: Options{Package: pkg},
			want: "[]time.Month{\n\ttime.Month(3),\n}", imports: []string{"time"}},
		{name: "another package's unexported field refused", v: item{on: true}, opt: Options{Package: "example.com/other"},
			wantErr: "unexported"},
		{name: "func refused", v: struct{ F func() }{F: func() {}}, wantErr: "no literal"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, imports, err := Literal(tt.v, tt.opt)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(imports, tt.imports) {
				t.Errorf("imports %v, want %v", imports, tt.imports)
			}
			if string(got) != tt.want+"\n" {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

const pkg = "github.com/socready/socready/app/internal/golit"
