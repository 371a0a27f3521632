package share

import (
	"reflect"
	"slices"
	"testing"

	"github.com/socready/socready/app/engine"
)

// realLibrary returns the embedded library, or skips while the banks are not
// yet valid (they are validated by the engine's own tests).
func realLibrary(t testing.TB) *engine.Library {
	lib, err := engine.DefaultLibrary()
	if err != nil {
		t.Skipf("the embedded question banks do not load yet: %v", err)
	}
	return lib
}

// TestRealBankLinks encodes a complete assessment of the real SOC 2 bank (all
// five categories, every question answered) and reports the link lengths.
func TestRealBankLinks(t *testing.T) {
	lib := realLibrary(t)
	bank := lib.Bank("soc2")
	if bank == nil {
		t.Fatal("the library has no soc2 bank")
	}
	lookup := LookupFrom(lib)
	for _, tc := range []struct {
		name  string
		notes bool
		opts  Options
		max   int
	}{
		{"no notes", false, Options{}, 400},
		{"no notes, passphrase", false, Options{Passphrase: "correct horse"}, 500},
		{"notes", true, Options{Notes: true}, 2500},
	} {
		a := completeAssessment(bank, tc.notes)
		frag, err := Encode(a, bank, tc.opts)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		t.Logf("real soc2 bank v%d, %d questions, complete, %s: %d characters", bank.Version, len(bank.Questions), tc.name, len(frag))
		if len(frag) > tc.max {
			t.Errorf("%s: %d characters, more than %d", tc.name, len(frag), tc.max)
		}
		l, err := DecodeWithPassphrase(frag, tc.opts.Passphrase, lookup)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if want := expected(a, bank, tc.opts.Notes); !reflect.DeepEqual(l.Assessment, want) {
			t.Errorf("%s: decoded assessment differs", tc.name)
		}
	}
}

// TestCategoryTablesMatchFrameworks: every category of every framework has a
// bit in the link format, and each bank's allowed categories are exactly its
// framework's.
func TestCategoryTablesMatchFrameworks(t *testing.T) {
	lib := realLibrary(t)
	for _, b := range lib.Banks() {
		fw := lib.Framework(b.Framework)
		if fw == nil {
			t.Fatalf("bank %s: no framework %q", b.ID, b.Framework)
		}
		var ids []string
		for _, c := range fw.Categories {
			ids = append(ids, c.ID)
			if indexOf(categoryBits, c.ID) < 0 {
				t.Errorf("category %q of %s has no bit in the link format", c.ID, fw.ID)
			}
		}
		if !slices.Equal(ids, bankCategories[b.ID]) {
			t.Errorf("bank %s: link format allows %v, framework has %v", b.ID, bankCategories[b.ID], ids)
		}
		if bankCode(b.ID) == 0 {
			t.Errorf("bank %s has no code in the link format", b.ID)
		}
	}
}
