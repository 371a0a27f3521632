package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/plan"
)

// renderPlanInputs is the form of what the plan depends on besides the
// answers. Each change is saved with the assessment and redraws the plan.
func (e *editor) renderPlanInputs() app.UI {
	in := plan.Resolve(e.a.Plan)
	return app.Form().Class("plan-inputs").ID("plan-inputs").OnSubmit(func(ctx app.Context, ev app.Event) { ev.PreventDefault() }).Body(
		app.P().Class("help").Text("The plan and the cost below follow from your answers and from these. They are saved with this assessment."),
		app.Div().Class("field").Body(
			app.Label().For("plan-size").Text("Organization size"),
			app.Select().ID("plan-size").OnChange(e.onPlanSize).Body(app.Range(engine.OrgSizes).Slice(func(i int) app.UI {
				s := engine.OrgSizes[i]
				return app.Option().Value(string(s)).Selected(s == in.Size).Text(s.Label())
			})),
		),
		app.Div().Class("field").Body(
			app.Label().For("plan-people").Text("People available for the work (full-time equivalents)"),
			app.Select().ID("plan-people").OnChange(e.onPlanPeople).Body(app.Range(plan.PeopleChoices).Slice(func(i int) app.UI {
				v := plan.PeopleChoices[i]
				return app.Option().Value(strconv.FormatFloat(v, 'f', -1, 64)).Selected(v == in.People).Text(plan.PeopleText(v))
			})),
		),
		app.Div().Class("field field-check").Body(
			app.Input().Type("checkbox").ID("plan-platform").Checked(in.Platform).OnChange(e.onPlanPlatform),
			app.Label().For("plan-platform").Text("A compliance automation platform helps"),
		),
		app.Div().Class("field field-check").Body(
			app.Input().Type("checkbox").ID("plan-consultant").Checked(in.Consultant).OnChange(e.onPlanConsultant),
			app.Label().For("plan-consultant").Text("An outside consultant helps"),
		),
		app.Div().Class("field").Body(
			app.Label().For("plan-rate").Text("Cost of an hour of your team's time (US dollars)"),
			app.Input().Type("number").ID("plan-rate").Min(1).Max(engine.MaxHourlyRate).Step(1).
				Value(strconv.Itoa(in.HourlyRate)).OnChange(e.onPlanRate),
		),
	)
}

func (e *editor) planInputs() *engine.PlanInputs {
	if e.a.Plan == nil {
		e.a.Plan = &engine.PlanInputs{}
	}
	return e.a.Plan
}

func (e *editor) onPlanSize(ctx app.Context, _ app.Event) {
	s := engine.OrgSize(ctx.JSSrc().Get("value").String())
	p := *e.planInputs()
	p.Size = s
	if p.Problem() == "" {
		e.a.Plan = &p
		e.commit(ctx)
	}
}

func (e *editor) onPlanPeople(ctx app.Context, _ app.Event) {
	v, err := strconv.ParseFloat(ctx.JSSrc().Get("value").String(), 64)
	p := *e.planInputs()
	p.People = v
	if err == nil && p.Problem() == "" {
		e.a.Plan = &p
		e.commit(ctx)
	}
}

func (e *editor) onPlanPlatform(ctx app.Context, _ app.Event) {
	e.planInputs().Platform = ctx.JSSrc().Get("checked").Bool()
	e.commit(ctx)
}

func (e *editor) onPlanConsultant(ctx app.Context, _ app.Event) {
	e.planInputs().Consultant = ctx.JSSrc().Get("checked").Bool()
	e.commit(ctx)
}

// onPlanRate keeps the last valid rate: an empty or out-of-range field does
// not change the plan.
func (e *editor) onPlanRate(ctx app.Context, _ app.Event) {
	v, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
	if err != nil || v < 1 || v > engine.MaxHourlyRate {
		return
	}
	e.planInputs().HourlyRate = v
	e.commit(ctx)
}
