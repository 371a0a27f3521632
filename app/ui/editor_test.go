package ui

import (
	"testing"

	"github.com/socready/socready/app/store"
)

// TestLatestAssessment: a page opened without an assessment in its address
// opens the most recently updated one that can be read, passing over one
// whose answers are damaged (the list does not read them).
func TestLatestAssessment(t *testing.T) {
	const damaged = `{"schema":1,"rev":1,"assessment":{"id":"new","updated":"2026-11-30T10:00:00Z","answers":"not answers"}}`
	good := func(id, updated string) string {
		return `{"schema":1,"rev":1,"assessment":{"id":"` + id + `","updated":"` + updated + `","scope":{"report":"soc2"},"answers":{}}}`
	}
	tests := []struct {
		name    string
		records map[string]string
		want    string
	}{
		{"none", nil, ""},
		{"newest", map[string]string{"a": good("a", "2026-11-01T10:00:00Z"), "b": good("b", "2026-11-02T10:00:00Z")}, "b"},
		{"passes over damaged answers", map[string]string{"new": damaged, "old": good("old", "2026-11-01T10:00:00Z")}, "old"},
		{"not JSON", map[string]string{"bad": "{oops", "old": good("old", "2026-11-01T10:00:00Z")}, "old"},
		{"only damaged", map[string]string{"new": damaged}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mem := store.NewMemory()
			for id, raw := range tt.records {
				if err := mem.Set(store.RecordPrefix+id, raw); err != nil {
					t.Fatal(err)
				}
			}
			if got := latestAssessment(store.Open(mem)); got != tt.want {
				t.Fatalf("latestAssessment = %q, want %q", got, tt.want)
			}
		})
	}
}
