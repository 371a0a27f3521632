//go:build !wasm

package main

import (
	"encoding/json"

	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/plan"
	"github.com/socready/socready/app/share"
)

// Exit codes of `socready report`.
const (
	exitOK           = 0
	exitBadFile      = 1
	exitUsage        = 2
	exitBelowMinimum = 3
)

// report scores an exported assessment with the same engine as the app and
// prints its scores, band, readiness state, gaps, plan and cost.
func report(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("socready report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: socready report [-format text|json|oscal] [-oscal results|catalog] [-today YYYY-MM-DD] [-min-readiness N] FILE.json")
		fs.PrintDefaults()
	}
	format := fs.String("format", "text", "output format: text, json or oscal (OSCAL 1.2.1 JSON)")
	oscalModel := fs.String("oscal", "results", "with -format oscal: results (the assessment's assessment-results) or catalog (the criteria it is answered against)")
	todayFlag := fs.String("today", "", "plan from this date (YYYY-MM-DD) instead of today, for reproducible output")
	minReadiness := fs.Float64("min-readiness", -1, "exit with code 3 when overall readiness is below this percentage")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	if *format != "text" && *format != "json" && *format != "oscal" {
		fmt.Fprintf(stderr, "socready report: unknown format %q (want text, json or oscal)\n", *format)
		return exitUsage
	}
	if *oscalModel != "results" && *oscalModel != "catalog" {
		fmt.Fprintf(stderr, "socready report: unknown OSCAL model %q (want results or catalog)\n", *oscalModel)
		return exitUsage
	}
	today := time.Now()
	if *todayFlag != "" {
		t, err := time.Parse(time.DateOnly, *todayFlag)
		if err != nil {
			fmt.Fprintf(stderr, "socready report: -today %q is not a date like 2026-11-30\n", *todayFlag)
			return exitUsage
		}
		today = t
	}

	path := fs.Arg(0)
	data, err := readLimited(path, share.MaxFileSize)
	if err != nil {
		fmt.Fprintf(stderr, "socready report: %s: %v\n", path, err)
		return exitBadFile
	}
	lib, err := engine.DefaultLibrary()
	if err != nil {
		fmt.Fprintln(stderr, "socready report:", err)
		return exitBadFile
	}
	f, err := share.Import(data, share.LookupFrom(lib))
	if err != nil {
		fmt.Fprintf(stderr, "socready report: %s: %v\n", path, err)
		return exitBadFile
	}
	a := f.Assessment
	b, fw := lib.BankFor(a.Scope)
	if *format == "oscal" {
		return writeOSCAL(stdout, stderr, *oscalModel, &a, b, fw)
	}
	res := engine.Score(b, fw, a.Scope, a.Answers)
	p := plan.Make(b, fw, &a, today)

	out := newReport(&a, res, &p)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "socready report:", err)
			return exitBadFile
		}
	} else {
		out.writeText(stdout)
	}
	if *minReadiness >= 0 && (!res.HasReadiness || res.Readiness < *minReadiness) {
		fmt.Fprintf(stderr, "socready report: readiness %s is below the minimum %g\n", out.Readiness, *minReadiness)
		return exitBelowMinimum
	}
	return exitOK
}

// readLimited reads a file, refusing one larger than limit bytes before
// reading it all.
func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, share.ErrFileTooLarge
	}
	return data, nil
}

// reportOut is what `socready report` prints, in a stable shape for JSON.
type reportOut struct {
	Name       string      `json:"name"`
	Scope      string      `json:"scope"`
	Readiness  string      `json:"readiness"`
	Score      float64     `json:"readiness_score"`
	Band       string      `json:"band"`
	BandReason string      `json:"band_reason,omitempty"`
	State      string      `json:"state"`
	StateText  string      `json:"state_label"`
	Design     *float64    `json:"design_score,omitempty"`
	Operating  *float64    `json:"operating_score,omitempty"`
	Answered   int         `json:"answered"`
	Asked      int         `json:"asked"`
	Gaps       []reportGap `json:"gaps"`
	Plan       reportPlan  `json:"plan"`
	Cost       reportCost  `json:"cost"`
	Notes      []string    `json:"notes,omitempty"`
}

type reportGap struct {
	Question string `json:"question"`
	Severity string `json:"severity"`
	Answer   string `json:"answer"`
	Criteria string `json:"criteria"`
	Text     string `json:"text"`
}

type reportPlan struct {
	Inputs         string            `json:"inputs"`
	PrepWeeks      int               `json:"preparation_weeks"`
	PrepBasis      string            `json:"preparation_basis"`
	Hours          int               `json:"remaining_hours"`
	Ready          string            `json:"ready"`
	Start          string            `json:"audit_or_window_start"`
	WindowEnd      string            `json:"window_end,omitempty"`
	ReportEarliest string            `json:"report_earliest"`
	ReportLatest   string            `json:"report_latest"`
	Milestones     []reportMilestone `json:"milestones"`
}

type reportMilestone struct {
	Name     string `json:"name"`
	Earliest string `json:"earliest"`
	Latest   string `json:"latest"`
}

type reportCost struct {
	ExternalFirstYear plan.Range `json:"external_first_year"`
	ExternalRenewal   plan.Range `json:"external_renewal"`
	InternalFirstYear plan.Range `json:"internal_first_year"`
	InternalHours     plan.Range `json:"internal_hours"`
	Lines             []string   `json:"lines"`
}

