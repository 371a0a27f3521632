package store

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/socready/socready/app/engine"
)

// Keys are namespaced so SOC Ready never collides with other data on the
// origin, and versioned so a future schema can migrate old records.
const (
	KeyPrefix    = "socready.v1."
	RecordPrefix = KeyPrefix + "a."
	// SchemaVersion is the version of Record written by this build.
	SchemaVersion = 1
)

// Errors the UI turns into plain messages.
var (
	ErrNotFound = errors.New("assessment not found")
	ErrConflict = errors.New("changed in another tab")
	ErrCorrupt  = errors.New("saved data is damaged")
	ErrNewer    = errors.New("saved by a newer version of SOC Ready")
)

// Record is what is stored under RecordPrefix+id.
type Record struct {
	Schema     int               `json:"schema"`
	Rev        int64             `json:"rev"`
	Assessment engine.Assessment `json:"assessment"`
}

// Summary is one line of the saved-assessments list.
type Summary struct {
	ID           string
	Name         string
	Organization string
	Report       engine.Report
	Updated      string
	// Unsaved is set when this tab holds changes to it that are not saved.
	Unsaved bool
	// Problem is set when the record cannot be read; it is listed, never
	// deleted or overwritten, so the user decides what to do with it.
	Problem error
}

// Workspace is one tab's view of the saved assessments.
type Workspace struct {
	backend Backend
	seen    map[string]int64 // revision this tab last read or wrote, per id
	// unsaved holds the latest version of each assessment whose last save
	// failed, until a save succeeds (see unsaved.go).
	unsaved map[string]engine.Assessment
	// decoded keeps the last record read whole per id (or why it could
	// not be read) with the text it came from: listing and opening
	// assessments read the same unchanged records again and again, and
	// decoding JSON is slow in the browser.
	decoded map[string]decodedRecord
	// Now and NewID are replaceable for deterministic tests.
	Now   func() time.Time
	NewID func() string
}

// Open returns a workspace over b.
func Open(b Backend) *Workspace {
	return &Workspace{backend: b, seen: map[string]int64{}, decoded: map[string]decodedRecord{}, Now: time.Now, NewID: randomID}
}

func randomID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return fmt.Sprintf("%x", time.Now().UnixNano())
	}
	return hex.EncodeToString(b[:])
}

func key(id string) string { return RecordPrefix + id }

// List returns every saved assessment, most recently updated first.
func (w *Workspace) List() []Summary {
	var out []Summary
	for _, k := range keysWithPrefix(w.backend, RecordPrefix) {
		out = append(out, w.summary(strings.TrimPrefix(k, RecordPrefix)))
	}
	// What this tab could not save is listed as this tab has it.
	listed := map[string]int{}
	for i, s := range out {
		listed[s.ID] = i
	}
	for _, a := range w.Unsaved() {
		s := Summary{ID: a.ID, Name: a.Name, Organization: a.Organization, Report: a.Scope.Report, Updated: a.Updated, Unsaved: true}
		if i, ok := listed[a.ID]; ok {
			out[i] = s
		} else {
			out = append(out, s)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return listedBefore(out[i], out[j]) })
	return out
}

// listedBefore reports whether a comes before b in the list: the most
// recently updated first, then by id.
func listedBefore(a, b Summary) bool {
	if a.Updated != b.Updated {
		return a.Updated > b.Updated
	}
	return a.ID < b.ID
}

// Latest is the id of the most recently updated assessment that can be
// read, or "": a page opened without an assessment in its address opens
// that one. Unlike List it reads each record whole, so that a record
// damaged in its answers is passed over, and the page then opens the one
// it chose from what was read here.
func (w *Workspace) Latest() string {
	var best Summary
	consider := func(id, updated string) {
		if s := (Summary{ID: id, Updated: updated}); best.ID == "" || listedBefore(s, best) {
			best = s
		}
	}
	for _, k := range keysWithPrefix(w.backend, RecordPrefix) {
		id := strings.TrimPrefix(k, RecordPrefix)
		if _, ok := w.unsaved[id]; ok {
			continue
		}
		if rec, err := w.read(id); err == nil {
			consider(id, rec.Assessment.Updated)
		}
	}
	for id, a := range w.unsaved {
		consider(id, a.Updated)
	}
	return best.ID
}

