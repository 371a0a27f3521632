package ui

import (
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/reviewstore"
	"github.com/socready/socready/app/share"
	"github.com/socready/socready/app/store"
)

var (
	reviewsOnce    sync.Once
	sessionReviews *reviewstore.Store
)

// reviews opens, once per tab, the buyer's vendor reviews over the browser's
// storage (or memory when there is none), apart from its own assessments.
func reviews() *reviewstore.Store {
	reviewsOnce.Do(func() {
		backend, err := openLocalStorage()
		if err != nil || app.IsServer {
			backend = store.NewMemory()
		}
		sessionReviews = reviewstore.Open(backend)
	})
	return sessionReviews
}

// buyerCopy returns the requirements of the buyer's own copy of the request
// a results link answers, and whether there is such a copy on this device.
func buyerCopy(a *engine.Assessment) (*engine.Requirements, bool) {
	if a.Request == nil || a.Request.ID == "" {
		return nil, false
	}
	sent, ok := reviews().Request(a.Request.ID)
	if !ok {
		return nil, false
	}
	l, err := share.Decode(sent.Link, nil)
	if err != nil || l.Kind != share.KindRequest {
		return nil, false
	}
	return l.Request.Requirements, true
}

// judgedRequirements are the requirements a vendor's results are judged
// against: the buyer's own copy when it has one (a link's checksum is no
// defence against forgery), else those the link carries. differ is set when
// the link's requirements are not the copy's.
func judgedRequirements(a *engine.Assessment) (q *engine.Requirements, own, differ bool) {
	var inLink *engine.Requirements
	if a.Request != nil {
		inLink = a.Request.Requirements
	}
	if mine, ok := buyerCopy(a); ok {
		return mine, true, !sameRequirements(mine, inLink)
	}
	return inLink, false, false
}
