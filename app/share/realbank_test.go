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

// TestRealBankLinksVersion2 reports the lengths of a complete five-category
// SOC 2 results link carrying everything version 2 added (id, creation time,
// requester, due date, requirements, processor, left-out areas, plan inputs,
// scoping facts), and of a request link with requirements.
func TestRealBankLinksVersion2(t *testing.T) {
	lib := realLibrary(t)
	bank := lib.Bank("soc2")
	a := everything(bank)
	a.ID = "9f86d081884c7d65" // as the app makes them: 8 random bytes in hex
	frag, err := Encode(a, bank, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("real soc2 v%d, complete, with every version-2 field: %d characters", bank.Version, len(frag))
	if len(frag) > 500 {
		t.Errorf("%d characters, more than 500", len(frag))
	}
	l, err := Decode(frag, LookupFrom(lib))
	if err != nil {
		t.Fatal(err)
	}
	if want := expected(a, bank, false); !reflect.DeepEqual(l.Assessment, want) {
		t.Errorf("decoded assessment differs:\n%+v\n%+v", l.Assessment, want)
	}
	req, err := EncodeRequest(Request{Scope: a.Scope, Requester: "Acme vendor security", Due: "2026-12-01", Requirements: a.Request.Requirements}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("request link with requirements: %d characters", len(req))
	if len(req) > 200 {
		t.Errorf("request link: %d characters, more than 200", len(req))
	}
}
