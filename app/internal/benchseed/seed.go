// Package benchseed is what the benchmarks (make bench, make lighthouse)
// put in a browser before measuring a page: the largest assessment a user can
// make, saved as the app saves it, and a results link to it.
package benchseed

import (
	"encoding/json"
	"sort"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// Pages are every pre-rendered page of the app.
var Pages = []string{"/", "/scope", "/assess", "/results", "/report", "/view", "/request"}

// A Seed is the localStorage of a browser with one large assessment in it,
// and a results link to it.
type Seed struct {
	Storage map[string]string
	View    string // the /view fragment, without "#"
}

// Path is page's path with what it shows: /view gets the results link.
func (s Seed) Path(page string) string {
	if page == "/view" {
		return page + "#" + s.View
	}
	return page
}

// StorageJS is a script that writes Storage to the page's localStorage.
func (s Seed) StorageJS() string {
	data, _ := json.Marshal(s.Storage)
	return `(() => { const d = ` + string(data) + `; for (const k in d) localStorage.setItem(k, d[k]); return true; })()`
}

// Make builds the largest assessment a user can make (SOC 2 Type II,
// every category, every question answered with a spread of choices, so the
// results and report pages show gaps of every kind), as the app would have
// saved it.
func Make() (Seed, error) {
	lib, err := engine.DefaultLibrary()
	if err != nil {
		return Seed{}, err
	}
	sample, err := engine.Sample(lib)
	if err != nil {
		return Seed{}, err
	}
	sample.Name = "Lighthouse"
	mem := store.NewMemory()
	ws := store.Open(mem)
	a, err := ws.CreateFrom(sample)
	if err != nil {
		return Seed{}, err
	}
	bank, _ := lib.BankFor(a.Scope)
	if err := ws.Save(&a); err != nil {
		return Seed{}, err
	}
	s := Seed{Storage: map[string]string{}}
	keys := mem.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		s.Storage[k], _ = mem.Get(k)
	}
	s.View, err = share.Encode(a, bank, share.Options{})
	return s, err
}
