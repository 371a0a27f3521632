//go:build !wasm

package main

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app's service worker (app-worker.js) can half-install: its install
// handler is async without event.waitUntil, so the worker may be "ready"
// before the precache is done and nothing retries if the browser stops it
// mid-way; and cache.addAll is all-or-nothing, so on a host that does not
// answer /assess with assess.html (python3 -m http.server, a bare bucket)
// nothing is cached and the app silently never works offline.
//
// patchWorkerJS replaces go-app's install, activate and fetch handlers (its
// push-notification code is kept) so that:
//   - install waits for the precache (event.waitUntil) and fails, visibly, when
//     a file the app needs cannot be cached; the browser then tries again on
//     the next visit;
//   - every resource is cached on its own, so a page's own file the host does
//     not serve is simply left out: go-app routes in the browser, so a
//     navigation to it is served from the app's start page (the shell);
//   - the page is told the outcome (web/offline.js shows it).
//
// It fails if go-app's template no longer has the code it replaces, so an
// upgrade cannot silently bring the old behaviour back.
const workerJSOriginal = `self.addEventListener("install", async (event) => {
  try {
    console.log("installing app worker {{.Version}}");
    await installWorker();
    await self.skipWaiting();
  } catch (error) {
    console.error("error during installation:", error);
  }
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  await cache.addAll(resourcesToCache);
}

self.addEventListener("activate", async (event) => {
  try {
    await deletePreviousCaches(); // Await cache cleanup
    await self.clients.claim(); // Ensure the service worker takes control of the clients
    console.log("app worker {{.Version}} is activated");
  } catch (error) {
    console.error("error during activation:", error);
  }
});
`

const workerJSFetchOriginal = `self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}
`

const workerJSInstall = `// SOC Ready (app/workerjs.go): install completes or fails visibly, and
// caches what can be cached.
self.addEventListener("install", (event) => {
  event.waitUntil(socreadyInstall());
});

async function socreadyInstall() {
  try {
    const missing = await installWorker();
    await socreadyTell({ type: "socready:offline", state: "ready", missing });
    await self.skipWaiting();
  } catch (error) {
    await socreadyTell({ type: "socready:offline", state: "failed", reason: String((error && error.message) || error) });
    throw error; // the install fails: the browser tries again on the next visit
  }
}

// Each resource is cached on its own (cache.addAll keeps nothing if one
// fails). A page's own file may be missing: the start page serves it.
async function installWorker() {
  const cache = await caches.open(cacheName);
  const results = await Promise.allSettled(resourcesToCache.map(async (url) => {
    const res = await fetch(url, { cache: "no-cache" });
    if (!res.ok) {
      throw new Error(url + " answered " + res.status);
    }
    await cache.put(url, res);
  }));
  const missing = resourcesToCache.filter((_, i) => results[i].status === "rejected");
  const needed = missing.filter((url) => !socreadyIsPage(url));
  if (needed.length > 0) {
    throw new Error("could not download " + needed.join(", "));
  }
  if (!(await socreadyShell(cache))) {
    throw new Error("could not download the start page");
  }
  return missing;
}

// A page is an extensionless path other than the start page.
function socreadyIsPage(url) {
  const u = new URL(url, self.location.href);
  if (u.href === self.registration.scope || u.href + "/" === self.registration.scope) {
    return false;
  }
  return !u.pathname.split("/").pop().includes(".");
}

// The start page, which renders any route once the app starts.
async function socreadyShell(cache) {
  const scope = self.registration.scope;
  return (await cache.match(scope)) || (await cache.match(scope.replace(/\/$/, "")));
}

async function socreadyTell(msg) {
  const list = await self.clients.matchAll({ includeUncontrolled: true, type: "window" });
  for (const client of list) {
    client.postMessage(msg);
  }
}

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "socready:offline?" && event.source) {
    event.waitUntil((async () => {
      const ready = !!(await socreadyShell(await caches.open(cacheName)));
      event.source.postMessage({ type: "socready:offline", state: ready ? "ready" : "failed", reason: ready ? "" : "the start page is not cached" });
    })());
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    try {
      await deletePreviousCaches();
      await self.clients.claim();
    } catch (error) {
      console.error("error during activation:", error);
    }
  })());
});
`

const workerJSFetch = `// SOC Ready (app/workerjs.go): cache first; a navigation the cache and the
// host cannot answer (offline, or a host without the page's own file) gets
// the start page, and the app routes in the browser.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return;
  }
  event.respondWith(fetchWithCache(event.request));
});

async function fetchWithCache(request) {
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  if (request.mode !== "navigate") {
    return await fetch(request);
  }
  let response;
  try {
    response = await fetch(request);
    if (response.status !== 404) {
      return response;
    }
  } catch (err) {
    const shell = await socreadyShell(await caches.open(cacheName));
    if (shell) {
      return shell;
    }
    throw err;
  }
  return (await socreadyShell(await caches.open(cacheName))) || response;
}
`

func patchWorkerJS(js string) (string, error) {
	if strings.Count(js, workerJSOriginal) != 1 {
		return "", errors.New("app-worker.js: go-app's install and activate handlers not found: review app/workerjs.go for this go-app version")
	}
	if strings.Count(js, workerJSFetchOriginal) != 1 {
		return "", errors.New("app-worker.js: go-app's fetch handler not found: review app/workerjs.go for this go-app version")
	}
	if !strings.Contains(js, "const resourcesToCache = {{.ResourcesToCache}};\n") {
		return "", errors.New("app-worker.js: go-app's precache list not found: review app/workerjs.go and app/internal/pwa")
	}
	js = strings.Replace(js, workerJSOriginal, workerJSInstall, 1)
	return strings.Replace(js, workerJSFetchOriginal, workerJSFetch, 1), nil
}

// withPatchedWorker makes h generate the patched service worker.
func withPatchedWorker(h *app.Handler) (*app.Handler, error) {
	tmpl := h.ServiceWorkerTemplate
	if tmpl == "" {
		tmpl = app.DefaultAppWorkerJS
	}
	js, err := patchWorkerJS(tmpl)
	if err != nil {
		return nil, err
	}
	h.ServiceWorkerTemplate = js
	return h, nil
}
