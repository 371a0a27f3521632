// Package oscal writes SOC Ready's criteria and assessments as OSCAL 1.2.1
// JSON documents (NIST's Open Security Controls Assessment Language), and
// reads back the assessment-results documents it wrote.
//
//   - Catalog: the criteria as SOC Ready uses them (a SOC 2 catalog of the
//     Trust Services Criteria with their points of focus, or a SOC 1 catalog
//     of the usual control-objective areas), in our own words.
//   - AssessmentResults: one self-assessment, its scope, an observation per
//     answer, a finding per criterion and a risk per key-control gap.
//   - Import: the answers back from a SOC Ready assessment-results document;
//     other tools' OSCAL is refused with a clear message.
//
// Output is deterministic: UUIDs are derived from the assessment id and the
// element (version 5), last-modified is the assessment's last change, and the
// same assessment always gives the same bytes. The package imports no go-app:
// the UI and the CLI both call it, and its tests validate every document
// against NIST's schemas (testdata/), natively only.
package oscal

// Version is the OSCAL version the documents follow.
const Version = "1.2.1"

// NS qualifies SOC Ready's own property names. It is a URN: no one fetches it.
const NS = "urn:socready:oscal"

// generator marks a document as SOC Ready's own, for Import.
const (
	generatorProp  = "generator"
	generatorValue = "socready"
)
