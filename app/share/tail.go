package share

import (
	"encoding/hex"
	"math"
	"slices"
	"time"

	"github.com/socready/socready/app/engine"
)

// Format version 2 ends every body (results and request alike) with a tail of
// optional fields, each written as
//
//	tag      uvarint  what the field is (the table below)
//	length   uvarint  bytes of the value
//	value
//
// in increasing tag order, each tag at most once, a field with nothing to say
// left out. Nothing before the tail depends on it, and a reader skips a tag it
// does not know: a later app adds a field with a new tag and older apps still
// open its links, without another format version. A tag of tagMustKnow or
// more marks a field that cannot be ignored without misreading the link;
// a reader that does not know it says the link is newer (ErrNewerFormat).
// Version-1 bodies have no tail.
//
// The bank version is a separate matter: it is in the body, and changes only
// when a bank's question ids or their order change.

// Tags of the tail. Like the tables in codes.go they are part of the format:
// append, never renumber or reuse.
const (
	tagAssessmentID = 1 // results: the assessment's id, to recognize a newer link of the same assessment (see writeID)
	tagCreated      = 2 // results: when it was created (uvarint seconds since 1970)
	tagRequest      = 3 // results: who asked (string) and the due date (uvarint days+1)
	tagRequirements = 4 // both: the buyer's requirements (see writeRequirements)
	tagProcessor    = 5 // both: Scope.Processor is set (no value)
	tagOutOfScope   = 6 // both: Scope.OutOfScope (count, then category bit and reason)
	tagPlan         = 7 // results: engine.PlanInputs (see writePlan)
	tagRequestID    = 9 // both: the id of the request the assessment answers (see writeID)
	tagScoping      = 8 // results: scoping facts (count, then id and choice); any new
	// yes/no fact about the organization (such as engine.ScopingISO27001, "ISO/IEC 27001 certified")
	// that is kept as a scoping answer travels here with no change to the format.

	// tagMustKnow and above: fields a reader must understand.
	tagMustKnow = 64
)

// maxTailFields bounds the fields a tail may hold, known or not.
const maxTailFields = 32

// tailWriter collects fields in tag order.
type tailWriter struct {
	w    *writer
	last uint64
}

// field writes one field whose value fill writes; fill may write nothing,
// and then the field is left out.
func (t *tailWriter) field(tag uint64, fill func(w *writer)) {
	if tag <= t.last {
		panic("share: tail tags out of order") // a programming error, caught by the tests
	}
	var v writer
	fill(&v)
	if len(v.b) == 0 && tag != tagProcessor {
		return
	}
	t.last = tag
	t.w.uvarint(tag)
	t.w.uvarint(uint64(len(v.b)))
	t.w.bytes(v.b)
}

// readTail reads every field of a tail, calling read for each known tag with
// a reader over its value. A field must be read to its end.
func readTail(r *reader, read func(tag uint64, v *reader) (known bool)) error {
	var last uint64
	for n := 0; len(r.b) > 0 && r.err == nil; n++ {
		tag := r.uvarint()
		value := r.bytes(r.count(1))
		if r.err != nil {
			return r.err
		}
		if n >= maxTailFields || tag == 0 || tag <= last {
			return wrap(ErrAltered, "its optional fields are out of order")
		}
		last = tag
		v := reader{b: value}
		if !read(tag, &v) {
			if tag >= tagMustKnow {
				return ErrNewerFormat
			}
			continue
		}
		if v.err != nil {
			return v.err
		}
		if len(v.b) != 0 {
			return wrap(ErrAltered, "an optional field has data after its end")
		}
	}
	return r.err
}

// writeScopeTail writes the scope's fields that version 1 lacked.
func writeScopeTail(t *tailWriter, s *engine.Scope) {
	if s.Processor {
		t.field(tagProcessor, func(*writer) {})
	}
}

func writeOutOfScope(w *writer, s *engine.Scope) {
	if len(s.OutOfScope) == 0 {
		return
	}
	ids := sortedKeys(s.OutOfScope)
	slices.SortFunc(ids, func(a, b string) int { return indexOf(categoryBits, a) - indexOf(categoryBits, b) })
	w.uvarint(uint64(len(ids)))
	for _, id := range ids {
		w.byte(byte(indexOf(categoryBits, id)))
		w.string(s.OutOfScope[id])
	}
}

