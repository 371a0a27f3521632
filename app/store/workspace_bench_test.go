package store_test

import (
	"testing"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/store"
)

// saveLargest saves the largest assessment a user can make in a fresh
// memory store.
func saveLargest(b *testing.B) (mem *store.Memory, saved engine.Assessment) {
	b.Helper()
	lib, err := engine.DefaultLibrary()
	if err != nil {
		b.Fatal(err)
	}
	a, err := engine.Sample(lib)
	if err != nil {
		b.Fatal(err)
	}
	mem = store.NewMemory()
	if saved, err = store.Open(mem).CreateFrom(a); err != nil {
		b.Fatal(err)
	}
	return mem, saved
}

// BenchmarkList lists one saved assessment, the largest a user can make, as
// the home page does when it starts: a fresh workspace each time, so
// nothing is cached.
func BenchmarkList(b *testing.B) {
	mem, _ := saveLargest(b)
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
	mem, saved := saveLargest(b)
	raw, _ := mem.Get(store.RecordPrefix + saved.ID)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if got, err := store.Open(mem).Load(saved.ID); err != nil || len(got.Answers) != len(saved.Answers) {
			b.Fatalf("load = %d answers, %v", len(got.Answers), err)
		}
	}
}
