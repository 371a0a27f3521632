package share

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/socready/socready/app/engine"
)

// The export file. It uses encoding/json (go-app links it anyway; goccy/go-json
// would add ~700 KB brotli to the wasm). Output is deterministic: fields in
// struct order, map keys sorted, two-space indent, one trailing newline, so
// export → import → export is byte-identical.

// Schema and SchemaVersion mark a SOC Ready assessment export. A change that
// an older app could not read bumps SchemaVersion.
const (
	Schema        = "socready.assessment"
	SchemaVersion = 1
	MaxFileSize   = 5 << 20 // bytes; the UI should check a file's size before reading it
)

// File is an exported assessment.
type File struct {
	Schema        string            `json:"schema"`
	SchemaVersion int               `json:"schema_version"`
	Exported      string            `json:"exported"`     // RFC 3339, UTC
	Bank          string            `json:"bank"`         // the assessment's bank id…
	BankVersion   int               `json:"bank_version"` // …and the version it was answered against
	Assessment    engine.Assessment `json:"assessment"`
	// Migrated is set by Import when the file was made with an earlier
	// version of the bank: Assessment, Bank and BankVersion are then those
	// of the current version, and this says what changed.
	Migrated *engine.MigrationNotice `json:"-"`
}

// Export writes an assessment as a JSON file. bank is the bank version the
// assessment is checked against (the current one); at is the export time.
func Export(a engine.Assessment, bank *engine.Bank, at time.Time) ([]byte, error) {
	if err := checkFileBank(a.BankVersion, bank.Version); err != nil {
		return nil, err
	}
	if err := Validate(&a, bank); err != nil {
		return nil, err
	}
	f := File{
		Schema: Schema, SchemaVersion: SchemaVersion,
		Exported: at.UTC().Truncate(time.Second).Format(time.RFC3339),
		Bank:     a.Bank, BankVersion: a.BankVersion,
		Assessment: a,
	}
	out, err := json.MarshalIndent(&f, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// ExportTime is the export time recorded in f, for re-exporting it unchanged.
func (f *File) ExportTime() time.Time {
	t, _ := parseStamp(f.Exported) // Import checked it
	return t
}

// Import reads a file written by Export. Every problem is reported with a
// specific error naming the field or question; nothing is returned unless
// the whole file is valid, so a bad file never reaches saved work.
func Import(data []byte, lookup Lookup) (*File, error) {
	if len(data) > MaxFileSize {
		return nil, wrap(ErrFileTooLarge, "it is over the %d MB limit", MaxFileSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, wrap(ErrNotJSON, "the file is empty")
	}
	if trimmed[0] != '{' {
		if json.Valid(trimmed) {
			return nil, wrap(ErrOtherSchema, "it holds JSON, but not an object")
		}
		if looksLikeCSV(trimmed) {
			return nil, ErrCSVFile
		}
		return nil, ErrNotJSON
	}
	var raw json.RawMessage
	if err := json.Unmarshal(trimmed, &raw); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, wrap(ErrNotJSON, "invalid at byte %d", se.Offset)
		}
		return nil, ErrNotJSON
	}
	if err := checkHeader(trimmed); err != nil {
		return nil, err
	}
	if path, key, dup := duplicateKey(trimmed); dup {
		return nil, duplicateError(path, key)
	}
	f := new(File)
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.DisallowUnknownFields()
	if err := dec.Decode(f); err != nil {
		return nil, decodeError(err, trimmed)
	}
	if err := checkFile(f, lookup); err != nil {
		return nil, err
	}
	return f, nil
}

// duplicateError names the entry a file lists twice, in the user's terms.
func duplicateError(path, key string) error {
	switch path {
	case "assessment.answers", "assessment.scoping":
		return wrap(ErrDuplicate, "question %q is answered twice in %s; keep one answer and import the file again", clip(key), path)
	case "":
		return wrap(ErrDuplicate, "field %q appears twice", clip(key))
	}
	return wrap(ErrDuplicate, "%q appears twice in %s", clip(key), clip(path))
}

// checkHeader reads only the schema marker and version, so that a newer or
// foreign file says so instead of failing on its first unknown field.
func checkHeader(data []byte) error {
	var h struct {
		Schema        any `json:"schema"`
		SchemaVersion any `json:"schema_version"`
	}
	if err := json.Unmarshal(data, &h); err != nil {
		return ErrNotJSON // data is a valid JSON object: this does not happen
	}
	s, isString := h.Schema.(string)
	switch {
	case h.Schema == nil:
		return wrap(ErrOtherSchema, `it has no "schema" marker`)
	case !isString || s != Schema:
		return wrap(ErrOtherSchema, "its schema is %s", clip(fmt.Sprint(h.Schema)))
	}
	v, isNumber := h.SchemaVersion.(float64)
	switch {
	case !isNumber:
		return wrap(ErrWrongType, `field "schema_version" should be a number`)
	case v > SchemaVersion:
		return wrap(ErrNewerSchema, "schema version %g; this app reads up to %d", v, SchemaVersion)
	case v != SchemaVersion:
		return wrap(ErrInvalidValue, "schema version %g", v)
	}
	return nil
}

// decodeError turns encoding/json's errors into ones that name the field.
func decodeError(err error, data []byte) error {
	var te *json.UnmarshalTypeError
	var ce *engine.ChoiceError
	switch {
	case errors.As(err, &te):
		if e := badAnswer(data); e != nil && strings.Contains(te.Field, "assessment.") {
			return e // inside a map: say which question
		}
		return wrap(ErrWrongType, "field %q should be %s, not %s", te.Field, kindName(te.Type), jsonName(te.Value))
	case errors.As(err, &ce):
		if e := badAnswer(data); e != nil {
			return e
		}
		return wrap(ErrInvalidValue, "%q is not an answer value", clip(ce.Value))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return wrap(ErrUnknownField, "%s", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return wrap(ErrInvalidValue, "%s", clip(err.Error()))
}

// badAnswer finds the first answer (by question id) whose fields have the
// wrong type or an unknown value. encoding/json leaves map keys out of its
// errors, so the answers are read again loosely to name the question.
func badAnswer(data []byte) error {
	var loose struct {
		Assessment struct {
			Answers map[string]any `json:"answers"`
			Scoping map[string]any `json:"scoping"`
		} `json:"assessment"`
	}
	json.Unmarshal(data, &loose) // best effort: only used to name the question
	for _, set := range []struct {
		name string
		m    map[string]any
	}{{"answers", loose.Assessment.Answers}, {"scoping", loose.Assessment.Scoping}} {
		for _, id := range sortedKeys(set.m) {
			at := "assessment." + set.name + "." + clip(id)
			fields, ok := set.m[id].(map[string]any)
			if !ok {
				return wrap(ErrWrongType, "field %q should be an object, not %s", at, jsonTypeOf(set.m[id]))
			}
			for _, name := range sortedKeys(fields) {
				v, isText := fields[name].(string)
				if !isText {
					return wrap(ErrWrongType, "field %q should be text, not %s", at+"."+clip(name), jsonTypeOf(fields[name]))
				}
				if _, known := engine.ParseChoice(v); name == "choice" && !known {
					return wrap(ErrInvalidValue, "%s.choice: %q is not an answer value", at, clip(v))
				}
			}
		}
	}
	return nil
}

func jsonTypeOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "text"
	case float64:
		return "a number"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	}
	return "an object"
}

// jsonName words encoding/json's name for a JSON value ("string", "number 3.5").
func jsonName(v string) string {
	switch {
	case v == "string":
		return "text"
	case strings.HasPrefix(v, "number"):
		return "a number" + strings.TrimPrefix(v, "number")
	case v == "bool":
		return "true or false"
	case v == "array":
		return "a list"
	case v == "object":
		return "an object"
	}
	return v
}

// kindName says what a Go type is called in JSON terms.
func kindName(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshaler) {
		return "text"
	}
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int64, reflect.Uint8, reflect.Float64:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Map, reflect.Struct:
		return "an object"
	}
	return t.String()
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// checkFile checks a decoded file's header against its assessment, finds the
// bank version to check the answers with, and validates the assessment.
func checkFile(f *File, lookup Lookup) error {
	a := &f.Assessment
	switch {
	case f.Exported == "":
		return wrap(ErrInvalidValue, `field "exported" is missing`)
	case a.Bank != f.Bank || a.BankVersion != f.BankVersion:
		return wrap(ErrInvalidValue, "the file says questions %s version %d, the assessment %s version %d", clip(f.Bank), f.BankVersion, clip(a.Bank), a.BankVersion)
	}
	if _, err := parseStamp(f.Exported); err != nil {
		return wrap(ErrInvalidValue, "exported %q is not a date and time", clip(f.Exported))
	}
	current, ok := lookup(f.Bank, 0)
	if !ok {
		return wrap(ErrUnknownBank, "questions %q", clip(f.Bank))
	}
	if err := checkFileBank(f.BankVersion, current.Version); err != nil {
		return err
	}
	// A file made with an earlier version is migrated to the current one.
	// Question ids never change meaning, so answers given against an older
	// version the app does not hold are checked against the current one.
	if old, ok := lookup(f.Bank, f.BankVersion); ok && old.Version == f.BankVersion && old != current {
		var err error
		if f.Migrated, err = upgradeStrict(a, old, current); err != nil {
			return err
		}
		f.BankVersion = a.BankVersion
	}
	return Validate(a, current)
}