func readOutOfScope(r *reader, s *engine.Scope) {
	n := r.count(2)
	prev := -1
	for k := 0; k < n && r.err == nil; k++ {
		bit := int(r.byte())
		reason := r.string()
		if r.err != nil {
			return
		}
		if bit <= prev || bit >= len(categoryBits) {
			r.fail(wrap(ErrInvalidValue, "a category left out of scope is unknown or repeated"))
			return
		}
		prev = bit
		if s.OutOfScope == nil {
			s.OutOfScope = map[string]string{}
		}
		s.OutOfScope[categoryBits[bit]] = reason
	}
}

// Requirements: a byte of flags saying which parts follow, then
//
//	min readiness   byte     (flag 1)
//	per category    uvarint count, then category bit and minimum (bytes) (flag 2)
//	controls        uvarint count, then per control a byte (bit 0: question,
//	                bit 1: operating) and the reference (string) (flag 4)
//	max blockers    uvarint  (flag 8)
const (
	reqMin byte = 1 << iota
	reqCategories
	reqControls
	reqBlockers
	reqReserved = ^(reqMin | reqCategories | reqControls | reqBlockers)
)

func writeRequirements(w *writer, q *engine.Requirements) {
	if q.Empty() {
		return
	}
	var flags byte
	if q.MinReadiness > 0 {
		flags |= reqMin
	}
	if len(q.MinCategory) > 0 {
		flags |= reqCategories
	}
	if len(q.Controls) > 0 {
		flags |= reqControls
	}
	if q.LimitBlockers {
		flags |= reqBlockers
	}
	w.byte(flags)
	if flags&reqMin != 0 {
		w.byte(byte(q.MinReadiness))
	}
	if flags&reqCategories != 0 {
		ids := sortedKeys(q.MinCategory)
		slices.SortFunc(ids, func(a, b string) int { return indexOf(categoryBits, a) - indexOf(categoryBits, b) })
		w.uvarint(uint64(len(ids)))
		for _, id := range ids {
			w.byte(byte(indexOf(categoryBits, id)))
			w.byte(byte(q.MinCategory[id]))
		}
	}
	if flags&reqControls != 0 {
		w.uvarint(uint64(len(q.Controls)))
		for _, c := range q.Controls {
			var k byte
			if c.Question {
				k |= 1
			}
			if c.Operating {
				k |= 2
			}
			w.byte(k)
			w.string(c.Ref)
		}
	}
	if flags&reqBlockers != 0 {
		w.uvarint(uint64(q.MaxBlockers))
	}
}

func readRequirements(r *reader) *engine.Requirements {
	q := &engine.Requirements{}
	flags := r.byte()
	if r.err == nil && (flags == 0 || flags&reqReserved != 0) {
		r.fail(wrap(ErrInvalidValue, "its requirements hold a part this app does not know"))
	}
	if flags&reqMin != 0 {
		q.MinReadiness = int(r.byte())
		if r.err == nil && (q.MinReadiness < 1 || q.MinReadiness > 100) {
			r.fail(wrap(ErrInvalidValue, "its minimum readiness is out of range"))
		}
	}
	if flags&reqCategories != 0 {
		n := r.count(2)
		prev := -1
		for k := 0; k < n && r.err == nil; k++ {
			bit, v := int(r.byte()), int(r.byte())
			if r.err == nil && (bit <= prev || bit >= len(categoryBits) || v < 1 || v > 100) {
				r.fail(wrap(ErrInvalidValue, "a category minimum is unknown, repeated or out of range"))
			}
			if r.err != nil {
				break
			}
			prev = bit
			if q.MinCategory == nil {
				q.MinCategory = map[string]int{}
			}
			q.MinCategory[categoryBits[bit]] = v
		}
		if r.err == nil && n == 0 {
			r.fail(wrap(ErrAltered, "its requirements list no category"))
		}
	}
	if flags&reqControls != 0 {
		n := r.count(2)
		if r.err == nil && (n == 0 || n > engine.MaxRequirementControls) {
			r.fail(wrap(ErrInvalidValue, "its required controls are too many or none"))
		}
		for k := 0; k < n && r.err == nil; k++ {
			kind := r.byte()
			ref := r.string()
			if r.err == nil && kind > 3 {
				r.fail(wrap(ErrInvalidValue, "a required control is of an unknown kind"))
			}
			q.Controls = append(q.Controls, engine.ControlRequirement{Ref: ref, Question: kind&1 != 0, Operating: kind&2 != 0})
		}
	}
	if flags&reqBlockers != 0 {
		v := r.uvarint()
		if r.err == nil && v > 10_000 {
			r.fail(wrap(ErrInvalidValue, "its blocker limit is out of range"))
		}
		q.LimitBlockers, q.MaxBlockers = true, int(v)
	}
	if r.err == nil {
		if msg := q.Problem(); msg != "" {
			r.fail(wrap(ErrInvalidValue, "requirements: %s", msg))
		}
	}
	return q
}

