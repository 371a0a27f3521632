package oscal

// The subset of the OSCAL 1.2.1 JSON models that SOC Ready writes. Field
// order is output order; every optional array is omitted when empty, because
// OSCAL arrays must hold at least one item.

type prop struct {
	Name    string `json:"name"`
	NS      string `json:"ns,omitempty"`
	Value   string `json:"value"`
	Class   string `json:"class,omitempty"`
	Remarks string `json:"remarks,omitempty"`
}

type link struct {
	Href string `json:"href"`
	Rel  string `json:"rel,omitempty"`
	Text string `json:"text,omitempty"`
}

type metadata struct {
	Title        string `json:"title"`
	LastModified string `json:"last-modified"`
	Version      string `json:"version"`
	OSCALVersion string `json:"oscal-version"`
	Props        []prop `json:"props,omitempty"`
	Remarks      string `json:"remarks,omitempty"`
}

type part struct {
	ID    string `json:"id,omitempty"`
	Name  string `json:"name"`
	NS    string `json:"ns,omitempty"`
	Title string `json:"title,omitempty"`
	Props []prop `json:"props,omitempty"`
	Prose string `json:"prose,omitempty"`
	Parts []part `json:"parts,omitempty"`
}

type control struct {
	ID    string `json:"id"`
	Class string `json:"class,omitempty"`
	Title string `json:"title"`
	Props []prop `json:"props,omitempty"`
	Parts []part `json:"parts,omitempty"`
}

type group struct {
	ID       string    `json:"id"`
	Class    string    `json:"class,omitempty"`
	Title    string    `json:"title"`
	Parts    []part    `json:"parts,omitempty"`
	Groups   []group   `json:"groups,omitempty"`
	Controls []control `json:"controls,omitempty"`
}

type catalog struct {
	UUID     string   `json:"uuid"`
	Metadata metadata `json:"metadata"`
	Groups   []group  `json:"groups,omitempty"`
}

type catalogDoc struct {
	Catalog catalog `json:"catalog"`
}

type resource struct {
	UUID        string `json:"uuid"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	Props       []prop `json:"props,omitempty"`
	Remarks     string `json:"remarks,omitempty"`
}

type backMatter struct {
	Resources []resource `json:"resources,omitempty"`
}

type importAP struct {
	Href    string `json:"href"`
	Remarks string `json:"remarks,omitempty"`
}

type controlRef struct {
	ControlID string `json:"control-id"`
}

type controlSelection struct {
	IncludeAll      *struct{}    `json:"include-all,omitempty"`
	IncludeControls []controlRef `json:"include-controls,omitempty"`
}

type reviewedControls struct {
	ControlSelections []controlSelection `json:"control-selections"`
}

type observation struct {
	UUID        string   `json:"uuid"`
	Title       string   `json:"title,omitempty"`
	Description string   `json:"description"`
	Props       []prop   `json:"props,omitempty"`
	Methods     []string `json:"methods"`
	Types       []string `json:"types,omitempty"`
	Collected   string   `json:"collected"`
	Remarks     string   `json:"remarks,omitempty"`
}

type status struct {
	State string `json:"state"`
}

type target struct {
	Type     string `json:"type"`
	TargetID string `json:"target-id"`
	Title    string `json:"title,omitempty"`
	Status   status `json:"status"`
}

type relatedObservation struct {
	ObservationUUID string `json:"observation-uuid"`
}

type relatedRisk struct {
	RiskUUID string `json:"risk-uuid"`
}

type finding struct {
	UUID                string               `json:"uuid"`
	Title               string               `json:"title"`
	Description         string               `json:"description"`
	Props               []prop               `json:"props,omitempty"`
	Target              target               `json:"target"`
	RelatedObservations []relatedObservation `json:"related-observations,omitempty"`
	RelatedRisks        []relatedRisk        `json:"related-risks,omitempty"`
}

type risk struct {
	UUID                string               `json:"uuid"`
	Title               string               `json:"title"`
	Description         string               `json:"description"`
	Statement           string               `json:"statement"`
	Props               []prop               `json:"props,omitempty"`
	Status              string               `json:"status"`
	RelatedObservations []relatedObservation `json:"related-observations,omitempty"`
}

type result struct {
	UUID             string           `json:"uuid"`
	Title            string           `json:"title"`
	Description      string           `json:"description"`
	Start            string           `json:"start"`
	Props            []prop           `json:"props,omitempty"`
	ReviewedControls reviewedControls `json:"reviewed-controls"`
	Observations     []observation    `json:"observations,omitempty"`
	Risks            []risk           `json:"risks,omitempty"`
	Findings         []finding        `json:"findings,omitempty"`
	Remarks          string           `json:"remarks,omitempty"`
}

type assessmentResults struct {
	UUID       string      `json:"uuid"`
	Metadata   metadata    `json:"metadata"`
	ImportAP   importAP    `json:"import-ap"`
	Results    []result    `json:"results"`
	BackMatter *backMatter `json:"back-matter,omitempty"`
}

type resultsDoc struct {
	AssessmentResults assessmentResults `json:"assessment-results"`
}
