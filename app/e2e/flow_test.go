package e2e

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboardFlow is a new user's whole journey, by keyboard only: scope a
// SOC 2 Type II with Security and Availability, answer every question, see
// the scores and gaps, reload and find everything there, go offline (server
// stopped) and keep working, and print. axe-core checks every page.
func TestKeyboardFlow(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(), WaitServiceWorker(), WaitPrecached(PrecacheList(t, b.Dist))))
	checkAxe(t, br, "home")

	// Home → scope.
	TabTo(t, br, `el.id === "start"`, 30)
	Press(t, br, kb.Enter)
	must(t, br.Do(WaitJS(`location.pathname === "/scope" && !!document.querySelector('input[name="report"]')`, 20*time.Second)))
	checkAxe(t, br, "scope")

	// Availability in scope, Type II, then on to the questions.
	TabTo(t, br, `el.name === "category" && el.value === "availability"`, 80)
	Press(t, br, " ")
	must(t, br.Do(WaitJS(`document.querySelector('input[value="availability"]').checked`, 5*time.Second)))
	TabTo(t, br, `el.name === "type"`, 40)
	Press(t, br, kb.ArrowDown) // Type I → Type II
	must(t, br.Do(WaitJS(`!!document.querySelector("#window")`, 5*time.Second)))
	TabTo(t, br, `el.textContent === "Continue to the questions"`, 40)
	Press(t, br, kb.Enter)
	must(t, br.Do(WaitJS(`location.pathname === "/assess" && !!document.querySelector("article.question")`, 20*time.Second)))
	checkAxe(t, br, "questionnaire")

	// The first answer is timed: a change to the rendered progress.
	ms := mustEval[float64](t, br, `(async () => {
		const input = document.querySelector('article.question input[type="radio"]');
		const target = document.querySelector('.progress-bar');
		const t0 = performance.now();
		return await new Promise(resolve => {
			const mo = new MutationObserver(() => { mo.disconnect(); resolve(performance.now() - t0); });
			mo.observe(target, {subtree: true, childList: true, characterData: true, attributes: true});
			input.click();
		});
	})()`)
	t.Logf("answer → progress and score re-rendered in %.1f ms", ms)

	answered, naDone, noteDone := answerAllByKeyboard(t, br)
	t.Logf("answered %d questions by keyboard", answered)
	if !naDone || !noteDone {
		t.Fatalf("the flow did not exercise N/A (%v) and a note (%v)", naDone, noteDone)
	}

	// Results.
	TabTo(t, br, `el.textContent === "See your results"`, 80)
	Press(t, br, kb.Enter)
	must(t, br.Do(WaitJS(`location.pathname === "/results" && !!document.querySelector("#sum-readiness")`, 20*time.Second), WaitDrawn()))
	readiness := mustEval[string](t, br, `document.querySelector("#sum-readiness").textContent`)
	if !regexp.MustCompile(`^\d{1,3}%$`).MatchString(readiness) {
		t.Fatalf("readiness %q", readiness)
	}
	completion := mustEval[string](t, br, `document.querySelector("#sum-completion").textContent`)
	if m := regexp.MustCompile(`^(\d+) of (\d+) answered$`).FindStringSubmatch(completion); m == nil || m[1] != m[2] {
		t.Fatalf("completion %q: every question should be answered", completion)
	}
	gaps := mustEval[int](t, br, `document.querySelectorAll("ol.gaps > li").length`)
	if gaps == 0 {
		t.Fatal("no gaps listed, yet the flow left many controls short of operating")
	}
	if n := mustEval[int](t, br, `document.querySelectorAll("#chart-categories rect.chart-bar").length`); n != 2 {
		t.Fatalf("category chart has %d bars, want 2 (Security, Availability)", n)
	}
	checkAxe(t, br, "results")

	// Reload: everything is still there.
	must(t, br.Do(chromedp.Reload(), WaitMounted(), WaitJS(`!!document.querySelector("#sum-readiness")`, 20*time.Second), WaitDrawn()))
	if got := mustEval[string](t, br, `document.querySelector("#sum-readiness").textContent`); got != readiness {
		t.Fatalf("after reload readiness %q, want %q", got, readiness)
	}

	// Print: the report hides navigation under print media.
	TabTo(t, br, `el.textContent === "Printable report"`, 200)
	Press(t, br, kb.Enter)
	must(t, br.Do(WaitJS(`location.pathname === "/report" && !!document.querySelector(".report-cover")`, 20*time.Second), WaitDrawn()))
	checkAxe(t, br, "report")
	_, err := chromedp.Call(br.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
	must(t, err)
	hidden := mustEval[bool](t, br, `[".site-header", ".site-footer", ".step-nav", ".no-print"].every(s => {
		const el = document.querySelector(s); return !el || getComputedStyle(el).display === "none"; })`)
	shown := mustEval[bool](t, br, `getComputedStyle(document.querySelector(".report-cover")).display !== "none" && document.querySelectorAll("table.answers tbody tr").length > 50`)
	_, err = chromedp.Call(br.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""})
	must(t, err)
	if !hidden || !shown {
		t.Fatalf("print media: chrome hidden %v, report shown %v", hidden, shown)
	}

	// Offline: stop the server, reload, keep working.
	site.Stop()
	must(t, br.Do(chromedp.Reload(), WaitMounted(), WaitJS(`!!document.querySelector(".report-cover")`, 30*time.Second)))
	must(t, br.Do(chromedp.Navigate(strings.Replace(mustEval[string](t, br, `location.href`), "/report", "/assess", 1)),
		WaitMounted(), WaitJS(`!!document.querySelector("article.question input")`, 30*time.Second)))
	TabTo(t, br, `el.type === "radio"`, 60)
	Press(t, br, kb.ArrowDown)
	must(t, br.Do(WaitJS(`/^Saved/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))

	if out := br.RequestsOutside(site.Origin); len(out) > 0 {
		t.Errorf("requests left the origin: %v", out)
	}
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// answerAllByKeyboard answers every asked question with Tab, Space and the
// arrow keys, section by section, with one N/A (justified) and one note.
func answerAllByKeyboard(t *testing.T, br *Browser) (answered int, naDone, noteDone bool) {
	for step := 0; step < 600; step++ {
		next := mustEval[string](t, br, `(() => {
			const q = document.querySelector("article.question:not(.question-answered)");
			if (q) return q.id.slice(2);
			const b = [...document.querySelectorAll(".section-actions button")].find(b => b.textContent === "Next section");
			return b ? "#next-section" : "#done";
		})()`)
		switch next {
		case "#done":
			return answered, naDone, noteDone
		case "#next-section":
			TabTo(t, br, `el.textContent === "Next section"`, 120)
			Press(t, br, kb.Enter)
			if err := br.Do(WaitJS(`document.activeElement && document.activeElement.id === "section-title"`, 5*time.Second)); err != nil {
				t.Fatalf("Next section did not move focus to the section title: %v; focus on %s, section %q", err,
					mustEval[string](t, br, `(document.activeElement?.outerHTML ?? "none").slice(0, 200)`),
					mustEval[string](t, br, `document.querySelector("#section-title").textContent`))
			}
			continue
		}
		TabTo(t, br, `el.name === "ans-`+next+`"`, 60)
		fact := mustEval[bool](t, br, `document.activeElement.value === "yes" || document.activeElement.value === "no"`)
		if !mustEval[bool](t, br, `document.activeElement.checked`) {
			pressSettled(t, br, " ") // Tab lands on the first choice of an unanswered group: select it
		}
		switch {
		case fact:
			// "Yes" (first choice) opens the questions it gates.
		case !naDone:
			for i := 0; i < 5; i++ { // not started → … → N/A
				pressSettled(t, br, kb.ArrowDown)
			}
			if err := br.Do(WaitJS(`document.activeElement && document.activeElement.id === "just-`+next+`"`, 5*time.Second)); err != nil {
				state := mustEval[string](t, br, `(document.activeElement?.outerHTML ?? "none").slice(0, 300) + " | checked: " + (document.querySelector('input[name="ans-`+next+`"]:checked')?.value ?? "none") + " | textarea: " + !!document.querySelector("#just-`+next+`")`)
				t.Fatalf("focus did not move to the justification: %v; %s", err, state)
			}
			Type(t, br, "We run no such system.")
			naDone = true
		default:
			for i := 0; i < answered%5; i++ { // a mix of maturity levels
				pressSettled(t, br, kb.ArrowDown)
			}
			if !noteDone {
				TabTo(t, br, `el.tagName === "SUMMARY" && el.textContent === "Add a note"`, 10)
				Press(t, br, kb.Enter)
				must(t, br.Do(WaitJS(`!!document.querySelector("#note-`+next+`")`, 5*time.Second))) // drawn once open
				TabTo(t, br, `el.id === "note-`+next+`"`, 3)
				Type(t, br, "Owner: <b>Alex</b> & team")
				noteDone = true
			}
		}
		must(t, br.Do(WaitJS(`document.querySelector("#q-`+next+`").classList.contains("question-answered")`, 5*time.Second)))
		answered++
	}
	t.Fatal("the questionnaire did not end after 600 steps")
	return
}

// pressSettled presses a key and, in a radio group, waits until the choice
// is checked and saved, so the next step reads the page as it now is.
// (TestFastArrowKeys covers keys pressed faster than the app draws.)
func pressSettled(t *testing.T, br *Browser, key string) {
	t.Helper()
	Press(t, br, key)
	err := br.Do(WaitJS(`(() => {
		const el = document.activeElement;
		if (el.type !== "radio") return true;
		const id = el.name.slice(4), rec = Object.keys(localStorage).find(k => k.startsWith("socready.v1.a."));
		const saved = JSON.parse(localStorage.getItem(rec)).assessment.answers[id];
		return el.checked && saved && saved.choice === el.value;
	})()`, 5*time.Second))
	if err != nil {
		t.Fatalf("pressing %q: %v; focus on %s", key, err, mustEval[string](t, br, `(() => {
			const el = document.activeElement, id = el.name ? el.name.slice(4) : "";
			const rec = Object.keys(localStorage).find(k => k.startsWith("socready.v1.a."));
			return el.outerHTML.slice(0, 160) + " checked=" + el.checked + " saved=" + JSON.stringify(JSON.parse(localStorage.getItem(rec)).assessment.answers[id]);
		})()`))
	}
}

func checkAxe(t *testing.T, br *Browser, page string) {
	t.Helper()
	for _, v := range RunAxe(t, br) {
		t.Errorf("axe on %s: %s (%s): %s %v", page, v.ID, v.Impact, v.Help, v.Nodes)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
