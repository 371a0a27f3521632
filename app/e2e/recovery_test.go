package e2e

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/socready/socready/app/engine"
	"github.com/socready/socready/app/share"
)

// fillStorage makes localStorage refuse any write that would take it past
// its present size plus room bytes, as a full browser storage does
// (QuotaExceededError); deleting a record frees real room.
const fillStorage = `((room) => {
	const orig = Storage.prototype.setItem;
	const size = (s, skip) => { let n = 0; for (let i = 0; i < s.length; i++) { const k = s.key(i); if (k !== skip) n += k.length + s.getItem(k).length; } return n; };
	window.__quota = size(localStorage) + room;
	Storage.prototype.setItem = function (k, v) {
		if (window.__quota && size(this, k) + k.length + String(v).length > window.__quota) {
			throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
		}
		return orig.call(this, k, v);
	};
	return true;
})`

// TestStorageFullRecovery is issue 11's defect 1 as the acceptance run did
// it: storage fills, a save fails, four more answers are given, the user
// goes Home in the same tab, deletes an old assessment as advised and
// reopens theirs. Before the fix the answers given after the failure were
// gone. It also checks what must show meanwhile: the count of unsaved
// changes, the download, the question before leaving, and the retry on
// focus.
func TestStorageFullRecovery(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	// An old assessment, then ours.
	// Presses go through the element's click(): this test is about saving,
	// and a click at coordinates can miss while the page is still settling.
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		WaitJS(`(document.querySelector("#start").click(), true)`, 5*time.Second), WaitJS(`location.pathname === "/scope"`, 30*time.Second)))
	oldID := mustEval[string](t, br, `new URLSearchParams(location.hash.slice(1)).get("a")`)
	must(t, br.Do(Click(chromedp.CSS(".brand")), WaitJS(`location.pathname === "/" && document.querySelectorAll(".saved").length === 1`, 20*time.Second),
		WaitJS(`(document.querySelector("#start").click(), true)`, 5*time.Second), WaitJS(`location.pathname === "/scope" && !location.hash.includes("`+oldID+`")`, 30*time.Second),
		Click(chromedp.CSS(`a.button-primary[href*="/assess"]`)),
		WaitJS(`document.querySelectorAll("article.question").length >= 5`, 20*time.Second)))
	mine := mustEval[string](t, br, `new URLSearchParams(location.hash.slice(1)).get("a")`)
	stored := func() int {
		return mustEval[int](t, br, `Object.keys(JSON.parse(localStorage.getItem("socready.v1.a.`+mine+`")).assessment.answers).length`)
	}

	mustEval[bool](t, br, fillStorage+`(40)`)
	for i := 0; i < 5; i++ {
		must(t, br.Do(Click(chromedp.CSS(`article.question:nth-of-type(`+strconv.Itoa(i+1)+`) input[type="radio"]`))))
		time.Sleep(150 * time.Millisecond)
	}
	must(t, br.Do(WaitJS(`/storage is full/.test(document.querySelector(".save-status").textContent) && !!document.querySelector("#unsaved-count")`, 10*time.Second)))
	if n := stored(); n >= 5 {
		t.Fatalf("the storage did not fill: %d answers stored", n)
	}
	count := mustEval[string](t, br, `document.querySelector("#unsaved-count").textContent`)
	if !strings.Contains(count, "not saved") {
		t.Errorf("unsaved count %q", count)
	}
	if !mustEval[bool](t, br, `(() => { const e = new Event("beforeunload", {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; })()`) {
		t.Error("leaving the page with unsaved changes does not ask first")
	}
	must(t, br.Do(Click(chromedp.CSS("#download-unsaved")), WaitJS(`/Downloaded/.test(document.querySelector(".unsaved").textContent)`, 5*time.Second)))

	// Home in the same tab: the list says so, the count stays.
	must(t, br.Do(Click(chromedp.CSS(".brand")), WaitJS(`location.pathname === "/" && !!document.querySelector("#unsaved-count") && !!document.querySelector(".saved-unsaved")`, 20*time.Second)))
	// Delete the old assessment, as the message advises: the save is retried.
	must(t, br.Do(Click(chromedp.CSS(`button.button-danger[data-id="`+oldID+`"]`)),
		WaitJS(`!document.querySelector("#unsaved-count")`, 10*time.Second)))
	if n := stored(); n != 5 {
		t.Fatalf("after freeing space %d answers are stored, want 5: answers given after the failed save were lost", n)
	}
	must(t, br.Do(Click(chromedp.CSS(`a.saved-name`)), WaitJS(`document.querySelectorAll("article.question input[type=radio]:checked").length === 5`, 20*time.Second)))
	if mustEval[bool](t, br, `(() => { const e = new Event("beforeunload", {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented; })()`) {
		t.Error("leaving asks although everything is saved")
	}

	// Full again; space freed elsewhere (another tab) is used on focus.
	mustEval[bool](t, br, `(window.__quota = 1, true)`)
	must(t, br.Do(Click(chromedp.CSS(`article.question:nth-of-type(6) input[type="radio"]`)),
		WaitJS(`!!document.querySelector("#unsaved-count")`, 10*time.Second)))
	mustEval[bool](t, br, `(window.__quota = 0, window.dispatchEvent(new Event("focus")), true)`)
	must(t, br.Do(WaitJS(`!document.querySelector("#unsaved-count") && /^Saved/.test(document.querySelector(".save-status").textContent)`, 10*time.Second)))
	if n := stored(); n != 6 {
		t.Errorf("after focus %d answers stored, want 6", n)
	}
	if errs := br.ConsoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}

