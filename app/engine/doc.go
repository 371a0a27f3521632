// Package engine is the SOC Ready domain: question banks, answers, scope,
// scoring, gaps, the documentation checklist, the timeline and the cost
// estimate. It is plain Go with no go-app import, so it tests natively and
// compiles to wasm unchanged.
//
// Data flows one way: Bank → Answers → Result (scores, gaps, plan) → views.
//
// # Loading
//
// LoadLibrary decodes frameworks/*.json, scoping.json and every other
// top-level *.json (a Bank), validates all of it, reports every problem at
// once as ValidationErrors, and indexes each bank against its framework so
// that scoring walks small integer slices. DefaultLibrary does this once for
// the embedded questionnaires.
//
// # Scoring rule
//
// The rule is also exported as ScoringRule, which the app shows.
//
// Each answer earns a design credit c_d and an operating credit c_o: not
// started 0/0, planned 0.25/0, partially in place 0.5/0.25, in place and
// documented 1/0.5, operating with evidence over the period 1/1. Unanswered
// counts as not started and is reported as incomplete. N/A with a
// justification leaves numerator and denominator; N/A without one counts as
// unanswered and is flagged.
//
// Design score D = 100 × Σ w·c_d / Σ w over the asked design questions.
// Operating score O (Type II only) = 100 × Σ w·c_o / Σ w over every asked
// scored question, design and operation. Readiness R = D for Type I and
// (D + O) / 2 for Type II; if one side has nothing to score (all N/A) the
// other stands alone.
//
// The same formula restricted to the questions touching a criterion, series
// or category gives its score; a question touching several counts once in
// each. An element whose questions are all N/A has no score (not 0, not 100).
// Only asked questions count: out-of-scope categories, operation questions in
// a Type I and questions switched off by a fact answer leave the sums. Fact
// (yes/no) questions are never scored. For a processor (Scope.Processor),
// questions citing only controller points of focus are not asked and criteria
// made only of such points leave the scope (Result.LeftOut says why).
//
// Completion = answered (including justified N/A) / asked, over scored
// questions. Band: audit-ready R ≥ 85, minor gaps 70 ≤ R < 85, significant
// gaps 40 ≤ R < 70, not ready R < 40; any unmet key control (Type I: c_d < 1,
// Type II: c_o < 1) caps the band at significant gaps.
//
// # What to do next
//
// Gaps lists shortfalls (1 − c, with c = c_d for Type I and c_o for Type II)
// ordered blockers first, then by impact = weight × shortfall; Checklist shows
// which documents are ready; the app/plan package turns the gaps into a plan,
// dates and a cost, with their assumptions written out; Recommend reads the
// scoping answers.
package engine
