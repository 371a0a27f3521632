package store

import (
	"encoding/json"
	"errors"
	"sort"

	"github.com/socready/socready/app/engine"
)

// A save that fails (storage full, another tab's newer version) must never
// lose what was not written. The workspace keeps, for the life of the tab,
// the latest version of every assessment whose save failed: Load returns it
// instead of the stored record, so leaving a page and coming back keeps the
// answers; RetryUnsaved writes them once they can fit (the UI calls it after
// a deletion, on focus and when another tab frees space); Delete retries by
// itself.

// keepUnsaved remembers a's latest version after its save failed.
func (w *Workspace) keepUnsaved(a *engine.Assessment) {
	if w.unsaved == nil {
		w.unsaved = map[string]engine.Assessment{}
	}
	w.unsaved[a.ID] = Clone(*a)
}

// HasUnsaved reports whether any change made in this tab is not saved.
func (w *Workspace) HasUnsaved() bool { return len(w.unsaved) > 0 }

// Unsaved returns the assessments whose latest changes are not saved, by id.
func (w *Workspace) Unsaved() []engine.Assessment {
	out := make([]engine.Assessment, 0, len(w.unsaved))
	for _, a := range w.unsaved {
		out = append(out, Clone(a))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// UnsavedChanges counts the changes not saved, over every assessment: one
// per answer (or scoping answer) that differs from the stored record, plus
// one for an assessment whose name, scope or other details differ. An
// assessment that was never stored counts its answers and itself.
func (w *Workspace) UnsavedChanges() int {
	n := 0
	for id, a := range w.unsaved {
		rec, err := w.read(id)
		if err != nil {
			n += 1 + len(a.Answers) + len(a.Scoping)
			continue
		}
		n += changedAnswers(rec.Assessment.Answers, a.Answers) + changedAnswers(rec.Assessment.Scoping, a.Scoping)
		if detailsDiffer(rec.Assessment, a) {
			n++
		}
	}
	return n
}

func changedAnswers(stored, now engine.Answers) int {
	n := 0
	for id, a := range now {
		if s, ok := stored[id]; !ok || s != a {
			n++
		}
	}
	for id := range stored {
		if _, ok := now[id]; !ok {
			n++
		}
	}
	return n
}

// detailsDiffer compares everything but the answers and the timestamps.
func detailsDiffer(stored, now engine.Assessment) bool {
	strip := func(a engine.Assessment) string {
		a.Answers, a.Scoping, a.Updated, a.Created = nil, nil, "", ""
		b, _ := json.Marshal(a)
		return string(b)
	}
	return strip(stored) != strip(now)
}

// RetryUnsaved tries to save every unsaved assessment again. It returns the
// first error (nil when everything is saved now or nothing was pending).
func (w *Workspace) RetryUnsaved() error {
	var errs []error
	for _, a := range w.Unsaved() {
		if err := w.Save(&a); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// IsUnsaved reports whether id has changes in this tab that are not saved.
func (w *Workspace) IsUnsaved(id string) bool {
	_, ok := w.unsaved[id]
	return ok
}

// Discard forgets this tab's unsaved changes to id, when the user chose
// another tab's version.
func (w *Workspace) Discard(id string) { delete(w.unsaved, id) }
