package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/reviewstore"
	"github.com/socready/socready/app/share"
)

// renderRequested shows, on a shared results link, who asked and the
// requirements judged: against the buyer's own copy of the request when this
// device made it, and says so when the link's requirements differ from it.
func (p *viewPage) renderRequested() app.UI {
	a := &p.link.Assessment
	if a.Request == nil {
		return app.Text("")
	}
	q, own, differ := judgedRequirements(a)
	line := "Requested"
	if who := strings.TrimSpace(a.Request.From); who != "" {
		line += " by " + who
	}
	if a.Request.Due != "" {
		line += ", due " + a.Request.Due
	}
	return app.Div().Body(
		app.P().Class("notice request-note").Text(line+"."),
		app.If(differ, func() app.UI {
			return app.P().Class("notice notice-error").ID("reqs-differ").Aria("role", "alert").Text(
				"The requirements in this link are not those of the request you sent. Met or not is judged against your own copy of the request, kept on this device.")
		}),
		app.If(!own && !q.Empty(), func() app.UI {
			return app.P().Class("notice").ID("reqs-unverified").Text(
				"This device has no copy of the request, so these are the requirements the link states; the sender could have changed them.")
		}),
		requirementsNote("view-reqs", q, judge(q, p.bank, p.fw, p.res, a.Answers), true),
	)
}

// onAddReview keeps the link in the buyer's vendor reviews: a newer link of
// an assessment already reviewed joins its history.
func (p *viewPage) onAddReview(ctx app.Context, e app.Event) {
	a := &p.link.Assessment
	name := strings.TrimSpace(a.Organization)
	if name == "" {
		name = a.Name
	}
	link := p.frag
	if p.link.Protected || p.link.Migrated != nil {
		// Kept readable without the passphrase, on the buyer's own device,
		// and in the current version of the questions.
		var err error
		if link, err = share.Encode(*a, p.bank, share.Options{Notes: p.link.Notes}); err != nil {
			p.reviewMsg, p.reviewFailed = share.UserMessage(err), true
			return
		}
	}
	r, outcome, err := reviews().Add(link, a.ID, name)
	switch {
	case err != nil:
		p.reviewMsg, p.reviewFailed = "Not added: this browser's storage is full. Delete old vendor reviews or assessments to free space; nothing was lost.", true
	case outcome == reviewstore.Duplicate:
		p.reviewMsg, p.reviewFailed = "This link is already in your vendor reviews (“"+r.Name+"”).", false
	case outcome == reviewstore.Updated:
		p.reviewMsg, p.reviewFailed = "Added to the history of “"+r.Name+"”: "+itoa(len(r.History))+" results received.", false
	default:
		p.reviewMsg, p.reviewFailed = "Added “"+r.Name+"” to your vendor reviews.", false
	}
}