func newReport(a *engine.Assessment, r *engine.Result, p *plan.Plan) reportOut {
	date := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format(time.DateOnly)
	}
	out := reportOut{
		Name: a.Name, Scope: scopeText(p.Scope), Readiness: "no score",
		Band: string(r.Band), BandReason: r.BandReason,
		State: string(p.State.Code), StateText: p.State.Label,
		Answered: r.Answered, Asked: r.Asked, Notes: p.Notes,
	}
	if r.HasReadiness {
		out.Score = round2(r.Readiness)
		out.Readiness = fmt.Sprintf("%d%%", engine.Percent(r.Readiness))
	}
	if r.HasDesign {
		v := round2(r.Design)
		out.Design = &v
	}
	if r.HasOperating {
		v := round2(r.Operating)
		out.Operating = &v
	}
	out.Gaps = make([]reportGap, 0, len(p.Gaps))
	for _, g := range p.Gaps {
		var ids []string
		for _, c := range g.Criteria {
			ids = append(ids, c.ID)
		}
		out.Gaps = append(out.Gaps, reportGap{Question: g.Question, Severity: string(g.Severity), Answer: g.Answer.Label(), Criteria: strings.Join(ids, " "), Text: g.Text})
	}
	out.Plan = reportPlan{
		Inputs: plan.InputsText(p.Inputs), PrepWeeks: p.PrepWeeks, PrepBasis: p.PrepBasis, Hours: int(p.Effort.Hours + 0.5),
		Ready: date(p.Ready), Start: date(p.Start), WindowEnd: date(p.WindowEnd),
		ReportEarliest: date(p.ReportEarliest), ReportLatest: date(p.ReportLatest),
	}
	for _, m := range p.Milestones {
		out.Plan.Milestones = append(out.Plan.Milestones, reportMilestone{m.Name, date(m.Earliest), date(m.Latest)})
	}
	c := &p.Cost
	out.Cost = reportCost{ExternalFirstYear: c.ExternalFirstYear, ExternalRenewal: c.ExternalRenewal, InternalFirstYear: c.InternalFirstYear, InternalHours: c.InternalHours}
	for _, l := range c.External {
		out.Cost.Lines = append(out.Cost.Lines, fmt.Sprintf("%s: %s (%s)", l.Name, l.Amount.String(), l.Basis))
	}
	for _, l := range c.Internal {
		out.Cost.Lines = append(out.Cost.Lines, fmt.Sprintf("%s, your team's time: %s (%s)", l.Name, l.Amount.String(), l.Basis))
	}
	return out
}

func (o *reportOut) writeText(w io.Writer) {
	fmt.Fprintf(w, "%s\n%s\n\n", o.Name, o.Scope)
	fmt.Fprintf(w, "Readiness: %s", o.Readiness)
	if o.Band != "" {
		fmt.Fprintf(w, " (%s)", engine.Band(o.Band).Label())
	}
	fmt.Fprintf(w, "\nWhere you stand: %s\nAnswered: %d of %d\n", o.StateText, o.Answered, o.Asked)
	if o.BandReason != "" {
		fmt.Fprintln(w, o.BandReason)
	}
	fmt.Fprintf(w, "\nGaps (%d, most important first):\n", len(o.Gaps))
	for _, g := range o.Gaps {
		fmt.Fprintf(w, "  [%s] %s (%s; now: %s)\n", g.Severity, g.Question, g.Criteria, g.Answer)
	}
	fmt.Fprintf(w, "\nPlan (%s):\n  Preparation: %d weeks. %s\n", o.Plan.Inputs, o.Plan.PrepWeeks, o.Plan.PrepBasis)
	for _, m := range o.Plan.Milestones {
		when := m.Earliest
		if m.Latest != m.Earliest {
			when += " to " + m.Latest
		}
		fmt.Fprintf(w, "  %s: %s\n", m.Name, when)
	}
	for _, n := range o.Notes {
		fmt.Fprintf(w, "  Note: %s\n", n)
	}
	fmt.Fprintf(w, "\nCost (rough estimate, not a quote):\n  Outside costs, first year: %s; each later year: %s\n  Your team's time, first year: %s (%d–%d hours)\n",
		o.Cost.ExternalFirstYear.String(), o.Cost.ExternalRenewal.String(), o.Cost.InternalFirstYear.String(), o.Cost.InternalHours.Low, o.Cost.InternalHours.High)
	for _, l := range o.Cost.Lines {
		fmt.Fprintf(w, "  - %s\n", l)
	}
}

func scopeText(s engine.Scope) string {
	name := map[engine.Report]string{engine.SOC1: "SOC 1", engine.SOC2: "SOC 2", engine.SOC3: "SOC 3"}[s.Report]
	if s.Type == engine.TypeII {
		name += fmt.Sprintf(" Type II (%d-month window)", s.Window)
	} else {
		name += " Type I"
	}
	if s.Report != engine.SOC1 && len(s.Categories) > 0 {
		name += ": " + strings.Join(s.Categories, ", ")
	}
	return name
}

func round2(v float64) float64 { return float64(int(v*100+0.5)) / 100 }