// heldSite serves the build with every download of app.wasm held until the
// returned release is called (a slow network: the pre-rendered page is
// there long before the app). Release runs at the latest when the test
// ends, before the server stops (which waits for held requests).
func heldSite(t *testing.T, dir string) (*Site, func()) {
	gate := make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(gate) }) }
	site := StartSiteWith(t, dir, "", func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/app.wasm") {
				<-gate
			}
			h.ServeHTTP(w, r)
		})
	})
	t.Cleanup(release)
	return site, release
}

// TestPressesBeforeStart is defect 2: with the wasm held back, a press on
// "Start an assessment" and a file chosen for import on the pre-rendered
// page take effect once the app starts. Before the fix both were dropped.
func TestPressesBeforeStart(t *testing.T) {
	b := LoadBuilds(t)
	lib, err := engine.DefaultLibrary()
	must(t, err)
	bank := lib.Bank("soc2")
	a := engine.Assessment{ID: "x", Name: "Imported early", Bank: "soc2", BankVersion: bank.Version,
		Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}, Answers: engine.Answers{}}
	data, err := share.Export(a, bank, time.Now())
	must(t, err)
	file := filepath.Join(t.TempDir(), "early.json")
	must(t, os.WriteFile(file, data, 0o644))

	t.Run("start", func(t *testing.T) {
		site, release := heldSite(t, b.Dist)
		br := NewBrowser(t)
		must(t, br.Do(chromedp.Navigate(site.URL("/")),
			WaitJS(`document.readyState !== "loading" && !!document.querySelector("#start")`, 20*time.Second),
			chromedp.Click(chromedp.CSS("#start"))))
		time.Sleep(time.Second)
		if mustEval[bool](t, br, `document.documentElement.dataset.mounted === "true"`) {
			t.Fatal("the app started although its wasm is held back: the test proves nothing")
		}
		if !mustEval[bool](t, br, `document.querySelector("#start").getAttribute("aria-busy") === "true"`) {
			t.Error("the held press is not shown")
		}
		release()
		must(t, br.Do(WaitMounted(), WaitJS(`location.pathname === "/scope"`, 20*time.Second)))
	})
	t.Run("import", func(t *testing.T) {
		site, release := heldSite(t, b.Dist)
		br := NewBrowser(t)
		must(t, br.Do(chromedp.Navigate(site.URL("/")),
			WaitJS(`document.readyState !== "loading" && !!document.querySelector("#import-file")`, 20*time.Second),
			chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file})))
		time.Sleep(500 * time.Millisecond)
		if mustEval[bool](t, br, `document.documentElement.dataset.mounted === "true"`) {
			t.Fatal("the app started although its wasm is held back: the test proves nothing")
		}
		release()
		must(t, br.Do(WaitMounted(), WaitJS(`/Imported/.test(document.querySelector(".home-status").textContent) && /Imported early/.test(document.querySelector(".saved-list").textContent)`, 60*time.Second)))
	})
}

