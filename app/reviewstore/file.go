package reviewstore

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// The workspace file: every review and request sent, so that a team can pass
// its vendor reviews around.
const (
	FileSchema        = "socready.vendor-reviews"
	FileSchemaVersion = 1
	MaxFileSize       = 5 << 20
)

// File is an exported vendor-review workspace.
type File struct {
	Schema        string        `json:"schema"`
	SchemaVersion int           `json:"schema_version"`
	Exported      string        `json:"exported"`
	Reviews       []Review      `json:"reviews"`
	Requests      []SentRequest `json:"requests"`
}

// Errors of Import, written for the user.
var (
	ErrNotReviews    = errors.New("This file is not a SOC Ready vendor-review export.")
	ErrNewerFile     = errors.New("This file was exported by a newer version of SOC Ready. Reload the app to update it, then import the file again.")
	ErrBadLinkInFile = errors.New("This file holds a results link that does not open")
)

// Export writes every review and request as JSON.
func (s *Store) Export(at time.Time) []byte {
	reviews, _ := s.List()
	f := File{Schema: FileSchema, SchemaVersion: FileSchemaVersion, Exported: at.UTC().Truncate(time.Second).Format(time.RFC3339),
		Reviews: reviews, Requests: s.Requests()}
	if f.Reviews == nil {
		f.Reviews = []Review{}
	}
	if f.Requests == nil {
		f.Requests = []SentRequest{}
	}
	out, _ := json.MarshalIndent(&f, "", "  ") // plain strings: cannot fail
	return append(out, '\n')
}

// Import reads a file written by Export and keeps what it holds: a review
// whose id is already kept is replaced when the file's has a longer history,
// and left alone otherwise. checkLink is called on every link first; the
// file is refused as a whole, before anything is saved, when one fails.
func (s *Store) Import(data []byte, checkLink func(string) error) (int, error) {
	if len(data) > MaxFileSize {
		return 0, ErrNotReviews
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil || f.Schema != FileSchema {
		return 0, ErrNotReviews
	}
	if f.SchemaVersion > FileSchemaVersion {
		return 0, ErrNewerFile
	}
	for i := range f.Reviews {
		if check(&f.Reviews[i]) != nil {
			return 0, ErrNotReviews
		}
		for _, h := range f.Reviews[i].History {
			if err := checkLink(h.Link); err != nil {
				return 0, fmt.Errorf("%w (%s): %v", ErrBadLinkInFile, f.Reviews[i].Name, err)
			}
		}
	}
	for _, q := range f.Requests {
		if err := checkLink(q.Link); err != nil || q.ID == "" {
			return 0, fmt.Errorf("%w (a request): %v", ErrBadLinkInFile, err)
		}
	}
	n := 0
	for _, r := range f.Reviews {
		if old, err := s.Get(r.ID); err == nil && len(old.History) >= len(r.History) {
			continue
		}
		if err := s.Save(r); err != nil {
			return n, err
		}
		n++
	}
	for _, q := range f.Requests {
		if _, ok := s.Request(q.ID); !ok {
			if err := s.SaveRequest(q); err != nil {
				return n, err
			}
		}
	}
	return n, nil
}
