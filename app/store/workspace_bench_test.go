package store_test

import (
	"testing"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// BenchmarkList lists one saved assessment, the largest a user can make, as
// the home page does when it starts: a fresh workspace each time, so
// nothing is cached.
func BenchmarkList(b *testing.B) {
	lib, err := engine.DefaultLibrary()
	if err != nil {
		b.Fatal(err)
	}
	a, err := engine.Sample(lib)
	if err != nil {
		b.Fatal(err)
	}
	mem := store.NewMemory()
	if _, err := store.Open(mem).CreateFrom(a); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if list := store.Open(mem).List(); len(list) != 1 || list[0].Problem != nil {
			b.Fatalf("list = %+v", list)
		}
	}
}

// BenchmarkLoad reads the largest assessment a user can make whole, as the
// questionnaire does when it opens: a fresh workspace each time.
func BenchmarkLoad(b *testing.B) {
	lib, err := engine.DefaultLibrary()
	if err != nil {
		b.Fatal(err)
	}
	a, err := engine.Sample(lib)
	if err != nil {
		b.Fatal(err)
	}
	mem := store.NewMemory()
	saved, err := store.Open(mem).CreateFrom(a)
	if err != nil {
		b.Fatal(err)
	}
	raw, _ := mem.Get("socready.v1.a." + saved.ID)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if got, err := store.Open(mem).Load(saved.ID); err != nil || len(got.Answers) != len(a.Answers) {
			b.Fatalf("load = %d answers, %v", len(got.Answers), err)
		}
	}
}
