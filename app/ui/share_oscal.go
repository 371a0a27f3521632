package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/oscal"
)

// renderOSCAL offers the OSCAL exports beside the JSON and CSV files.
func (s *sharePanel) renderOSCAL(e *editor) app.UI {
	return app.Div().Class("share-oscal").Body(
		app.H3().Text("OSCAL"),
		app.P().Text("OSCAL is NIST's machine-readable format for controls and assessments, read by many compliance tools. The assessment results hold your scope, each answer as an observation, a finding per criterion and a risk per key control still missing; they can be imported back into SOC Ready. The catalog lists the criteria as SOC Ready uses them, in our own words."),
		app.Div().Class("share-files").Body(
			app.Button().Type("button").Class("button").ID("export-oscal-results").Text("OSCAL assessment results (JSON)").OnClick(s.onOSCALResults(e)),
			app.Button().Type("button").Class("button").ID("export-oscal-catalog").Text("OSCAL catalog of the criteria (JSON)").OnClick(s.onOSCALCatalog(e)),
		),
	)
}

func (s *sharePanel) onOSCALResults(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		data, err := oscal.AssessmentResults(&e.a, e.bank, e.fw)
		if err != nil {
			s.fail(err)
			return
		}
		download(fileName(e.a.Name)+"-oscal-assessment-results.json", "application/json", data)
		s.message, s.failed = "OSCAL assessment results downloaded.", false
	}
}

func (s *sharePanel) onOSCALCatalog(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		data, err := oscal.Catalog(e.fw, e.bank)
		if err != nil {
			s.fail(err)
			return
		}
		download("socready-"+e.fw.ID+"-oscal-catalog.json", "application/json", data)
		s.message, s.failed = "OSCAL catalog downloaded.", false
	}
}
