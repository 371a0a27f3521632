package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// A Page is one route of the app.
type Page struct {
	Path string              // URL path, from the site root: "/results"
	Nav  string              // label in the header navigation; "" keeps it out
	New  func() app.Composer // the page component
}

// Pages lists every route. The server pre-renders each one into a static
// .html file and the service worker precaches them all, so add new pages
// here and nowhere else.
func Pages() []Page {
	return []Page{
		{Path: "/", Nav: "Home", New: func() app.Composer { return &homePage{} }},
		{Path: "/scope", New: func() app.Composer { return &scopePage{} }},
		{Path: "/assess", Nav: "Questionnaire", New: func() app.Composer { return &assessPage{} }},
		{Path: "/results", Nav: "Results", New: func() app.Composer { return &resultsPage{} }},
		{Path: "/report", New: func() app.Composer { return &reportPage{} }},
		{Path: "/view", New: func() app.Composer { return &viewPage{} }},
		{Path: "/request", Nav: "Request", New: func() app.Composer { return &requestPage{} }},
		{Path: "/reviews", Nav: "Vendors", New: func() app.Composer { return &reviewsPage{} }},
	}
}

// Routes registers every page with go-app. main calls it before
// app.RunWhenOnBrowser, in the browser and on the server alike.
func Routes() {
	for _, p := range Pages() {
		app.Route(p.Path, p.New)
	}
}
