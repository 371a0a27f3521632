package plan

import (
	"fmt"
	"strconv"

	"github.com/socready/socready/app/engine"
)

// Defaults are the plan inputs used until the user changes them: a company
// of 11–50 people with one full-time person on the work and no outside help,
// the calibration baseline of the public figures in sources.go.
var Defaults = engine.PlanInputs{
	Size:       engine.Size11to50,
	People:     1,
	HourlyRate: 75,
}

// PeopleChoices are the full-time equivalents the app offers.
var PeopleChoices = []float64{0.25, 0.5, 1, 1.5, 2, 3, 5}

// Resolve fills the zero fields of p with the defaults. p may be nil.
func Resolve(p *engine.PlanInputs) engine.PlanInputs {
	in := Defaults
	if p == nil {
		return in
	}
	if p.Size != "" {
		in.Size = p.Size
	}
	if p.People > 0 {
		in.People = p.People
	}
	if p.HourlyRate > 0 {
		in.HourlyRate = p.HourlyRate
	}
	in.Platform, in.Consultant = p.Platform, p.Consultant
	return in
}

// sizeScale holds how an organization's size changes the work and the fees.
type sizeScale struct {
	effort float64 // hours of remediation work: more people, systems and sign-offs
	audit  float64 // audit, penetration test and platform prices
}

// scales are assumptions, shown to the user: a 1–10 person company has
// fewer systems and people to cover; each larger band roughly adds the
// systems, teams and approvals of the one below. The audit factor is gentler
// because fees grow with the number of systems and locations, not headcount
// alone (Moore Colson, "Three factors that impact SOC audit cost").
var scales = map[engine.OrgSize]sizeScale{
	engine.Size1to10:     {effort: 0.6, audit: 0.8},
	engine.Size11to50:    {effort: 1, audit: 1},
	engine.Size51to200:   {effort: 1.6, audit: 1.3},
	engine.Size201to1000: {effort: 2.4, audit: 1.7},
	engine.Size1001Plus:  {effort: 3.5, audit: 2.5},
}

func scaleOf(s engine.OrgSize) sizeScale {
	if sc, ok := scales[s]; ok {
		return sc
	}
	return scales[Defaults.Size]
}

// InputsText says in a few words which inputs a figure used, for the
// "driven by" line under each figure.
func InputsText(in engine.PlanInputs) string {
	help := "no outside help"
	switch {
	case in.Platform && in.Consultant:
		help = "a compliance platform and a consultant"
	case in.Platform:
		help = "a compliance platform"
	case in.Consultant:
		help = "a consultant"
	}
	return fmt.Sprintf("%s, %s available, %s", in.Size.Label(), PeopleText(in.People), help)
}

// PeopleText is a number of full-time equivalents in words: "1 person",
// "0.5 of a person", "2.5 people".
func PeopleText(p float64) string {
	n := strconv.FormatFloat(p, 'f', -1, 64)
	switch {
	case p == 1:
		return "1 person"
	case p < 1:
		return n + " of a person's time"
	}
	return n + " people"
}
