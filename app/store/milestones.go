package store

import (
	"encoding/json"
	"fmt"
	"time"
)

// Milestones are dated, labelled snapshots of one assessment, kept under
// MilestonePrefix+id apart from the assessment's record (so a save of the
// assessment never rewrites them, and undoing a delete finds them again).
// Each snapshot is a results link of the assessment (see app/share): compact,
// versioned and migrated with the questions like any link.
const (
	MilestonePrefix = KeyPrefix + "m."
	// MaxMilestones bounds the snapshots kept per assessment.
	MaxMilestones = 100
)

// A Milestone is one snapshot.
type Milestone struct {
	Label string `json:"label"`
	Date  string `json:"date"` // RFC 3339, when it was taken
	Link  string `json:"link"` // results link fragment, "s=…"
}

type milestoneRecord struct {
	Schema     int         `json:"schema"`
	Milestones []Milestone `json:"milestones"`
}

// Milestones returns an assessment's snapshots, oldest first.
func (w *Workspace) Milestones(id string) ([]Milestone, error) {
	raw, ok := w.backend.Get(MilestonePrefix + id)
	if !ok {
		return nil, nil
	}
	var rec milestoneRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if rec.Schema > SchemaVersion {
		return nil, ErrNewer
	}
	return rec.Milestones, nil
}

// AddMilestone keeps a snapshot taken now; the oldest goes beyond
// MaxMilestones. A full storage returns ErrQuota and changes nothing.
func (w *Workspace) AddMilestone(id, label, link string) (Milestone, error) {
	list, err := w.Milestones(id)
	if err != nil {
		return Milestone{}, err
	}
	m := Milestone{Label: label, Date: w.Now().UTC().Truncate(time.Second).Format(time.RFC3339), Link: link}
	list = append(list, m)
	if len(list) > MaxMilestones {
		list = list[len(list)-MaxMilestones:]
	}
	return m, w.setMilestones(id, list)
}

// DeleteMilestone removes the snapshot at index i.
func (w *Workspace) DeleteMilestone(id string, i int) error {
	list, err := w.Milestones(id)
	if err != nil || i < 0 || i >= len(list) {
		return err
	}
	return w.setMilestones(id, append(list[:i:i], list[i+1:]...))
}

func (w *Workspace) setMilestones(id string, list []Milestone) error {
	if len(list) == 0 {
		w.backend.Remove(MilestonePrefix + id)
		return nil
	}
	raw, _ := json.Marshal(milestoneRecord{Schema: SchemaVersion, Milestones: list}) // strings only: cannot fail
	return w.backend.Set(MilestonePrefix+id, string(raw))
}