// Plan inputs: a byte of flags (bit 0 platform, bit 1 consultant), the size
// band (byte, 0: default), people available in hundredths of a full-time
// equivalent (uvarint, 0: default) and the hourly rate (uvarint dollars).
func writePlan(w *writer, p *engine.PlanInputs) {
	if p == nil || *p == (engine.PlanInputs{}) {
		return
	}
	var flags byte
	if p.Platform {
		flags |= 1
	}
	if p.Consultant {
		flags |= 2
	}
	w.byte(flags)
	w.byte(byte(indexOf(engine.OrgSizes, p.Size) + 1))
	w.uvarint(uint64(math.Round(p.People * 100)))
	w.uvarint(uint64(p.HourlyRate))
}

func readPlan(r *reader) *engine.PlanInputs {
	flags, size := r.byte(), int(r.byte())
	people, rate := r.uvarint(), r.uvarint()
	if r.err != nil {
		return nil
	}
	if flags > 3 || size > len(engine.OrgSizes) || people > engine.MaxPeople*100 || rate > engine.MaxHourlyRate {
		r.fail(wrap(ErrInvalidValue, "its plan inputs are out of range"))
		return nil
	}
	p := &engine.PlanInputs{Platform: flags&1 != 0, Consultant: flags&2 != 0, People: float64(people) / 100, HourlyRate: int(rate)}
	if size > 0 {
		p.Size = engine.OrgSizes[size-1]
	}
	if *p == (engine.PlanInputs{}) {
		r.fail(wrap(ErrAltered, "its plan inputs are empty"))
	}
	return p
}

