// Package engine is the SOC Ready domain: question banks, answers, scope,
// scoring, gaps, the documentation checklist, the timeline and the cost
// estimate. It is plain Go with no go-app import, so it tests natively and
// compiles to wasm unchanged.
//
// Data flows one way: Bank → Answers → Result (scores, gaps, plan) → views.
package engine
