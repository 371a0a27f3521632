package ui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/socready/socready/app/store"
)

// TestActionMessage: renaming or duplicating an assessment that cannot be
// read says so; it said the storage was full, and that the change was kept,
// which it was not.
func TestActionMessage(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"done", nil, "Renamed."},
		{"damaged", fmt.Errorf("%w: bad answers", store.ErrCorrupt), "its data is damaged"},
		{"newer", store.ErrNewer, "newer version"},
		{"gone", store.ErrNotFound, "deleted in another tab"},
		{"storage full", errors.New("QuotaExceededError"), msgStorageFull},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := actionMessage(tt.err, "Renamed."); !strings.Contains(got, tt.want) {
				t.Fatalf("actionMessage(%v) = %q, want it to contain %q", tt.err, got, tt.want)
			}
		})
	}
}
