package ui

import (
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/review"
	"github.com/socready/socready/app/reviewstore"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

// reviewsPage is the buyer's workspace: the vendors' results it added, kept
// in this browser apart from its own assessments, with comparison side by
// side and what changed between two results of the same vendor.
type reviewsPage struct {
	app.Compo

	mounted  bool
	list     []vendorRow
	bad      int
	filter   string
	sortBy   string
	selected map[string]bool
	editing  string // review id whose name and tags are being edited
	newName  string
	newTags  string
	message  string
	failed   bool
	undo     *reviewstore.Review
}

// vendorRow is a review with its latest link decoded and judged.
type vendorRow struct {
	r        reviewstore.Review
	problem  string // the link no longer opens
	a        engine.Assessment
	subject  review.Subject
	reqs     *engine.Requirements
	outcomes []review.Outcome
	differ   bool
}

func (p *reviewsPage) OnNav(ctx app.Context) {
	if app.IsServer {
		return
	}
	p.mounted = true
	if p.selected == nil {
		p.selected = map[string]bool{}
	}
	p.refresh()
	focusPageTitle(ctx)
}

// open decodes and scores one received link.
func openReceived(link string) (vendorRow, error) {
	var v vendorRow
	lib, err := library()
	if err != nil {
		return v, err
	}
	l, err := share.Decode(link, share.LookupFrom(lib))
	if err != nil {
		return v, err
	}
	if l.Kind != share.KindResults {
		return v, share.ErrNotALink
	}
	v.a = l.Assessment
	b, fw := lib.BankFor(v.a.Scope)
	v.subject = review.Subject{Bank: b, Fw: fw, Result: engine.Score(b, fw, v.a.Scope, v.a.Answers), Answers: v.a.Answers}
	v.reqs, _, v.differ = judgedRequirements(&v.a)
	v.outcomes = review.Judge(v.reqs, v.subject)
	return v, nil
}

func (p *reviewsPage) refresh() {
	rs, bad := reviews().List()
	p.bad = len(bad)
	p.list = p.list[:0]
	for _, r := range rs {
		v, err := openReceived(r.Latest().Link)
		if err != nil {
			v.problem = share.UserMessage(err)
		}
		v.r = r
		p.list = append(p.list, v)
	}
	for id := range p.selected {
		if !slices.ContainsFunc(p.list, func(v vendorRow) bool { return v.r.ID == id }) {
			delete(p.selected, id)
		}
	}
}

// shown is the list filtered and sorted as chosen.
func (p *reviewsPage) shown() []vendorRow {
	f := strings.ToLower(strings.TrimSpace(p.filter))
	var out []vendorRow
	for _, v := range p.list {
		hay := strings.ToLower(v.r.Name + " " + strings.Join(v.r.Tags, " ") + " " + v.a.Organization)
		if f == "" || strings.Contains(hay, f) {
			out = append(out, v)
		}
	}
	key := func(v vendorRow) float64 {
		switch p.sortBy {
		case "readiness":
			return -v.subject.Result.Readiness
		case "met":
			return -float64(review.MetCount(v.outcomes))
		case "blockers":
			return float64(len(v.subject.Result.Blockers))
		}
		return 0
	}
	slices.SortStableFunc(out, func(a, b vendorRow) int {
		if a.problem != "" || b.problem != "" {
			return strings.Compare(a.problem, b.problem)
		}
		if p.sortBy == "answered" {
			return strings.Compare(b.a.Updated, a.a.Updated)
		}
		ka, kb := key(a), key(b)
		switch {
		case ka < kb:
			return -1
		case ka > kb:
			return 1
		}
		return 0
	})
	return out
}

func (p *reviewsPage) Render() app.UI {
	body := []app.UI{
		app.H1().ID("page-title").TabIndex(-1).Text("Vendor reviews"),
		app.P().Class("lead").Text("Your vendors' results, kept in this browser apart from your own assessments. Compare them side by side and see what changed when a vendor sends newer results."),
	}
	if !p.mounted {
		body = append(body, renderLoading("your vendor reviews"))
		return &Shell{Title: "Vendor reviews", Description: "Compare vendors' SOC readiness results side by side, in your browser.", Body: body}
	}
	shown := p.shown()
	body = append(body,
		liveMessage(p.message, p.failed),
		app.If(p.undo != nil, func() app.UI {
			return app.Button().Type("button").Class("button").ID("undo-review").Text("Undo").OnClick(p.onUndo)
		}),
		app.If(p.bad > 0, func() app.UI {
			return app.P().Class("notice notice-error").Text(itoa(p.bad) + " saved vendor " + plural(p.bad, "review cannot", "reviews cannot") + " be read (damaged, or saved by a newer version). They are left untouched.")
		}),
		app.Section().Class("card").Aria("labelledby", "h-vendors").Body(
			app.H2().ID("h-vendors").Text("Vendors ("+itoa(len(p.list))+")"),
			app.If(len(p.list) == 0, func() app.UI {
				return app.P().ID("no-reviews").Body(
					app.Text("No vendor yet. Send a vendor a "),
					app.A().Href(Path("/request")).Text("request link"),
					app.Text("; when their results link comes back, open it and choose “Add to my vendor reviews”."),
				)
			}).Else(func() app.UI {
				return app.Div().Body(
					app.Div().Class("review-tools").Body(
						app.Div().Class("field").Body(
							app.Label().For("review-filter").Text("Filter by name or tag"),
							app.Input().Type("search").ID("review-filter").Value(p.filter).OnInput(p.onFilter),
						),
						app.Div().Class("field").Body(
							app.Label().For("review-sort").Text("Sort by"),
							app.Select().ID("review-sort").OnChange(p.onSort).Body(
								app.Option().Value("").Selected(p.sortBy == "").Text("Name"),
								app.Option().Value("readiness").Selected(p.sortBy == "readiness").Text("Readiness, highest first"),
								app.Option().Value("met").Selected(p.sortBy == "met").Text("Requirements met, most first"),
								app.Option().Value("blockers").Selected(p.sortBy == "blockers").Text("Blockers, fewest first"),
								app.Option().Value("answered").Selected(p.sortBy == "answered").Text("Date answered, newest first"),
							),
						),
					),
					app.Ul().Class("saved-list review-list").Body(app.Range(shown).Slice(func(i int) app.UI { return p.renderVendor(shown[i]) })),
				)
			}),
		),
		p.renderComparison(),
		app.Section().Class("card").Aria("labelledby", "h-review-file").Body(
			app.H2().ID("h-review-file").Text("Pass your reviews around"),
			app.P().Text("Export every review and request you sent as one file, and import a colleague's. Nothing leaves this device unless you send the file."),
			app.Button().Type("button").Class("button").ID("export-reviews").Text("Export vendor reviews (JSON)").OnClick(p.onExport),
			app.Div().Class("field").Body(
				app.Label().For("import-reviews").Text("Import vendor reviews (JSON)"),
				app.Input().Type("file").ID("import-reviews").Accept(".json,application/json").OnChange(p.onImport),
			),
		),
	)
	return &Shell{Title: "Vendor reviews", Description: "Compare vendors' SOC readiness results side by side, in your browser.", Body: body}
}

func (p *reviewsPage) renderVendor(v vendorRow) app.UI {
	id, name := v.r.ID, v.r.Name
	if strings.TrimSpace(name) == "" {
		name = "Unnamed vendor"
	}
	if v.problem != "" {
		return app.Li().Class("saved saved-problem").Body(
			app.Span().Text("“"+name+"” cannot be opened: "+v.problem),
			app.Button().Type("button").Class("button button-quiet button-danger").Text("Delete").Aria("label", "Delete "+name).DataSet("id", id).OnClick(p.onDelete),
		)
	}
	if p.editing == id {
		return app.Li().Class("saved").Body(
			app.Form().Class("rename").OnSubmit(p.onEditSave).Body(
				app.Label().For("review-name").Text("Name for “"+name+"”"),
				app.Input().Type("text").ID("review-name").Value(p.newName).MaxLength(200).AutoFocus(true).OnInput(p.onNameInput),
				app.Label().For("review-tags").Text("Tags, separated by commas"),
				app.Input().Type("text").ID("review-tags").Value(p.newTags).MaxLength(500).OnInput(p.onTagsInput),
				app.Button().Type("submit").Class("button button-primary").Text("Save"),
				app.Button().Type("button").Class("button button-quiet").Text("Cancel").OnClick(p.onEditCancel),
			),
		)
	}
	r := v.subject.Result
	due := "—"
	if v.a.Request != nil && v.a.Request.Due != "" {
		due = v.a.Request.Due
	}
	met := "No requirements"
	if len(v.outcomes) > 0 {
		met = itoa(review.MetCount(v.outcomes)) + " of " + itoa(len(v.outcomes))
	}
	return app.Li().Class("saved review").ID("review-"+id).Body(
		app.Div().Class("saved-main").Body(
			app.Label().Class("choice compare-pick").Body(
				app.Input().Type("checkbox").Checked(p.selected[id]).DataSet("id", id).OnChange(p.onSelect),
				app.Span().Class("saved-name").Text(name),
			),
			app.If(len(v.r.Tags) > 0, func() app.UI { return app.Span().Class("saved-meta").Text("Tags: " + strings.Join(v.r.Tags, ", ")) }),
			app.Dl().Class("report-facts review-facts").Body(
				app.Dt().Text("Organization"), app.Dd().Text(orDash(v.a.Organization)),
				app.Dt().Text("Scope"), app.Dd().Text(scopeSummary(v.subject.Fw, r.Scope)),
				app.Dt().Text("Answered"), app.Dd().Text(whenText(v.a.Updated)),
				app.Dt().Text("Readiness"), app.Dd().Class("review-readiness").Text(percentText(r.Readiness, r.HasReadiness)),
				app.Dt().Text("Band"), app.Dd().Text(r.Band.Label()),
				app.Dt().Text("Blockers"), app.Dd().Text(itoa(len(r.Blockers))),
				app.Dt().Text("Completion"), app.Dd().Text(itoa(percent(r.Completion))+"%"),
				app.Dt().Text("Requirements met"), app.Dd().Class("review-met").Text(met),
				app.Dt().Text("Questions version"), app.Dd().Text(v.subject.Bank.ID+" v"+itoa(v.subject.Bank.Version)),
				app.Dt().Text("Due"), app.Dd().Text(due),
			),
			app.If(v.differ, func() app.UI {
				return app.P().Class("notice notice-error").Text("The requirements in this vendor's link are not those of the request you sent: met or not is judged against your copy.")
			}),
			p.renderHistory(v),
		),
		app.Div().Class("saved-actions").Body(
			app.A().Class("button button-quiet").Href(Path("/view")+"#"+v.r.Latest().Link).Text("Open").Aria("label", "Open the latest results of "+name),
			app.Button().Type("button").Class("button button-quiet").Text("Rename or tag").Aria("label", "Rename or tag "+name).DataSet("id", id).OnClick(p.onEdit),
			app.Button().Type("button").Class("button button-quiet button-danger").Text("Delete").Aria("label", "Delete "+name).DataSet("id", id).OnClick(p.onDelete),
		),
	)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

func (p *reviewsPage) onFilter(ctx app.Context, e app.Event) {
	p.filter = ctx.JSSrc().Get("value").String()
}
func (p *reviewsPage) onSort(ctx app.Context, e app.Event) {
	p.sortBy = ctx.JSSrc().Get("value").String()
}

func (p *reviewsPage) onSelect(ctx app.Context, e app.Event) {
	id := dataOf(ctx, "id")
	if ctx.JSSrc().Get("checked").Bool() {
		p.selected[id] = true
	} else {
		delete(p.selected, id)
	}
}

func (p *reviewsPage) onEdit(ctx app.Context, e app.Event) {
	id := dataOf(ctx, "id")
	for _, v := range p.list {
		if v.r.ID == id {
			p.editing, p.newName, p.newTags = id, v.r.Name, strings.Join(v.r.Tags, ", ")
		}
	}
}
func (p *reviewsPage) onNameInput(ctx app.Context, e app.Event) {
	p.newName = ctx.JSSrc().Get("value").String()
}
func (p *reviewsPage) onTagsInput(ctx app.Context, e app.Event) {
	p.newTags = ctx.JSSrc().Get("value").String()
}
func (p *reviewsPage) onEditCancel(ctx app.Context, e app.Event) { p.editing = "" }

func (p *reviewsPage) onEditSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	r, err := reviews().Get(p.editing)
	if err != nil {
		p.editing = ""
		return
	}
	r.Name = strings.TrimSpace(p.newName)
	r.Tags = nil
	for _, t := range strings.Split(p.newTags, ",") {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(r.Tags, t) {
			r.Tags = append(r.Tags, t)
		}
	}
	if err := reviews().Save(r); err != nil {
		p.message, p.failed = "Not saved: this browser's storage is full. Nothing was lost.", true
		return
	}
	p.editing, p.message, p.failed, p.undo = "", "Saved “"+r.Name+"”.", false, nil
	p.refresh()
}

func (p *reviewsPage) onDelete(ctx app.Context, e app.Event) {
	r, err := reviews().Delete(dataOf(ctx, "id"))
	if err != nil {
		return
	}
	delete(p.selected, r.ID)
	p.undo = &r
	p.message, p.failed = "Deleted “"+r.Name+"”.", false
	p.refresh()
	focusElement(ctx, "undo-review")
}

func (p *reviewsPage) onUndo(ctx app.Context, e app.Event) {
	if p.undo == nil {
		return
	}
	if err := reviews().Save(*p.undo); err != nil {
		p.message, p.failed = "Could not restore it: this browser's storage is full.", true
		return
	}
	p.message, p.failed = "Restored “"+p.undo.Name+"”.", false
	p.undo = nil
	p.refresh()
}

func (p *reviewsPage) onExport(ctx app.Context, e app.Event) {
	download("soc-ready-vendor-reviews.json", "application/json", reviews().Export(time.Now()))
}

func (p *reviewsPage) onImport(ctx app.Context, e app.Event) {
	file := ctx.JSSrc().Get("files").Index(0)
	ctx.JSSrc().Set("value", "")
	if !file.Truthy() {
		return
	}
	if file.Get("size").Int() > reviewstore.MaxFileSize {
		p.message, p.failed = reviewstore.ErrNotReviews.Error(), true
		return
	}
	file.Call("arrayBuffer").Then(func(buf app.Value) {
		arr := app.Window().Get("Uint8Array").New(buf)
		data := make([]byte, arr.Length())
		app.CopyBytesToGo(data, arr)
		ctx.Dispatch(func(ctx app.Context) {
			lib, err := library()
			if err != nil {
				p.message, p.failed = err.Error(), true
				return
			}
			check := func(link string) error {
				_, err := share.Decode(link, share.LookupFrom(lib))
				if err != nil {
					return errorText(share.UserMessage(err))
				}
				return nil
			}
			n, err := reviews().Import(data, check)
			if errors.Is(err, store.ErrQuota) {
				p.message, p.failed = "This browser's storage is full: "+itoa(n)+" vendor "+plural(n, "review was", "reviews were")+" imported before it filled. Nothing was lost; delete old reviews or assessments and import again.", true
			} else if err != nil {
				p.message, p.failed = err.Error(), true
			} else {
				p.message, p.failed = "Imported "+itoa(n)+" vendor "+plural(n, "review", "reviews")+".", false
			}
			p.refresh()
		})
	})
}

type errorText string

func (e errorText) Error() string { return string(e) }