func checkFileBank(version, current int) error {
	switch {
	case version > current:
		return wrap(ErrNewerBank, "version %d; this app has version %d", version, current)
	case version < 1:
		return wrap(ErrInvalidValue, "bank_version %d", version)
	}
	return nil
}

// looksLikeCSV reports whether data reads as comma, semicolon or tab
// separated values: SOC Ready's own CSV header, or at least two lines that
// hold the same number (one or more) of one separator. A line of prose with a
// comma ("hello, world") is not a CSV file.
func looksLikeCSV(data []byte) bool {
	if bytes.HasPrefix(data, []byte("question_id,")) || bytes.HasPrefix(data, []byte(`"question_id",`)) {
		return true
	}
	var lines [][]byte
	for _, l := range bytes.Split(data, []byte("\n")) {
		if len(l) > 4096 || !utf8.Valid(l) {
			return false
		}
		if l = bytes.TrimRight(l, "\r"); len(bytes.TrimSpace(l)) > 0 {
			lines = append(lines, l)
		}
		if len(lines) == 5 {
			break
		}
	}
	if len(lines) < 2 {
		return false
	}
	for _, sep := range []string{",", ";", "\t"} {
		n := bytes.Count(lines[0], []byte(sep))
		consistent := n > 0
		for _, l := range lines[1:] {
			consistent = consistent && bytes.Count(l, []byte(sep)) == n
		}
		if consistent {
			return true
		}
	}
	return false
}
