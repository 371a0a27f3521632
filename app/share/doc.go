// Package share moves assessments between people and devices without a
// server: share links that live in the URL fragment (never sent to any
// server), requester links that preset a scope, passphrase protection, QR
// codes drawn as SVG, and JSON/CSV files.
//
// It is plain Go with no go-app import, so it tests natively and compiles to
// wasm unchanged. Everything it decodes comes from strangers: every decoder
// caps sizes before work, checks integrity, and returns one of the sentinel
// errors in errors.go, whose text is written for the user (see UserMessage).
//
// Names, notes and messages are data, never markup: the UI must render them
// as text (go-app's Text() escapes), never with Raw().
package share
