package engine

// A Term is a word from an audit report with its meaning in plain words.
type Term struct {
	Term    string
	Meaning string
}

// OpinionGuide explains what a SOC report's opinion says, what an exception
// is, and how a readiness gap can turn into one. The results page and the
// printed report show it. Written in our own words from the opinion types
// the AICPA's attestation standards define.
var OpinionGuide = []Term{
	{"Unqualified (clean) opinion", "The auditor concludes that the system description is fair and that the controls were suitably designed (and, in a Type II, operated effectively through the period) to meet the criteria in scope. This is the opinion customers hope to read."},
	{"Qualified opinion", "The auditor found a problem serious enough to name (for example a criterion not met because a control was missing or did not run) but confined to part of the scope. The opinion says the rest is fine “except for” it. Many customers accept it with a remediation plan; some do not."},
	{"Adverse opinion", "The problems are so widespread that the controls, taken together, do not meet the criteria. Few customers accept a report like this."},
	{"Disclaimer of opinion", "The auditor could not gather enough evidence to form any opinion, for instance because records for the period are missing or management did not provide its written assertion."},
	{"Exception", "In a Type II the auditor tests samples of each control across the period. Each sample where the control did not run as described (an account not removed on time, a change deployed without approval) is listed as an exception, with management's response. A few isolated exceptions often still allow a clean opinion; many, or exceptions in a key control, can lead to a qualified one."},
	{"How a readiness gap becomes a finding", "A control that is not designed when a Type I audit starts is reported as missing. A control that does not run for the whole Type II window, or whose evidence was not kept, shows up as exceptions. Closing design gaps before the audit, starting every control before the window opens and keeping evidence for the whole period are what prevent both."},
}
