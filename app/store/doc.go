// Package store keeps assessments in the browser's storage (localStorage in
// the app, a map in tests) under namespaced, schema-versioned keys.
//
// Every record carries a revision number. A tab remembers the revision it
// last read or wrote; if another tab wrote a newer one since, Save refuses
// with ErrConflict instead of silently overwriting the other tab's work.
//
// A record keeps the question-bank version its answers were given with. Load
// returns it as stored; the app brings an older one to the current version in
// memory (share.Upgrade) and writes it back only with the user's next change,
// so opening an assessment never rewrites it.
//
// The package is plain Go with no go-app import, so it tests natively.
package store