func (w *Workspace) read(id string) (Record, error) {
	raw, ok := w.backend.Get(key(id))
	if !ok {
		return Record{}, ErrNotFound
	}
	if d, ok := w.decoded[id]; ok && d.raw == raw {
		if d.err != nil {
			return Record{}, d.err
		}
		rec := d.rec
		rec.Assessment = Clone(d.rec.Assessment)
		return rec, nil
	}
	var rec Record
	err := json.Unmarshal([]byte(raw), &rec)
	if err != nil {
		err = fmt.Errorf("%w: %v", ErrCorrupt, err)
	} else {
		err = checkLayout(rec.Schema, rec.Assessment.ID, id)
	}
	if err != nil {
		w.decoded[id] = decodedRecord{raw: raw, err: err}
		return Record{}, err
	}
	kept := rec
	kept.Assessment = Clone(rec.Assessment)
	w.decoded[id] = decodedRecord{raw: raw, rec: kept}
	return rec, nil
}

// checkLayout says whether a record of schema, holding the assessment
// gotID, can be read as the record of id.
func checkLayout(schema int, gotID, id string) error {
	if schema > SchemaVersion {
		return ErrNewer
	}
	if schema < 1 || gotID != id {
		return fmt.Errorf("%w: unexpected record layout", ErrCorrupt)
	}
	return nil
}

// recordHead is the part of a Record the list shows. Decoding only this
// skips the answers, which are most of a record and of the time decoding
// it takes (see BenchmarkList): the home page lists every saved assessment
// while it starts.
type recordHead struct {
	Schema     int `json:"schema"`
	Assessment struct {
		ID           string `json:"id"`
		Name         string `json:"name"`
		Organization string `json:"organization"`
		Updated      string `json:"updated"`
		Scope        struct {
			Report engine.Report `json:"report"`
		} `json:"scope"`
	} `json:"assessment"`
}

// summary reads what the list shows of the record of id. It checks that
// the text is JSON (json.Unmarshal checks the whole text first), and the
// schema and the id, as read does; damage in the rest of the record (the
// answers, for one) is found when the record is read whole, and from then
// on the list shows it too.
func (w *Workspace) summary(id string) Summary {
	s := Summary{ID: id}
	raw, ok := w.backend.Get(key(id))
	if !ok {
		s.Problem = ErrNotFound
		return s
	}
	if d, ok := w.decoded[id]; ok && d.raw == raw {
		a := d.rec.Assessment
		s.Name, s.Organization, s.Report, s.Updated, s.Problem = a.Name, a.Organization, a.Scope.Report, a.Updated, d.err
		return s
	}
	var head recordHead
	if err := json.Unmarshal([]byte(raw), &head); err != nil {
		s.Problem = fmt.Errorf("%w: %v", ErrCorrupt, err)
		return s
	}
	if s.Problem = checkLayout(head.Schema, head.Assessment.ID, id); s.Problem != nil {
		return s
	}
	a := head.Assessment
	s.Name, s.Organization, s.Report, s.Updated = a.Name, a.Organization, a.Scope.Report, a.Updated
	return s
}

// decodedRecord is what reading raw gave: the record, or why it cannot be
// read.
type decodedRecord struct {
	raw string
	rec Record
	err error
}

// Load reads an assessment and remembers its revision. An assessment whose
// last save in this tab failed comes back as this tab last had it, not as
// stored: nothing the user changed is lost by leaving its page.
func (w *Workspace) Load(id string) (engine.Assessment, error) {
	if a, ok := w.unsaved[id]; ok {
		return Clone(a), nil
	}
	rec, err := w.read(id)
	if err != nil {
		return engine.Assessment{}, err
	}
	w.seen[id] = rec.Rev
	return rec.Assessment, nil
}

// Save writes a, stamping its Updated time. It refuses with ErrConflict when
// another tab saved a newer revision since this tab loaded it; ForceSave
// overrides that once the user has chosen to keep this tab's version.
func (w *Workspace) Save(a *engine.Assessment) error {
	if stored, ok := w.storedRev(a.ID); ok && stored != w.seen[a.ID] {
		w.keepUnsaved(a)
		return ErrConflict
	}
	return w.write(a, w.seen[a.ID])
}

// ForceSave writes a whatever another tab did.
func (w *Workspace) ForceSave(a *engine.Assessment) error {
	rev := w.seen[a.ID]
	if stored, ok := w.storedRev(a.ID); ok && stored > rev {
		rev = stored
	}
	return w.write(a, rev)
}

