// Package questionnaires embeds the versioned question banks, the frameworks
// they are keyed to and the scoping questions. The data is validated by the
// engine's tests; see app/engine.
package questionnaires

import "embed"

// Files holds every bank (*.json), framework (frameworks/*.json) and the
// frameworks' points of focus (points/<framework id>.json).
//
//go:embed *.json frameworks/*.json points/*.json
var Files embed.FS
