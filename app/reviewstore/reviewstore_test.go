package reviewstore

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/socready/socready/app/store"
)

func newStore(b store.Backend) *Store {
	s := Open(b)
	n := 0
	s.NewID = func() string { n++; return fmt.Sprintf("r%d", n) }
	s.Now = func() time.Time { return time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC) }
	return s
}

func TestAddJoinsHistoryBySameAssessment(t *testing.T) {
	s := newStore(store.NewMemory())
	steps := []struct {
		link, assessment, name string
		want                   Outcome
		history                int
	}{
		{"s=one", "a1", "Vendor A", Added, 1},
		{"s=one", "a1", "Vendor A", Duplicate, 1},
		{"s=two", "a1", "Vendor A", Updated, 2},
		{"s=three", "b1", "Vendor B", Added, 1},
		{"s=four", "", "Vendor C", Added, 1},
		{"s=five", "", "Vendor C", Added, 1}, // no id: cannot be matched
	}
	for _, st := range steps {
		r, got, err := s.Add(st.link, st.assessment, st.name)
		if err != nil || got != st.want || len(r.History) != st.history {
			t.Fatalf("%s: outcome %v history %d err %v; want %v %d", st.link, got, len(r.History), err, st.want, st.history)
		}
	}
	list, bad := s.List()
	if len(list) != 4 || len(bad) != 0 || list[0].Name != "Vendor A" || list[0].Latest().Link != "s=two" {
		t.Errorf("list %+v, bad %v", list, bad)
	}
}

func TestDeleteAndUndo(t *testing.T) {
	s := newStore(store.NewMemory())
	r, _, _ := s.Add("s=one", "a1", "Vendor A")
	gone, err := s.Delete(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Fatal("not deleted")
	}
	if err := s.Save(gone); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 1 || list[0].Name != "Vendor A" {
		t.Fatalf("undo: %+v", list)
	}
}

func TestFullStorageLosesNothing(t *testing.T) {
	m := store.NewMemory()
	s := newStore(m)
	if _, _, err := s.Add("s=one", "a1", "Vendor A"); err != nil {
		t.Fatal(err)
	}
	m.Limit = 10
	if _, _, err := s.Add("s="+strings.Repeat("x", 100), "a1", "Vendor A"); !errors.Is(err, store.ErrQuota) {
		t.Fatalf("got %v, want ErrQuota", err)
	}
	m.Limit = 0
	if list, _ := s.List(); len(list) != 1 || len(list[0].History) != 1 {
		t.Fatalf("after a failed save: %+v", list)
	}
}

func TestDamagedRecordIsListedAsBad(t *testing.T) {
	m := store.NewMemory()
	s := newStore(m)
	s.Add("s=one", "a1", "Vendor A")
	m.Set(ReviewPrefix+"broken", "{not json")
	m.Set(ReviewPrefix+"newer", `{"schema":9,"review":{"id":"newer","history":[{"link":"s=x"}]}}`)
	m.Set(store.RecordPrefix+"mine", "{}") // the user's own assessment: not a review
	list, bad := s.List()
	if len(list) != 1 || len(bad) != 2 {
		t.Fatalf("list %d, bad %v", len(list), bad)
	}
}

func TestRequestsAndFileRoundTrip(t *testing.T) {
	s := newStore(store.NewMemory())
	s.Add("s=one", "a1", "Vendor A")
	s.Add("s=two", "a1", "Vendor A")
	if err := s.SaveRequest(SentRequest{ID: "q1", Link: "s=req", Created: "2026-11-30T10:00:00Z"}); err != nil {
		t.Fatal(err)
	}
	if q, ok := s.Request("q1"); !ok || q.Link != "s=req" {
		t.Fatalf("request copy %+v %v", q, ok)
	}
	data := s.Export(s.Now())
	ok := func(string) error { return nil }
	other := newStore(store.NewMemory())
	if n, err := other.Import(data, ok); err != nil || n != 1 {
		t.Fatalf("import: %d %v", n, err)
	}
	if string(other.Export(s.Now())) != string(data) {
		t.Errorf("export → import → export differs:\n%s\n%s", data, other.Export(s.Now()))
	}
	refuse := func(l string) error {
		if l == "s=two" {
			return errors.New("altered")
		}
		return nil
	}
	third := newStore(store.NewMemory())
	if _, err := third.Import(data, refuse); !errors.Is(err, ErrBadLinkInFile) {
		t.Errorf("bad link: got %v", err)
	}
	if list, _ := third.List(); len(list) != 0 {
		t.Error("a refused file saved something")
	}
	for _, bad := range []string{"", "{}", `{"schema":"socready.assessment"}`, `[1]`} {
		if _, err := third.Import([]byte(bad), ok); !errors.Is(err, ErrNotReviews) {
			t.Errorf("%q: got %v", bad, err)
		}
	}
	newer := strings.Replace(string(data), `"schema_version": 1`, `"schema_version": 2`, 1)
	if _, err := third.Import([]byte(newer), ok); !errors.Is(err, ErrNewerFile) {
		t.Errorf("newer: got %v", err)
	}
}
