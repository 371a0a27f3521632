package store

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/socready/socready/app/engine"
)

func newTestWorkspace(b Backend) *Workspace {
	w := Open(b)
	n := 0
	w.NewID = func() string { n++; return fmt.Sprintf("id%d", n) }
	t0 := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	w.Now = func() time.Time { t0 = t0.Add(time.Minute); return t0 }
	return w
}

func TestCreateLoadList(t *testing.T) {
	w := newTestWorkspace(NewMemory())
	a, err := w.Create("Acme", engine.Scope{Report: engine.SOC2, Type: engine.TypeI})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := w.Create("Beta", engine.Scope{Report: engine.SOC1, Type: engine.TypeII})
	a.Answers["q1"] = engine.Answer{Choice: engine.Documented, Note: "<script>x</script>"}
	if err := w.Save(&a); err != nil {
		t.Fatal(err)
	}
	got, err := w.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Answers["q1"].Note != "<script>x</script>" || got.Name != "Acme" {
		t.Fatalf("loaded %+v", got)
	}
	list := w.List()
	if len(list) != 2 || list[0].ID != a.ID || list[1].ID != b.ID {
		t.Fatalf("list order (most recent first) = %+v", list)
	}
}

func TestSaveDetectsOtherTab(t *testing.T) {
	mem := NewMemory()
	tabA, tabB := newTestWorkspace(mem), newTestWorkspace(mem)
	a, _ := tabA.Create("Shared", engine.Scope{Report: engine.SOC2})
	inB, err := tabB.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	a.Answers["q1"] = engine.Answer{Choice: engine.Planned}
	if err := tabA.Save(&a); err != nil {
		t.Fatal(err)
	}
	inB.Answers["q1"] = engine.Answer{Choice: engine.Operating}
	if err := tabB.Save(&inB); !errors.Is(err, ErrConflict) {
		t.Fatalf("tab B save = %v, want ErrConflict", err)
	}
	if got, _ := tabA.Load(a.ID); got.Answers["q1"].Choice != engine.Planned {
		t.Fatal("tab A's work was overwritten")
	}
	if err := tabB.ForceSave(&inB); err != nil {
		t.Fatal(err)
	}
	if got, _ := tabA.Load(a.ID); got.Answers["q1"].Choice != engine.Operating {
		t.Fatal("force save did not win")
	}
}

func TestQuotaKeepsPreviousRecord(t *testing.T) {
	mem := NewMemory()
	w := newTestWorkspace(mem)
	a, _ := w.Create("Small", engine.Scope{Report: engine.SOC2})
	mem.Limit = len(mem.data[key(a.ID)]) + 100
	big := make([]byte, 500)
	for i := range big {
		big[i] = 'x'
	}
	a.Answers["q1"] = engine.Answer{Choice: engine.Partial, Note: string(big)}
	if err := w.Save(&a); !errors.Is(err, ErrQuota) {
		t.Fatalf("save = %v, want ErrQuota", err)
	}
	// The stored record, as another tab or a reload reads it (this tab
	// keeps its unsaved version: see unsaved_test.go).
	got, err := newTestWorkspace(mem).Load(a.ID)
	if err != nil || len(got.Answers) != 0 {
		t.Fatalf("previous record damaged: %+v, %v", got, err)
	}
}