// TestDamagedAssessmentLink is defect 3: /assess#a=%ZZ% in a browser that
// holds an assessment says the link is damaged; it opened that assessment.
func TestDamagedAssessmentLink(t *testing.T) {
	b := LoadBuilds(t)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/")), WaitMounted(),
		Click(chromedp.CSS("#start")), WaitJS(`location.pathname === "/scope"`, 20*time.Second),
		chromedp.Navigate("about:blank"),
		chromedp.Navigate(site.URL("/assess")+"#a=%ZZ%"), WaitMounted(),
		WaitJS(`!!document.querySelector(".notice-error")`, 20*time.Second)))
	if msg := mustEval[string](t, br, `document.querySelector(".notice-error").textContent`); !strings.Contains(msg, "damaged") {
		t.Errorf("message %q", msg)
	}
	if n := mustEval[int](t, br, `document.querySelectorAll("article.question").length`); n != 0 {
		t.Errorf("a damaged link opened an assessment (%d questions shown)", n)
	}
}

// TestEmptyPassphrase is defect 4: Open with the field empty says so.
func TestEmptyPassphrase(t *testing.T) {
	b := LoadBuilds(t)
	lib, err := engine.DefaultLibrary()
	must(t, err)
	bank := lib.Bank("soc2")
	a := engine.Assessment{ID: "x", Name: "Locked", Bank: "soc2", BankVersion: bank.Version,
		Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeI, Categories: []string{"security"}}, Answers: engine.Answers{}}
	frag, err := share.Encode(a, bank, share.Options{Passphrase: "correct horse"})
	must(t, err)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/view")+"#"+frag), WaitMounted(),
		WaitJS(`!!document.querySelector("#pass")`, 20*time.Second),
		Click(chromedp.CSS(`form button[type="submit"]`)),
		WaitJS(`/passphrase first/.test(document.querySelector("#link-error")?.textContent ?? "")`, 5*time.Second)))
	if !mustEval[bool](t, br, `document.activeElement.id === "pass" && document.querySelector("#pass").getAttribute("aria-invalid") === "true"`) {
		t.Error("the empty field is not focused and marked invalid")
	}
	checkAxe(t, br, "passphrase")
}

// TestBidiRequester is defect 5: a requester's name ending in an unclosed
// right-to-left override cannot turn the app's heading around.
func TestBidiRequester(t *testing.T) {
	b := LoadBuilds(t)
	frag, err := share.EncodeRequest(share.Request{Scope: engine.Scope{Report: engine.SOC2, Type: engine.TypeI}, Requester: "Acme\u202E", Message: "Hi\u202E there"}, share.Options{})
	must(t, err)
	site := StartSite(t, b.Dist, "")
	br := NewBrowser(t)
	must(t, br.Do(chromedp.Navigate(site.URL("/view")+"#"+frag), WaitMounted(), WaitJS(`!!document.querySelector("#h-req")`, 20*time.Second)))
	h := mustEval[string](t, br, `document.querySelector("#h-req").textContent`)
	if strings.ContainsRune(h, '\u202E') || !strings.HasSuffix(h, " asks for your SOC readiness") {
		t.Errorf("heading %q keeps the override", h)
	}
	if !mustEval[bool](t, br, `!!document.querySelector("#h-req [dir=auto]") && getComputedStyle(document.querySelector("#h-req [dir=auto]")).unicodeBidi === "isolate"`) {
		t.Error("the requester's name is not isolated from the heading")
	}
	// Started from the link, the scope page's note names them isolated too.
	must(t, br.Do(Click(chromedp.CSS("#start-request")), WaitJS(`!!document.querySelector(".request-note")`, 20*time.Second)))
	if note := mustEval[string](t, br, `document.querySelector(".request-note").textContent`); strings.ContainsRune(note, '\u202E') {
		t.Errorf("request note %q keeps the override", note)
	}
}
