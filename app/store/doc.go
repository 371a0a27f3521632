// Package store keeps assessments in the browser's storage (localStorage in
// the app, a map in tests) under namespaced, schema-versioned keys.
//
// Every record carries a revision number. A tab remembers the revision it
// last read or wrote; if another tab wrote a newer one since, Save refuses
// with ErrConflict instead of silently overwriting the other tab's work.
//
// The package is plain Go with no go-app import, so it tests natively.
package store