func TestDeleteUndo(t *testing.T) {
	w := newTestWorkspace(NewMemory())
	a, _ := w.Create("Gone", engine.Scope{Report: engine.SOC2})
	undo, err := w.Delete(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Load(a.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("after delete load = %v", err)
	}
	if err := undo(); err != nil {
		t.Fatal(err)
	}
	if got, err := w.Load(a.ID); err != nil || got.Name != "Gone" {
		t.Fatalf("after undo: %+v %v", got, err)
	}
}

func TestDuplicateAndRename(t *testing.T) {
	w := newTestWorkspace(NewMemory())
	a, _ := w.Create("Orig", engine.Scope{Report: engine.SOC2, Categories: []string{"security"}})
	a.Answers["q1"] = engine.Answer{Choice: engine.Documented}
	_ = w.Save(&a)
	c, err := w.Duplicate(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.ID == a.ID || c.Name != "Copy of Orig" || c.Answers["q1"].Choice != engine.Documented {
		t.Fatalf("duplicate = %+v", c)
	}
	c.Answers["q1"] = engine.Answer{Choice: engine.NotStarted}
	c.Scope.Categories[0] = "privacy"
	if got, _ := w.Load(a.ID); got.Answers["q1"].Choice != engine.Documented || got.Scope.Categories[0] != "security" {
		t.Fatal("duplicate aliases the original")
	}
	if err := w.Rename(a.ID, "Renamed"); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.Load(a.ID); got.Name != "Renamed" {
		t.Fatalf("rename: %q", got.Name)
	}
}

func TestDamagedRecords(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want error
	}{
		{"not json", "{oops", ErrCorrupt},
		{"newer schema", `{"schema":99,"rev":1,"assessment":{"id":"x"}}`, ErrNewer},
		{"wrong id", `{"schema":1,"rev":1,"assessment":{"id":"other"}}`, ErrCorrupt},
		{"no schema", `{"rev":1,"assessment":{"id":"x"}}`, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemory()
			_ = mem.Set(key("x"), tt.raw)
			w := newTestWorkspace(mem)
			if _, err := w.Load("x"); !errors.Is(err, tt.want) {
				t.Fatalf("load = %v, want %v", err, tt.want)
			}
			list := w.List()
			if len(list) != 1 || !errors.Is(list[0].Problem, tt.want) {
				t.Fatalf("list = %+v", list)
			}
			if v, _ := mem.Get(key("x")); v != tt.raw {
				t.Fatal("a damaged record was modified")
			}
		})
	}
}

// TestListSkipsTheAnswers: the list decodes only the head of a record, so
// damage in the answers shows when the assessment is read whole (opened,
// renamed, duplicated), and from then on in the list.
func TestListSkipsTheAnswers(t *testing.T) {
	mem := NewMemory()
	raw := `{"schema":1,"rev":1,"assessment":{"id":"x","name":"Acme","updated":"2026-11-30T10:00:00Z","scope":{"report":"soc2"},"answers":"not answers"}}`
	_ = mem.Set(key("x"), raw)
	w := newTestWorkspace(mem)
	list := w.List()
	want := Summary{ID: "x", Name: "Acme", Report: engine.SOC2, Updated: "2026-11-30T10:00:00Z"}
	if len(list) != 1 || list[0] != want {
		t.Fatalf("list = %+v, want %+v", list, want)
	}
	if err := w.Rename("x", "New"); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("rename = %v, want %v", err, ErrCorrupt)
	}
	if _, err := w.Load("x"); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("load = %v, want %v", err, ErrCorrupt)
	}
	if list := w.List(); len(list) != 1 || !errors.Is(list[0].Problem, ErrCorrupt) {
		t.Fatalf("list after the damage was found = %+v", list)
	}
	if v, _ := mem.Get(key("x")); v != raw {
		t.Fatal("a damaged record was modified")
	}
}

// TestListAfterLoad: a record read whole is listed from what was read, with
// the same fields as from its head.
func TestListAfterLoad(t *testing.T) {
	mem := NewMemory()
	w := newTestWorkspace(mem)
	a, err := w.Create("Acme", engine.Scope{Report: engine.SOC1, Type: engine.TypeI})
	if err != nil {
		t.Fatal(err)
	}
	a.Organization = "Acme Corp"
	if err := w.Save(&a); err != nil {
		t.Fatal(err)
	}
	fresh := newTestWorkspace(mem).List()
	if _, err := w.Load(a.ID); err != nil {
		t.Fatal(err)
	}
	cached := w.List()
	want := Summary{ID: a.ID, Name: "Acme", Organization: "Acme Corp", Report: engine.SOC1, Updated: a.Updated}
	if len(fresh) != 1 || fresh[0] != want || len(cached) != 1 || cached[0] != want {
		t.Fatalf("from the head: %+v\nafter load: %+v\nwant %+v", fresh, cached, want)
	}
}

func TestListIgnoresOtherKeys(t *testing.T) {
	mem := NewMemory()
	_ = mem.Set("someone-else", "{}")
	_ = mem.Set(KeyPrefix+"prefs", "{}")
	if got := newTestWorkspace(mem).List(); len(got) != 0 {
		t.Fatalf("list = %+v", got)
	}
}

