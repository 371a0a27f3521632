// Package questionnaires embeds the versioned question banks, the frameworks
// they are keyed to and the scoping questions. The data is validated by the
// engine's tests; see app/engine.
package questionnaires

import "embed"

// Files holds every bank (*.json), framework (frameworks/*.json), the
// frameworks' points of focus (points/<framework id>.json), the
// migrations between bank versions (migrations/*.json) and the crosswalks to
// other standards (crosswalks/*.json).
//
//go:embed *.json frameworks/*.json points/*.json migrations crosswalks/*.json
var Files embed.FS
