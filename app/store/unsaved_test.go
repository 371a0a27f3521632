package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/socready/socready/app/engine"
)

// TestStorageFullKeepsAnswers is issue 11's defect 1: storage fills up, a
// save fails, the user answers more questions, leaves the page, deletes an
// old assessment as advised and reopens theirs. Before the fix the answers
// given after the failure were gone: the workspace kept nothing that a save
// could not write, and Load returned the stored record.
func TestStorageFullKeepsAnswers(t *testing.T) {
	mem := NewMemory()
	w := newTestWorkspace(mem)
	old, err := w.Create("Old", engine.Scope{Report: engine.SOC2})
	if err != nil {
		t.Fatal(err)
	}
	old.Organization = strings.Repeat("x", 2000)
	if err := w.Save(&old); err != nil {
		t.Fatal(err)
	}
	mine, err := w.Create("Mine", engine.Scope{Report: engine.SOC2})
	if err != nil {
		t.Fatal(err)
	}
	mem.Limit = len(strings.Join(mem.Keys(), "")) + 2400 + 500 // room for a little more
	for i := range 5 {
		mine.Answers[string(rune('a'+i))+strings.Repeat("q", 200)] = engine.Answer{Choice: engine.Planned, Note: strings.Repeat("n", 100)}
		err = w.Save(&mine)
	}
	if !errors.Is(err, ErrQuota) {
		t.Fatalf("the storage never filled: %v", err)
	}
	if !w.HasUnsaved() || !w.IsUnsaved(mine.ID) {
		t.Fatal("a failed save is not kept as unsaved")
	}
	if n := w.UnsavedChanges(); n < 1 || n > 5 {
		t.Fatalf("UnsavedChanges = %d, want between 1 and 5", n)
	}
	// Leaving the page: the editor is gone; reopening goes through Load.
	back, err := w.Load(mine.ID)
	if err != nil || len(back.Answers) != 5 {
		t.Fatalf("reopened before freeing space: %d answers, %v; want all 5", len(back.Answers), err)
	}
	if list := w.List(); !list[0].Unsaved && !list[1].Unsaved {
		t.Errorf("the list does not say which assessment is unsaved: %+v", list)
	}
	// Deleting the old assessment frees space: the changes are saved at once.
	if _, err := w.Delete(old.ID); err != nil {
		t.Fatal(err)
	}
	if w.HasUnsaved() || w.UnsavedChanges() != 0 {
		t.Fatal("deleting an assessment did not retry the failed save")
	}
	fresh := newTestWorkspace(mem) // another tab, or after a reload
	got, err := fresh.Load(mine.ID)
	if err != nil || len(got.Answers) != 5 {
		t.Fatalf("stored after the deletion: %d answers, %v; want 5", len(got.Answers), err)
	}
}

// TestRetryUnsaved: space freed elsewhere (another tab) is used by
// RetryUnsaved; a never-stored assessment (its creation failed) is listed
// and saved too; Discard drops changes the user chose not to keep.
func TestRetryUnsaved(t *testing.T) {
	mem := NewMemory()
	mem.Limit = 10
	w := newTestWorkspace(mem)
	a, err := w.Create("New", engine.Scope{Report: engine.SOC2})
	if err == nil {
		t.Fatal("creation fitted in 10 bytes")
	}
	if list := w.List(); len(list) != 1 || list[0].ID != a.ID || !list[0].Unsaved {
		t.Fatalf("the unsaved new assessment is not listed: %+v", list)
	}
	if w.UnsavedChanges() != 1 {
		t.Errorf("UnsavedChanges = %d, want 1", w.UnsavedChanges())
	}
	if w.RetryUnsaved() == nil {
		t.Fatal("retry succeeded with no space")
	}
	mem.Limit = 0
	if err := w.RetryUnsaved(); err != nil || w.HasUnsaved() {
		t.Fatalf("retry with space: %v, unsaved %v", err, w.HasUnsaved())
	}
	b, _ := w.Create("B", engine.Scope{Report: engine.SOC2})
	other := newTestWorkspace(mem)
	ob, _ := other.Load(b.ID)
	other.Save(&ob)
	b.Name = "B renamed here"
	if err := w.Save(&b); !errors.Is(err, ErrConflict) || !w.IsUnsaved(b.ID) {
		t.Fatalf("conflict: %v, unsaved %v", err, w.IsUnsaved(b.ID))
	}
	w.Discard(b.ID)
	if got, _ := w.Load(b.ID); got.Name != "B" {
		t.Errorf("after Discard, Load = %q, want the stored version", got.Name)
	}
}
