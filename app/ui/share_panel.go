package ui

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// sharePanel builds a results link (scope and answers in the URL fragment,
// which no server receives) and exports files. The results page embeds it.
type sharePanel struct {
	notes      bool
	passphrase string
	link       string // the full URL, once built
	qr         string // its QR code as SVG, when short enough to scan
	message    string
	failed     bool
}

func (s *sharePanel) render(e *editor) app.UI {
	return app.Section().Class("card").Aria("labelledby", "h-share").Body(
		app.H2().ID("h-share").Text("Share and export"),
		app.P().Text("A results link carries your scope and answers inside the link itself, after the # sign, which browsers never send to a server. Whoever opens it sees your results read-only and can save a copy."),
		app.Div().Class("share-options").Body(
			app.Label().Class("choice").Body(
				app.Input().Type("checkbox").ID("share-notes").Checked(s.notes).OnChange(s.onNotes),
				app.Span().Text("Include my notes"),
			),
			app.Div().Class("field").Body(
				app.Label().For("share-pass").Text("Passphrase (optional: the recipient must type it to open the link)"),
				app.Input().Type("password").ID("share-pass").Value(s.passphrase).AutoComplete(false).OnInput(s.onPass),
			),
			app.Button().Type("button").Class("button button-primary").ID("make-link").Text("Create results link").OnClick(s.onMake(e)),
		),
		liveMessage(s.message, s.failed),
		app.If(s.link != "", func() app.UI {
			return linkResult("share-link", "Results link", s.link, s.qr, "Scan to open the results link", s.onCopy)
		}),
		app.H3().Text("Files"),
		app.P().Text("A JSON file keeps everything (scope, answers, notes) and can be imported on another device from the home page. CSV files open in spreadsheet programs."),
		app.Div().Class("share-files").Body(
			app.Button().Type("button").Class("button").ID("export-json").Text("Download JSON").OnClick(s.onExportJSON(e)),
			app.Button().Type("button").Class("button").ID("export-answers").Text("Answers (CSV)").OnClick(s.onAnswersCSV(e)),
			app.Button().Type("button").Class("button").ID("export-gaps").Text("Gaps (CSV)").OnClick(s.onGapsCSV(e)),
		),
		s.renderOSCAL(e),
	)
}

func (s *sharePanel) onNotes(ctx app.Context, _ app.Event) {
	s.notes = ctx.JSSrc().Get("checked").Bool()
	s.link, s.qr = "", ""
}

func (s *sharePanel) onPass(ctx app.Context, _ app.Event) {
	s.passphrase = ctx.JSSrc().Get("value").String()
	s.link, s.qr = "", ""
}

func (s *sharePanel) fail(err error) {
	s.link, s.qr = "", ""
	s.message, s.failed = share.UserMessage(err), true
}

func (s *sharePanel) onMake(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		if s.passphrase != "" {
			s.message, s.failed = "Protecting the link with your passphrase…", false
		}
		a, bank, opts := e.a, e.bank, share.Options{Notes: s.notes, Passphrase: s.passphrase}
		// Key derivation takes a moment: let the message render first.
		ctx.After(20*time.Millisecond, func(ctx app.Context) {
			frag, err := share.Encode(a, bank, opts)
			if err != nil {
				s.fail(err)
				return
			}
			s.link = siteURL("/view") + "#" + frag
			s.qr, _ = share.QRSVGWithTitle(s.link, "QR code of the results link")
			s.message, s.failed = "Link ready. Anyone with it (and the passphrase, if you set one) can read these answers.", false
			focusElement(ctx, "share-link")
		})
	}
}

func (s *sharePanel) onCopy(ctx app.Context, _ app.Event) {
	copyLink(ctx, s.link, func(msg string, failed bool) { s.message, s.failed = msg, failed })
}

func (s *sharePanel) onExportJSON(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		data, err := share.Export(e.a, e.bank, time.Now())
		if err != nil {
			s.fail(err)
			return
		}
		download(fileName(e.a.Name)+".json", "application/json", data)
		s.message, s.failed = "JSON file downloaded.", false
	}
}

func (s *sharePanel) onAnswersCSV(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		download(fileName(e.a.Name)+"-answers.csv", "text/csv;charset=utf-8", share.AnswersCSVAsked(e.bank, e.a.Answers, engine.AskedAll(e.bank, e.fw, e.a.Scope, e.a.Answers)))
		s.message, s.failed = "Answers CSV downloaded.", false
	}
}

func (s *sharePanel) onGapsCSV(e *editor) app.EventHandler {
	return func(ctx app.Context, _ app.Event) {
		gaps := engine.Gaps(e.bank, e.fw, e.res.Scope, e.a.Answers)
		rows := make([]share.GapRow, len(gaps))
		for i, g := range gaps {
			crit := make([]string, len(g.Criteria))
			for j, c := range g.Criteria {
				crit[j] = c.ID
			}
			rows[i] = share.GapRow{ID: g.Question, Severity: string(g.Severity), Impact: g.Impact, Criteria: crit,
				Question: g.Text, Remediation: g.Remediation, Evidence: g.Evidence}
		}
		download(fileName(e.a.Name)+"-gaps.csv", "text/csv;charset=utf-8", share.GapsCSV(rows))
		s.message, s.failed = "Gaps CSV downloaded.", false
	}
}