// Scoping facts: the yes/no answers in id order, each an id (string) and a
// byte (engine.Choice). Notes on them do not travel.
func writeScoping(w *writer, scoping engine.Answers) {
	var ids []string
	for _, id := range sortedKeys(scoping) {
		if c := scoping[id].Choice; c == engine.Yes || c == engine.No {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return
	}
	w.uvarint(uint64(len(ids)))
	for _, id := range ids {
		w.string(id)
		w.byte(byte(scoping[id].Choice))
	}
}

func readScoping(r *reader) engine.Answers {
	n := r.count(2)
	out := engine.Answers{}
	prev := ""
	for k := 0; k < n && r.err == nil; k++ {
		id := r.string()
		c := engine.Choice(r.byte())
		if r.err != nil {
			break
		}
		if id == "" || (k > 0 && id <= prev) || (c != engine.Yes && c != engine.No) {
			r.fail(wrap(ErrInvalidValue, "a scoping fact is empty, repeated or not yes or no"))
			break
		}
		prev = id
		out[id] = engine.Answer{Choice: c}
	}
	if r.err == nil && n == 0 {
		r.fail(wrap(ErrAltered, "its scoping facts are empty"))
	}
	return out
}

// writeResultsTail writes a results body's tail.
func writeResultsTail(w *writer, a *engine.Assessment) {
	t := tailWriter{w: w}
	t.field(tagAssessmentID, func(w *writer) { writeID(w, a.ID) })
	t.field(tagCreated, func(w *writer) {
		if c, _ := parseStamp(a.Created); !c.IsZero() { // validated by the caller
			w.optUnix(c.Unix())
		}
	})
	rq := a.Request
	t.field(tagRequest, func(w *writer) {
		if rq != nil && (rq.From != "" || rq.Due != "") {
			due, _ := parseDay(rq.Due) // validated by the caller
			w.string(rq.From)
			w.optDay(due)
		}
	})
	t.field(tagRequirements, func(w *writer) {
		if rq != nil {
			writeRequirements(w, rq.Requirements)
		}
	})
	writeScopeTail(&t, &a.Scope)
	t.field(tagOutOfScope, func(w *writer) { writeOutOfScope(w, &a.Scope) })
	t.field(tagPlan, func(w *writer) { writePlan(w, a.Plan) })
	t.field(tagScoping, func(w *writer) { writeScoping(w, a.Scoping) })
	t.field(tagRequestID, func(w *writer) {
		if rq != nil {
			writeID(w, rq.ID)
		}
	})
}

// readResultsTail reads what writeResultsTail wrote.
func readResultsTail(r *reader, a *engine.Assessment) error {
	request := func() *engine.Request {
		if a.Request == nil {
			a.Request = &engine.Request{}
		}
		return a.Request
	}
	return readTail(r, func(tag uint64, v *reader) bool {
		switch tag {
		case tagAssessmentID:
			a.ID = readID(v)
		case tagCreated:
			t := v.optUnix()
			if v.err == nil && t == 0 {
				v.fail(wrap(ErrAltered, "its creation time is empty"))
			}
			a.Created = time.Unix(t, 0).UTC().Format(time.RFC3339)
		case tagRequest:
			q := request()
			q.From = v.string()
			if due := v.optDay(); due >= 0 {
				q.Due = formatDay(due)
			}
			if v.err == nil && q.From == "" && q.Due == "" {
				v.fail(wrap(ErrAltered, "its request is empty"))
			}
		case tagRequirements:
			request().Requirements = readRequirements(v)
		case tagProcessor:
			a.Scope.Processor = true
		case tagOutOfScope:
			readOutOfScope(v, &a.Scope)
		case tagPlan:
			a.Plan = readPlan(v)
		case tagScoping:
			a.Scoping = readScoping(v)
		case tagRequestID:
			request().ID = readID(v)
		default:
			return false
		}
		return true
	})
}

// writeRequestTail writes a request body's tail.
func writeRequestTail(w *writer, q *Request) {
	t := tailWriter{w: w}
	t.field(tagRequirements, func(w *writer) { writeRequirements(w, q.Requirements) })
	writeScopeTail(&t, &q.Scope)
	t.field(tagOutOfScope, func(w *writer) { writeOutOfScope(w, &q.Scope) })
	t.field(tagRequestID, func(w *writer) { writeID(w, q.ID) })
}

func readRequestTail(r *reader, q *Request) error {
	return readTail(r, func(tag uint64, v *reader) bool {
		switch tag {
		case tagRequirements:
			q.Requirements = readRequirements(v)
		case tagProcessor:
			q.Scope.Processor = true
		case tagOutOfScope:
			readOutOfScope(v, &q.Scope)
		case tagRequestID:
			q.ID = readID(v)
		default:
			return false
		}
		return true
	})
}

// An assessment id is a byte saying how it is written, then the id: 1 for
// lowercase hexadecimal packed two digits a byte (the ids the app makes), 0
// for any other text as it is.
func writeID(w *writer, id string) {
	if id == "" {
		return
	}
	if b, err := hex.DecodeString(id); err == nil && hex.EncodeToString(b) == id {
		w.byte(1)
		w.bytes(b)
		return
	}
	w.byte(0)
	w.bytes([]byte(id))
}

func readID(r *reader) string {
	kind := r.byte()
	rest := r.bytes(len(r.b))
	switch {
	case r.err != nil:
		return ""
	case len(rest) == 0 || kind > 1:
		r.fail(wrap(ErrAltered, "its assessment id is empty or of an unknown kind"))
		return ""
	case kind == 1:
		return hex.EncodeToString(rest)
	}
	if !validText(string(rest)) {
		r.fail(wrap(ErrInvalidValue, "its assessment id is not valid text"))
	}
	return string(rest)
}