// write stores a as the revision after rev.
func (w *Workspace) write(a *engine.Assessment, rev int64) error {
	a.Updated = w.Now().UTC().Format(time.RFC3339)
	if a.Created == "" {
		a.Created = a.Updated
	}
	raw, err := json.Marshal(Record{Schema: SchemaVersion, Rev: rev + 1, Assessment: *a})
	if err != nil {
		return err
	}
	if err := w.backend.Set(key(a.ID), string(raw)); err != nil {
		w.keepUnsaved(a)
		return err
	}
	w.seen[a.ID] = rev + 1
	delete(w.unsaved, a.ID)
	return nil
}

// storedRev reads only the revision of the record under id, which Record
// writes before the assessment: a save checks for another tab's write on
// every answer, and decoding the whole assessment for that was the larger
// part of a save in the browser. ok is false when no revision can be read.
func (w *Workspace) storedRev(id string) (rev int64, ok bool) {
	raw, found := w.backend.Get(key(id))
	if !found {
		return 0, false
	}
	dec := json.NewDecoder(strings.NewReader(raw))
	if open, err := dec.Token(); err != nil || open != json.Delim('{') {
		return 0, false
	}
	for dec.More() {
		name, err := dec.Token()
		if err != nil {
			return 0, false
		}
		if name == "rev" {
			err := dec.Decode(&rev)
			return rev, err == nil
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return 0, false
		}
	}
	return 0, false
}

// Create starts a new assessment with a fresh id and saves it.
func (w *Workspace) Create(name string, scope engine.Scope) (engine.Assessment, error) {
	return w.CreateFrom(engine.Assessment{Name: name, Scope: scope})
}

// CreateFrom saves a copy of a as a new assessment: a fresh id and creation
// time, everything else as given. Importing a file, saving a shared link's
// copy and starting from a request all go through it, so whatever an
// assessment holds is kept, in one write.
func (w *Workspace) CreateFrom(a engine.Assessment) (engine.Assessment, error) {
	c := Clone(a)
	c.ID, c.Created = w.NewID(), ""
	if c.Answers == nil {
		c.Answers = engine.Answers{}
	}
	return c, w.Save(&c)
}

// Duplicate saves a copy of id under a new id and name.
func (w *Workspace) Duplicate(id string) (engine.Assessment, error) {
	a, err := w.Load(id)
	if err != nil {
		return engine.Assessment{}, err
	}
	a.Name = "Copy of " + a.Name
	return w.CreateFrom(a)
}

// Rename changes an assessment's name.
func (w *Workspace) Rename(id, name string) error {
	a, err := w.Load(id)
	if err != nil {
		return err
	}
	a.Name = name
	return w.Save(&a)
}

// Delete removes id and returns a function that puts it back exactly as it
// was, for the "Undo" button. The space it frees is used at once to save
// the changes other assessments could not (RetryUnsaved).
func (w *Workspace) Delete(id string) (undo func() error, err error) {
	raw, ok := w.backend.Get(key(id))
	if !ok {
		if _, pending := w.unsaved[id]; pending { // never stored: only in this tab
			delete(w.unsaved, id)
			return func() error { return ErrNotFound }, nil
		}
		return nil, ErrNotFound
	}
	w.backend.Remove(key(id))
	delete(w.seen, id)
	delete(w.unsaved, id)
	w.RetryUnsaved()
	return func() error { return w.backend.Set(key(id), raw) }, nil
}

// Clone deep-copies an assessment so edits never alias another copy's maps.
func Clone(a engine.Assessment) engine.Assessment {
	c := a
	c.Scope.Categories = append([]string(nil), a.Scope.Categories...)
	c.Scope.OutOfScope = maps.Clone(a.Scope.OutOfScope)
	c.Answers = cloneAnswers(a.Answers)
	c.Scoping = cloneAnswers(a.Scoping)
	if a.Request != nil {
		r := *a.Request
		if q := r.Requirements; q != nil {
			qc := *q
			qc.MinCategory = maps.Clone(q.MinCategory)
			qc.Controls = slices.Clone(q.Controls)
			r.Requirements = &qc
		}
		c.Request = &r
	}
	if a.Plan != nil {
		p := *a.Plan
		c.Plan = &p
	}
	return c
}

func cloneAnswers(in engine.Answers) engine.Answers {
	if in == nil {
		return nil
	}
	out := make(engine.Answers, len(in))
	for k, v := range in {
		out[k] = v
	}
	return out
}
