package store

import (
	"errors"
	"testing"
	"time"

	"github.com/socready/socready/app/engine"
)

func TestMilestones(t *testing.T) {
	m := NewMemory()
	w := Open(m)
	w.Now = func() time.Time { return time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC) }
	a, err := w.Create("Mine", engine.Scope{Report: engine.SOC2})
	if err != nil {
		t.Fatal(err)
	}
	for _, label := range []string{"Kick-off", "Policies done"} {
		if _, err := w.AddMilestone(a.ID, label, "s="+label); err != nil {
			t.Fatal(err)
		}
	}
	list, err := w.Milestones(a.ID)
	if err != nil || len(list) != 2 || list[0].Label != "Kick-off" || list[1].Date != "2026-11-30T10:00:00Z" {
		t.Fatalf("%+v %v", list, err)
	}
	// Saving the assessment leaves its milestones alone, and they are not
	// listed as assessments.
	if err := w.Save(&a); err != nil {
		t.Fatal(err)
	}
	if n := len(w.List()); n != 1 {
		t.Errorf("%d assessments listed, want 1", n)
	}
	m.Limit = 10
	if _, err := w.AddMilestone(a.ID, "Too big", "s=xxxxxxxxxxxxxxxx"); !errors.Is(err, ErrQuota) {
		t.Errorf("full storage: %v", err)
	}
	m.Limit = 0
	if err := w.DeleteMilestone(a.ID, 0); err != nil {
		t.Fatal(err)
	}
	if list, _ := w.Milestones(a.ID); len(list) != 1 || list[0].Label != "Policies done" {
		t.Errorf("after delete: %+v", list)
	}
	m.Set(MilestonePrefix+"x", "{")
	if _, err := w.Milestones("x"); !errors.Is(err, ErrCorrupt) {
		t.Errorf("damaged: %v", err)
	}
}
