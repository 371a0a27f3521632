package oscal

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// Errors of Import, written for the person who chose the file.
var (
	ErrNotAssessmentResults = errors.New("This OSCAL file is not an assessment-results document. SOC Ready can import only the assessment results it exported itself.")
	ErrOtherTool            = errors.New("This OSCAL file was not made by SOC Ready, so its answers cannot be read: SOC Ready imports only its own JSON files and the OSCAL assessment results it exported itself.")
	ErrDamaged              = errors.New("This SOC Ready OSCAL file is damaged: part of what SOC Ready wrote is missing or changed, so it was not imported.")
)

// IsOSCAL reports whether data looks like an OSCAL JSON document (an object
// whose only top-level member, besides $schema, is an OSCAL model), so that
// the caller can pick Import over share.Import.
func IsOSCAL(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &top) != nil {
		return false
	}
	for k := range top {
		switch k {
		case "$schema":
		case "catalog", "profile", "mapping-collection", "component-definition", "system-security-plan",
			"assessment-plan", "assessment-results", "plan-of-action-and-milestones":
			return true
		}
	}
	return false
}

// Message is the text to show for an error of Import.
func Message(err error) string {
	for _, known := range []error{ErrNotAssessmentResults, ErrOtherTool, ErrDamaged} {
		if errors.Is(err, known) {
			return known.Error()
		}
	}
	return share.UserMessage(err)
}

// Import reads an assessment-results document written by AssessmentResults
// and returns the assessment as share.Import would from a SOC Ready JSON
// file: checked against its bank, and migrated if the bank has moved on.
// Other tools' OSCAL, and other OSCAL models, are refused.
func Import(data []byte, lookup share.Lookup) (*share.File, error) {
	if len(data) > share.MaxFileSize {
		return nil, share.ErrFileTooLarge
	}
	var doc resultsDoc
	var top map[string]json.RawMessage
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, share.ErrNotJSON
	}
	raw, ok := top["assessment-results"]
	if !ok {
		return nil, ErrNotAssessmentResults
	}
	if err := json.Unmarshal(raw, &doc.AssessmentResults); err != nil {
		return nil, ErrOtherTool
	}
	ar := &doc.AssessmentResults
	md := propMap(ar.Metadata.Props)
	if md.get(generatorProp) != generatorValue {
		return nil, ErrOtherTool
	}
	if len(ar.Results) != 1 || ar.BackMatter == nil {
		return nil, ErrDamaged
	}
	var scope *resource
	for i := range ar.BackMatter.Resources {
		if "#"+ar.BackMatter.Resources[i].UUID == ar.ImportAP.Href {
			scope = &ar.BackMatter.Resources[i]
		}
	}
	if scope == nil {
		return nil, ErrDamaged
	}
	sp := propMap(scope.Props)
	a := engine.Assessment{
		ID:           orEmpty(sp.get("assessment-id")),
		Name:         sp.text("name"),
		Organization: sp.text("organization"),
		Created:      orEmpty(sp.get("created")),
		Updated:      ar.Metadata.LastModified,
		Bank:         md.get("bank"),
		Scope: engine.Scope{
			Report:     engine.Report(sp.get("report")),
			Type:       engine.AuditType(sp.get("type")),
			Categories: sp.all("category"),
			Start:      sp.get("window-start"),
			Processor:  sp.get("processor") == "true",
		},
		Answers: engine.Answers{},
	}
	var err error
	if a.BankVersion, err = atoiIf(md.get("bank-version")); err != nil {
		return nil, ErrDamaged
	}
	if a.Scope.Window, err = atoiIf(sp.get("window-months")); err != nil {
		return nil, ErrDamaged
	}
	for _, p := range sp.props("out-of-scope") {
		if a.Scope.OutOfScope == nil {
			a.Scope.OutOfScope = map[string]string{}
		}
		a.Scope.OutOfScope[p.Value] = p.Remarks
	}
	for _, v := range sp.all("scoping-answer") {
		id, choice, ok := strings.Cut(v, "=")
		c, known := engine.ParseChoice(choice)
		if !ok || !known {
			return nil, ErrDamaged
		}
		if a.Scoping == nil {
			a.Scoping = engine.Answers{}
		}
		a.Scoping[id] = engine.Answer{Choice: c}
	}
	if a.Plan, err = planInputs(sp); err != nil {
		return nil, ErrDamaged
	}
	for _, o := range ar.Results[0].Observations {
		op := propMap(o.Props)
		c, known := engine.ParseChoice(op.get("answer"))
		q := op.get("question")
		if !known || q == "" {
			return nil, ErrDamaged
		}
		ans := engine.Answer{Choice: c, Note: o.Remarks}
		if j := op.props("justification"); len(j) > 0 {
			ans.Justification = j[0].Remarks
		}
		a.Answers[q] = ans
	}
	// Let the JSON file reader check and migrate it, as for any import.
	file, err := json.Marshal(share.File{Schema: share.Schema, SchemaVersion: share.SchemaVersion,
		Exported: stamp(ar.Metadata.LastModified, time.Unix(0, 0).UTC().Format(time.RFC3339)),
		Bank:     a.Bank, BankVersion: a.BankVersion, Assessment: a})
	if err != nil {
		return nil, ErrDamaged
	}
	return share.Import(file, lookup)
}

func planInputs(sp props) (*engine.PlanInputs, error) {
	var p engine.PlanInputs
	var err error
	p.Size = engine.OrgSize(sp.get("plan-size"))
	if v := sp.get("plan-people"); v != "" {
		if p.People, err = strconv.ParseFloat(v, 64); err != nil {
			return nil, err
		}
	}
	p.Platform = sp.get("plan-platform") == "true"
	p.Consultant = sp.get("plan-consultant") == "true"
	if p.HourlyRate, err = atoiIf(sp.get("plan-hourly-rate")); err != nil {
		return nil, err
	}
	if p == (engine.PlanInputs{}) {
		return nil, nil
	}
	return &p, nil
}

// orEmpty reads back the "none" that stands for an empty value.
func orEmpty(s string) string {
	if s == "none" {
		return ""
	}
	return s
}

func atoiIf(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	return strconv.Atoi(s)
}

// props reads SOC Ready's own properties (those in NS).
type props []prop

func propMap(ps []prop) props {
	var out props
	for _, p := range ps {
		if p.NS == NS {
			out = append(out, p)
		}
	}
	return out
}

func (ps props) props(name string) []prop {
	var out []prop
	for _, p := range ps {
		if p.Name == name {
			out = append(out, p)
		}
	}
	return out
}

func (ps props) get(name string) string {
	if m := ps.props(name); len(m) > 0 {
		return m[0].Value
	}
	return ""
}

func (ps props) text(name string) string {
	if m := ps.props(name); len(m) > 0 {
		return m[0].text()
	}
	return ""
}

func (ps props) all(name string) []string {
	var out []string
	for _, p := range ps.props(name) {
		out = append(out, p.Value)
	}
	return out
}
