//go:build !wasm

package main

import (
	"errors"
	"regexp"
	"strings"
)

// go-app's app.js starts the wasm as soon as it runs, before the browser has
// painted the pre-rendered page, compiles the module on the page's main
// thread, and pipes the download through a JS stream to count progress. On
// a phone that keeps the page blank and unresponsive for seconds. patchAppJS
// changes three things, and fails if go-app's script no longer has the code
// it expects (so an upgrade cannot silently drop the fix):
//
//   - the wasm starts once the first contentful paint is done (or after 3 s);
//   - the module is compiled in a worker (web/compile-worker.js), which also
//     runs the app once against a stub window (web/warmup-stub.js) so that
//     V8 compiles the start-up functions there, not on the page's main
//     thread; the page only instantiates it, with instantiateStreaming as
//     the fallback;
//   - the download is a plain fetch (the loader shows no percentage);
//   - a fragment with a stray "%" (a damaged share link) is made parseable
//     before go-app reads the URL: go-app ignores url.Parse's error and then
//     dereferences the nil URL, which stopped the whole app;
//   - the update check catches its failure: offline, go-app's unhandled
//     registration.update() rejection was logged as an uncaught error on
//     every start and every periodic check.
var (
	appJSStart  = "goappInitWebAssembly();\n"
	appJSUpdate = "goappServiceWorkerRegistration.update();"
	appJSLoad   = regexp.MustCompile(`const wasm = await instantiateStreaming\(\s*fetchWithProgress\(("[^"]*"), showProgress\),\s*go\.importObject\s*\);\s*go\.run\(wasm\.instance\);`)
)

const appJSAdditions = `
// -----------------------------------------------------------------------------
// SOC Ready: keep the URL parseable by Go (added by app/appjs.go)
// -----------------------------------------------------------------------------
function goappSanitizeHash() {
  const fixed = location.hash.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
  if (fixed !== location.hash) {
    history.replaceState(history.state, "", location.pathname + location.search + fixed);
  }
}
goappSanitizeHash();
// Registered before go-app's onpopstate handler, so it runs first.
window.addEventListener("popstate", goappSanitizeHash);

// -----------------------------------------------------------------------------
// SOC Ready: start after the first paint, compile off the main thread
// (added by app/appjs.go)
// -----------------------------------------------------------------------------
function goappStartAfterPaint() {
  let started = false;
  const start = () => {
    if (!started) {
      started = true;
      setTimeout(goappInitWebAssembly, 0);
    }
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntries().some((e) => e.name === "first-contentful-paint")) {
        observer.disconnect();
        start();
      }
    }).observe({ type: "paint", buffered: true });
  } catch (err) {
    start();
  }
  setTimeout(start, 3000);
}

async function goappInstantiate(url, importObject) {
  let module;
  try {
    module = await goappCompileInWorker(new URL(url, location.href).href);
    performance.mark("wasm-compiled-in-worker");
  } catch (err) {
    const res = await WebAssembly.instantiateStreaming(fetch(url), importObject);
    return res.instance;
  }
  const instance = await WebAssembly.instantiate(module, importObject);
  // The app starts in a task of its own: receiving and instantiating the
  // module takes 40-70 ms on a phone, which would lengthen the start's
  // longest task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return instance;
}

// What the compile worker needs to warm the module up: go-app's wasm_exec.js
// (the page's own script), the stub window, and the page's URL, so that the
// warm-up renders the same route.
function goappWarmUpMessage(url) {
  const exec = document.querySelector('script[src$="wasm_exec.js"]');
  return {
    wasm: url,
    execJS: exec ? exec.src : "",
    stubJS: new URL(goappGetenv("GOAPP_STATIC_RESOURCES_URL") + "/warmup-stub.js", location.href).href,
    href: location.href,
  };
}

function goappCompileInWorker(url) {
  return new Promise((resolve, reject) => {
    if (!window.Worker || !WebAssembly.compileStreaming) {
      reject(new Error("no worker compilation"));
      return;
    }
    const worker = new Worker(goappGetenv("GOAPP_STATIC_RESOURCES_URL") + "/compile-worker.js");
    worker.onmessage = (e) => {
      worker.terminate(); // also ends the warm-up run, if still going
      if (e.data instanceof WebAssembly.Module) {
        resolve(e.data);
      } else {
        reject(new Error(String(e.data)));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error("compile worker failed"));
    };
    worker.postMessage(goappWarmUpMessage(url));
  });
}
`

func patchAppJS(js string) (string, error) {
	if strings.Count(js, appJSStart) != 1 {
		return "", errors.New("app.js: go-app's wasm start call not found: review app/appjs.go for this go-app version")
	}
	if len(appJSLoad.FindAllStringIndex(js, -1)) != 1 {
		return "", errors.New("app.js: go-app's wasm loading code not found: review app/appjs.go for this go-app version")
	}
	if strings.Count(js, appJSUpdate) != 1 {
		return "", errors.New("app.js: go-app's update check not found: review app/appjs.go for this go-app version")
	}
	js = strings.Replace(js, appJSStart, "goappStartAfterPaint();\n", 1)
	js = strings.Replace(js, appJSUpdate, "goappServiceWorkerRegistration.update().catch(() => {}); // offline: try again later", 1)
	js = appJSLoad.ReplaceAllString(js, "const instance = await goappInstantiate($1, go.importObject);\n    go.run(instance);")
	return js + appJSAdditions, nil
}