func TestStoredRev(t *testing.T) {
	tests := []struct {
		name, raw string
		rev       int64
		ok        bool
	}{
		{"as written", `{"schema":1,"rev":7,"assessment":{"id":"x"}}`, 7, true},
		{"rev after the assessment", `{"assessment":{"id":"x","answers":{"rev":{}}},"rev":3}`, 3, true},
		{"no rev", `{"schema":1,"assessment":{}}`, 0, false},
		{"rev not a number", `{"rev":"7"}`, 0, false},
		{"not an object", `[1,2]`, 0, false},
		{"damaged", `{"schema":1,"re`, 0, false},
		{"empty", ``, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemory()
			mem.Set(key("x"), tt.raw)
			rev, ok := Open(mem).storedRev("x")
			if rev != tt.rev || ok != tt.ok {
				t.Fatalf("storedRev = %d, %v; want %d, %v", rev, ok, tt.rev, tt.ok)
			}
		})
	}
	if _, ok := Open(NewMemory()).storedRev("missing"); ok {
		t.Fatal("a missing record has no revision")
	}
}

func TestCreateFromKeepsEverything(t *testing.T) {
	w := newTestWorkspace(NewMemory())
	src := engine.Assessment{
		ID: "from-a-file", Name: "Imported", Organization: "Acme", Created: "2020-01-01T00:00:00Z",
		Bank: "soc2", BankVersion: 1,
		Scope:   engine.Scope{Report: engine.SOC2, Type: engine.TypeII, Categories: []string{"security"}},
		Scoping: engine.Answers{"public-seal": {Choice: engine.Yes}},
		Answers: engine.Answers{"q1": {Choice: engine.Documented, Note: "n"}},
		Request: &engine.Request{From: "Buyer", Message: "By Friday", Due: "2026-12-01"},
	}
	a, err := w.CreateFrom(src)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == src.ID || a.Created == src.Created || a.Created == "" {
		t.Fatalf("id %q, created %q: want a fresh id and creation time", a.ID, a.Created)
	}
	got, err := w.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := src
	want.ID, want.Created, want.Updated = a.ID, a.Created, a.Updated
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("saved\n%+v\nwant\n%+v", got, want)
	}
	a.Answers["q1"] = engine.Answer{Choice: engine.Planned}
	a.Request.From = "changed"
	if src.Answers["q1"].Choice != engine.Documented || src.Request.From != "Buyer" {
		t.Fatal("the copy shares data with its source")
	}
}

// Clone copies the scope's reasons too: editing a copy's reason must not
// change the original's.
func TestCloneCopiesOutOfScopeReasons(t *testing.T) {
	a := engine.Assessment{Scope: engine.Scope{Report: engine.SOC1, Categories: []string{"entity", "itgc"},
		OutOfScope: map[string]string{"business": "We only host."}}}
	c := Clone(a)
	c.Scope.OutOfScope["business"] = "changed"
	if a.Scope.OutOfScope["business"] != "We only host." {
		t.Fatal("the clone shares the original's out-of-scope reasons")
	}
}

// A clone shares no memory with its source, in any field present or
// future: the workspace hands clones out (unsaved copies, decoded records)
// and the pages edit them in place (the plan inputs are edited through a
// pointer).
func TestCloneSharesNothing(t *testing.T) {
	a := engine.Assessment{
		Scope:   engine.Scope{Categories: []string{"security"}, OutOfScope: map[string]string{"x": "y"}},
		Scoping: engine.Answers{"f": {Choice: engine.Yes}},
		Answers: engine.Answers{"q": {Choice: engine.Planned}},
		Request: &engine.Request{From: "B", Requirements: &engine.Requirements{
			MinCategory: map[string]int{"security": 70},
			Controls:    []engine.ControlRequirement{{Ref: "CC6.1"}},
		}},
		Plan: &engine.PlanInputs{People: 2},
	}
	if shared := sharedMemory(reflect.ValueOf(a), reflect.ValueOf(Clone(a)), "Assessment"); len(shared) > 0 {
		t.Errorf("the clone shares %v with its source", shared)
	}
}

