package benchseed

import (
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// The seed is a real saved assessment: the app's store reads it back with
// every question answered, and its results link opens.
func TestMake(t *testing.T) {
	s, err := Make()
	if err != nil {
		t.Fatal(err)
	}
	mem := store.NewMemory()
	for k, v := range s.Storage {
		if err := mem.Set(k, v); err != nil {
			t.Fatal(err)
		}
	}
	list := store.Open(mem).List()
	if len(list) != 1 || list[0].Problem != nil {
		t.Fatalf("stored assessments: %+v", list)
	}
	a, err := store.Open(mem).Load(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	lib, _ := engine.DefaultLibrary()
	bank := lib.Bank(a.Bank)
	if bank == nil || len(a.Answers) != len(bank.Questions) || a.Scope.Type != engine.TypeII {
		t.Errorf("seeded %d answers of bank %q (scope %+v)", len(a.Answers), a.Bank, a.Scope)
	}
	if _, err := share.Decode(s.View, share.LookupFrom(lib)); err != nil {
		t.Errorf("the results link does not open: %v", err)
	}
	if got := s.Path("/view"); !strings.HasPrefix(got, "/view#") {
		t.Errorf("Path(/view) = %q", got)
	}
}
