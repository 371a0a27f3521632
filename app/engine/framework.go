package engine

// A Framework is the fixed list of criteria a bank's questions are keyed to:
// the 2017 Trust Services Criteria for SOC 2 and SOC 3, or the usual SOC 1
// control-objective areas. Scores roll up criterion → series → category.
type Framework struct {
	ID         string      `json:"id"`
	Title      string      `json:"title"`
	Categories []Category  `json:"categories"`
	Series     []Series    `json:"series"`
	Criteria   []Criterion `json:"criteria"`

	points []PointOfFocus // from points/<id>.json, if any; see Points
	ix     *fwIndex       // built once by LoadLibrary; never serialized
}

// A Category is a Trust Services Criteria category (security, availability…)
// or a group of SOC 1 areas. Required categories are always in scope.
type Category struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Required    bool   `json:"required,omitempty"`
	Description string `json:"description"`
}

// A Series groups criteria within a category (CC1…CC9, A1, C1, PI1, P1…P8).
type Series struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Title    string `json:"title"`
}

// A Criterion is one criterion (CC6.1) or one SOC 1 objective area.
type Criterion struct {
	ID            string `json:"id"`
	Category      string `json:"category"`
	Series        string `json:"series"`
	Topic         string `json:"topic"`
	PointsOfFocus int    `json:"points_of_focus,omitempty"`
}