// sharedMemory lists the paths where a and b point to the same memory.
func sharedMemory(a, b reflect.Value, path string) []string {
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			return nil
		}
		if a.Pointer() == b.Pointer() {
			return []string{path}
		}
		return sharedMemory(a.Elem(), b.Elem(), path)
	case reflect.Map:
		if a.Len() > 0 && a.Pointer() == b.Pointer() {
			return []string{path}
		}
		var out []string
		for _, k := range a.MapKeys() {
			if bv := b.MapIndex(k); bv.IsValid() {
				out = append(out, sharedMemory(a.MapIndex(k), bv, path+"["+fmt.Sprint(k)+"]")...)
			}
		}
		return out
	case reflect.Slice:
		if a.Len() > 0 && b.Len() > 0 && a.Pointer() == b.Pointer() {
			return []string{path}
		}
		var out []string
		for i := 0; i < min(a.Len(), b.Len()); i++ {
			out = append(out, sharedMemory(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i))...)
		}
		return out
	case reflect.Struct:
		var out []string
		for i := 0; i < a.NumField(); i++ {
			out = append(out, sharedMemory(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name)...)
		}
		return out
	}
	return nil
}

// Reading a record again gives what is stored now, never an earlier
// decoding: another tab may have written it, and the caller may have
// edited what it got.
func TestReadAgain(t *testing.T) {
	mem := NewMemory()
	w := newTestWorkspace(mem)
	a, err := w.Create("First", engine.Scope{Report: engine.SOC2, Type: engine.TypeI})
	if err != nil {
		t.Fatal(err)
	}
	got, err := w.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	got.Name = "edited, not saved"
	got.Answers["q"] = engine.Answer{Choice: engine.Planned}
	again, err := w.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if again.Name != "First" || len(again.Answers) != 0 {
		t.Fatalf("read %q with %d answers: an edit of an earlier read leaked into it", again.Name, len(again.Answers))
	}

	other := newTestWorkspace(mem) // another tab
	b, err := other.Load(a.ID)
	if err != nil {
		t.Fatal(err)
	}
	b.Name = "Renamed in another tab"
	if err := other.Save(&b); err != nil {
		t.Fatal(err)
	}
	if l := w.List(); len(l) != 1 || l[0].Name != b.Name {
		t.Fatalf("list %+v: want the other tab's name", l)
	}
	if again, _ := w.Load(a.ID); again.Name != b.Name {
		t.Fatalf("loaded %q: want the other tab's name", again.Name)
	}
}

// TestLatest: a page opened without an assessment in its address opens the
// most recently updated one that can be read whole, passing over records
// damaged in their answers (the list reads only heads), and counting this
// tab's unsaved changes.
func TestLatest(t *testing.T) {
	const damaged = `{"schema":1,"rev":1,"assessment":{"id":"new","updated":"2026-11-30T10:00:00Z","answers":"not answers"}}`
	good := func(id, updated string) string {
		return `{"schema":1,"rev":1,"assessment":{"id":"` + id + `","updated":"` + updated + `","scope":{"report":"soc2"},"answers":{}}}`
	}
	tests := []struct {
		name    string
		records map[string]string
		unsaved bool // the workspace also holds a new assessment it could not save
		want    string
	}{
		{"none", nil, false, ""},
		{"newest", map[string]string{"a": good("a", "2026-11-01T10:00:00Z"), "b": good("b", "2026-11-02T10:00:00Z")}, false, "b"},
		{"same time: by id", map[string]string{"b": good("b", "2026-11-01T10:00:00Z"), "a": good("a", "2026-11-01T10:00:00Z")}, false, "a"},
		{"passes over damaged answers", map[string]string{"new": damaged, "old": good("old", "2026-11-01T10:00:00Z")}, false, "old"},
		{"not JSON", map[string]string{"bad": "{oops", "old": good("old", "2026-11-01T10:00:00Z")}, false, "old"},
		{"newer schema", map[string]string{"newer": `{"schema":99,"rev":1,"assessment":{"id":"newer","updated":"2026-12-01T10:00:00Z"}}`}, false, ""},
		{"only damaged", map[string]string{"new": damaged}, false, ""},
		{"unsaved is newest", map[string]string{"old": good("old", "2026-11-01T10:00:00Z")}, true, "id1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := NewMemory()
			for id, raw := range tt.records {
				if err := mem.Set(key(id), raw); err != nil {
					t.Fatal(err)
				}
			}
			w := newTestWorkspace(mem)
			if tt.unsaved {
				mem.Limit = 10
				if _, err := w.Create("New", engine.Scope{Report: engine.SOC2}); err == nil {
					t.Fatal("creation fitted in 10 bytes")
				}
			}
			if got := w.Latest(); got != tt.want {
				t.Fatalf("Latest = %q, want %q", got, tt.want)
			}
		})
	}
}
