package share

import (
	"encoding/binary"
	"unicode/utf8"
)

// writer appends the link format's primitives: bytes, unsigned varints and
// length-prefixed UTF-8 strings.
type writer struct{ b []byte }

func (w *writer) byte(v byte)        { w.b = append(w.b, v) }
func (w *writer) uvarint(v uint64)   { w.b = binary.AppendUvarint(w.b, v) }
func (w *writer) bytes(p []byte)     { w.b = append(w.b, p...) }
func (w *writer) string(s string)    { w.uvarint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *writer) optDay(days int)    { w.uvarint(uint64(days + 1)) } // -1 (none) → 0
func (w *writer) optUnix(secs int64) { w.uvarint(uint64(secs)) }     // 0 means none

// reader is the inverse of writer. The first problem sticks: later reads
// return zero values, so decoding code checks r.err once per section.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *reader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.fail(wrap(ErrAltered, "it ends too early"))
		return 0
	}
	v := r.b[0]
	r.b = r.b[1:]
	return v
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail(wrap(ErrAltered, "a number is malformed"))
		return 0
	}
	r.b = r.b[n:]
	return v
}

// count reads a length or count and checks it against what is left, so a
// forged count cannot make the decoder allocate more than the input holds.
func (r *reader) count(perItem int) int {
	n := r.uvarint()
	if r.err == nil && n > uint64(len(r.b)/perItem) {
		r.fail(wrap(ErrAltered, "a length is larger than the data"))
		return 0
	}
	return int(n)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n > len(r.b) {
		r.fail(wrap(ErrAltered, "it ends too early"))
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) string() string {
	s := string(r.bytes(r.count(1)))
	if r.err == nil && !utf8.ValidString(s) {
		r.fail(wrap(ErrAltered, "some text is not valid UTF-8"))
		return ""
	}
	return s
}

// optDay reads a date written by optDay: -1 means none.
func (r *reader) optDay() int {
	v := r.uvarint()
	if v > maxDay+1 {
		r.fail(wrap(ErrInvalidValue, "a date is out of range"))
		return -1
	}
	return int(v) - 1
}

// optUnix reads a time in seconds since 1970 (0: none).
func (r *reader) optUnix() int64 {
	v := r.uvarint()
	if v > maxDay*86400 {
		r.fail(wrap(ErrInvalidValue, "a date is out of range"))
		return 0
	}
	return int64(v)
}

// maxDay is 9999-12-31 as days since 1970-01-01: later dates do not parse.
const maxDay = 2932896
