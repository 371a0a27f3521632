// Package plan turns a scored assessment into advice: how much work is left,
// how long preparation takes with the people available, when the audit or
// the observation window can start, when the report can be issued, and what
// it costs in the first year and in each later year.
//
// It reads engine results and never the UI. Every figure comes with the
// inputs that drove it and the assumption or public source behind it
// (sources.go lists them); the README's "How the plan and cost are computed"
// section walks through a small example by hand.
//
// The model in one paragraph: each remaining gap is a piece of work of one
// kind (write a policy, configure a tool, set up a recurring process, gather
// evidence). Questions closed by the same piece of work share a remediation
// id and count once. Hours per kind are scaled by organization size and
// reduced by outside help; preparation lasts the remaining hours divided by
// the people available, never less than the longest single piece of work,
// plus a final readiness review. For a Type II only design work happens
// before the window: controls designed but not yet operating start on the
// window's first day, and the window produces their evidence.
package plan
