// Package reviewstore keeps a buyer's vendor reviews and the requests it
// sent, in the browser's storage beside (never mixed with) its own
// assessments: its own keys and schema version. A review keeps the results
// links exactly as received (their compact, checked form); the UI decodes
// them with share. Nothing here imports share or the UI.
package reviewstore

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/socready/socready/app/store"
)

// Keys: one record per review and per request sent.
const (
	ReviewPrefix  = store.KeyPrefix + "r."
	RequestPrefix = store.KeyPrefix + "q."
	// SchemaVersion is the version of the records written by this build.
	SchemaVersion = 1
	// MaxHistory bounds the links kept per review (oldest are dropped).
	MaxHistory = 50
)

// Errors the UI turns into plain messages.
var (
	ErrCorrupt = errors.New("saved vendor review is damaged")
	ErrNewer   = errors.New("saved by a newer version of SOC Ready")
)

// Received is one results link as the buyer received it.
type Received struct {
	Link  string `json:"link"`  // the fragment, "s=…"
	Added string `json:"added"` // RFC 3339, when it was added
}

// Review is one vendor's assessment as seen by the buyer, with every link
// received for it, oldest first.
type Review struct {
	ID   string   `json:"id"`
	Name string   `json:"name"` // the buyer's label; the organization to start with
	Tags []string `json:"tags,omitempty"`
	// AssessmentID is the vendor's assessment id from the link: a later link
	// with the same id joins this review's history.
	AssessmentID string     `json:"assessment_id,omitempty"`
	History      []Received `json:"history"`
}

// Latest is the newest link received.
func (r *Review) Latest() Received { return r.History[len(r.History)-1] }

// SentRequest is the buyer's own copy of a request link it made: pass or fail
// is judged against it, never against what a returned link claims.
type SentRequest struct {
	ID      string `json:"id"`
	Link    string `json:"link"`
	Created string `json:"created"`
}

type reviewRecord struct {
	Schema int    `json:"schema"`
	Review Review `json:"review"`
}

type requestRecord struct {
	Schema  int         `json:"schema"`
	Request SentRequest `json:"request"`
}

// Store is the buyer's vendor-review workspace.
type Store struct {
	backend store.Backend
	Now     func() time.Time
	NewID   func() string
}

// Open returns the store over b.
func Open(b store.Backend) *Store {
	return &Store{backend: b, Now: time.Now, NewID: randomID}
}

func randomID() string {
	var b [8]byte
	rand.Read(b[:]) // never fails (crypto/rand panics rather than return an error)
	return hex.EncodeToString(b[:])
}

// List returns every review, sorted by name, and the keys it could not
// read (left in place for the user to decide about).
func (s *Store) List() ([]Review, []string) {
	var out []Review
	var bad []string
	for _, k := range s.backend.Keys() {
		if !strings.HasPrefix(k, ReviewPrefix) {
			continue
		}
		r, err := s.get(k)
		if err != nil {
			bad = append(bad, k)
			continue
		}
		out = append(out, r)
	}
	slices.SortStableFunc(out, func(a, b Review) int { return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)) })
	return out, bad
}

// Get returns one review.
func (s *Store) Get(id string) (Review, error) { return s.get(ReviewPrefix + id) }

func (s *Store) get(key string) (Review, error) {
	raw, ok := s.backend.Get(key)
	if !ok {
		return Review{}, fmt.Errorf("%w: no review %s", ErrCorrupt, key)
	}
	var rec reviewRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return Review{}, ErrCorrupt
	}
	if rec.Schema > SchemaVersion {
		return Review{}, ErrNewer
	}
	if err := check(&rec.Review); err != nil {
		return Review{}, err
	}
	return rec.Review, nil
}

// check refuses a review that would break the pages.
func check(r *Review) error {
	if r.ID == "" || strings.ContainsAny(r.ID, ". ") || len(r.History) == 0 || len(r.History) > MaxHistory {
		return ErrCorrupt
	}
	return nil
}

// Save writes a review; a full storage returns store.ErrQuota and changes
// nothing.
func (s *Store) Save(r Review) error {
	if err := check(&r); err != nil {
		return err
	}
	raw, _ := json.Marshal(reviewRecord{Schema: SchemaVersion, Review: r}) // plain strings: cannot fail
	return s.backend.Set(ReviewPrefix+r.ID, string(raw))
}

// Delete removes a review and returns it, so the UI can undo with Save.
func (s *Store) Delete(id string) (Review, error) {
	r, err := s.Get(id)
	if err != nil {
		return r, err
	}
	s.backend.Remove(ReviewPrefix + id)
	return r, nil
}

// Outcome says what Add did.
type Outcome int

const (
	Added     Outcome = iota // a new review
	Updated                  // a newer link of an assessment already reviewed
	Duplicate                // this very link is already kept: nothing changed
)

// Add keeps a results link: it joins the history of the review with the
// same vendor assessment id, or starts a new review named name.
func (s *Store) Add(link, assessmentID, name string) (Review, Outcome, error) {
	reviews, _ := s.List()
	now := s.Now().UTC().Truncate(time.Second).Format(time.RFC3339)
	for _, r := range reviews {
		for _, h := range r.History {
			if h.Link == link {
				return r, Duplicate, nil
			}
		}
	}
	for _, r := range reviews {
		if assessmentID != "" && r.AssessmentID == assessmentID {
			r.History = append(r.History, Received{Link: link, Added: now})
			if len(r.History) > MaxHistory {
				r.History = r.History[len(r.History)-MaxHistory:]
			}
			return r, Updated, s.Save(r)
		}
	}
	r := Review{ID: s.NewID(), Name: name, AssessmentID: assessmentID, History: []Received{{Link: link, Added: now}}}
	return r, Added, s.Save(r)
}

// SaveRequest keeps the buyer's copy of a request it made.
func (s *Store) SaveRequest(q SentRequest) error {
	if q.ID == "" || strings.ContainsAny(q.ID, ". ") {
		return ErrCorrupt
	}
	raw, _ := json.Marshal(requestRecord{Schema: SchemaVersion, Request: q})
	return s.backend.Set(RequestPrefix+q.ID, string(raw))
}

// Request returns the buyer's copy of the request with this id.
func (s *Store) Request(id string) (SentRequest, bool) {
	if id == "" {
		return SentRequest{}, false
	}
	raw, ok := s.backend.Get(RequestPrefix + id)
	if !ok {
		return SentRequest{}, false
	}
	var rec requestRecord
	if json.Unmarshal([]byte(raw), &rec) != nil || rec.Schema > SchemaVersion || rec.Request.ID != id {
		return SentRequest{}, false
	}
	return rec.Request, true
}

// Requests lists the requests sent, newest first.
func (s *Store) Requests() []SentRequest {
	var out []SentRequest
	for _, k := range s.backend.Keys() {
		if id, ok := strings.CutPrefix(k, RequestPrefix); ok {
			if q, ok := s.Request(id); ok {
				out = append(out, q)
			}
		}
	}
	slices.SortFunc(out, func(a, b SentRequest) int { return strings.Compare(b.Created, a.Created) })
	return out
}
