// Package review is the buyer's side of SOC Ready: it judges an assessment
// against a buyer's requirements, lines several vendors up side by side, and
// says what changed between two results of the same assessment. It is plain
// Go over engine results: no storage, no link format, no UI.
package review
