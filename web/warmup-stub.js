// SOC Ready: a throw-away stand-in for the browser window, against which the
// compile worker (web/compile-worker.js) runs the app once so that V8
// compiles the start-up code off the page's main thread (see app/appjs.go).
// Nothing here is shown or kept. A property the app asks for and the stub
// lacks is recorded in missing: the browser test fails on it.
function socreadyWarmUpWindow(href, missing, without) {
  const builtins = new Set(["Object", "Array", "Uint8Array", "Uint8ClampedArray", "Int8Array", "Int16Array", "Int32Array", "Uint16Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "ArrayBuffer", "DataView", "Date", "JSON", "Math", "Promise", "Reflect", "Error", "TypeError", "Number", "String", "Boolean", "Symbol", "Map", "Set", "RegExp", "crypto", "fs", "process", "console", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "TextEncoder", "TextDecoder", "performance", "Intl", "encodeURIComponent", "decodeURIComponent", "URL", "Blob", "queueMicrotask", "atob", "btoa", "path", "fetch"]);
  const watch = (name, target) => new Proxy(target, {
    get(t, prop, recv) {
      if (typeof prop === "symbol" || prop in t) {
        return Reflect.get(t, prop, recv);
      }
      missing.add(name + "." + prop);
      return undefined;
    },
  });
  const noop = () => {};
  const style = () => watch("style", { setProperty: noop, removeProperty: noop, getPropertyValue: () => "" });
  const classList = () => watch("classList", { add: noop, remove: noop, toggle: noop, contains: () => false });
  const events = { addEventListener: noop, removeEventListener: noop, dispatchEvent: () => true };

  function node(tag, text) {
    const n = {
      ...events,
      nodeType: tag ? 1 : 3,
      tagName: tag ? tag.toUpperCase() : undefined,
      nodeName: tag ? tag.toUpperCase() : "#text",
      nodeValue: text === undefined ? null : text,
      textContent: text || "",
      innerText: "",
      value: "",
      checked: false,
      disabled: false,
      id: "",
      className: "",
      dataset: {},
      style: style(),
      classList: classList(),
      childNodes: [],
      children: [],
      parentNode: null,
      parentElement: null,
      firstChild: null,
      firstElementChild: null,
      lastChild: null,
      nextSibling: null,
      previousSibling: null,
      scrollTop: 0,
      scrollLeft: 0,
      offsetTop: 0,
      clientHeight: 0,
      clientWidth: 0,
      onclick: null,
      appendChild(c) { return n.insertBefore(c, null); },
      insertBefore(c, ref) {
        if (c.parentNode) c.parentNode.removeChild(c);
        const i = ref ? n.childNodes.indexOf(ref) : -1;
        if (i < 0) n.childNodes.push(c); else n.childNodes.splice(i, 0, c);
        c.parentNode = n;
        c.parentElement = n;
        relink();
        return c;
      },
      removeChild(c) {
        const i = n.childNodes.indexOf(c);
        if (i >= 0) n.childNodes.splice(i, 1);
        c.parentNode = null;
        c.parentElement = null;
        relink();
        return c;
      },
      replaceChild(c, old) { n.insertBefore(c, old); return n.removeChild(old); },
      replaceWith(c) { if (n.parentNode) n.parentNode.replaceChild(c, n); },
      remove() { if (n.parentNode) n.parentNode.removeChild(n); },
      replaceChildren(...cs) { for (const c of [...n.childNodes]) n.removeChild(c); for (const c of cs) n.appendChild(c); },
      setAttribute(k, v) { n["attr:" + k] = String(v); },
      setAttributeNS(ns, k, v) { n["attr:" + k] = String(v); },
      getAttribute(k) { return n["attr:" + k] === undefined ? null : n["attr:" + k]; },
      hasAttribute(k) { return n["attr:" + k] !== undefined; },
      removeAttribute(k) { delete n["attr:" + k]; },
      focus: noop,
      blur: noop,
      click: noop,
      select: noop,
      scrollIntoView: noop,
      scrollTo: noop,
      showModal: noop,
      close: noop,
      contains: () => false,
      closest: () => null,
      matches: () => false,
      querySelector: () => null,
      querySelectorAll: () => [],
      getElementsByTagName: () => [],
      getBoundingClientRect: () => ({ x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0 }),
    };
    // go-app mounts app.Raw markup by setting innerHTML on a scratch <div>
    // and taking its first child: stand one element in for the markup.
    let html = "";
    Object.defineProperty(n, "innerHTML", {
      get: () => html,
      set: (v) => {
        html = String(v);
        for (const c of [...n.childNodes]) n.removeChild(c);
        const tag = /^\s*<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html);
        if (tag) n.appendChild(node(tag[1]));
      },
      enumerable: true,
    });
    function relink() {
      const cs = n.childNodes;
      n.children = cs.filter((c) => c.nodeType === 1);
      n.firstChild = cs[0] || null;
      n.lastChild = cs[cs.length - 1] || null;
      n.firstElementChild = n.children[0] || null;
      cs.forEach((c, i) => { c.nextSibling = cs[i + 1] || null; c.previousSibling = cs[i - 1] || null; });
    }
    return watch(tag ? "element" : "text", n);
  }

  const body = node("body");
  body.appendChild(node("div"));
  const head = node("head");
  const byID = new Map();
  const document = watch("document", {
    ...events,
    body,
    head,
    documentElement: node("html"),
    title: "",
    readyState: "complete",
    visibilityState: "hidden",
    activeElement: body,
    referrer: "",
    cookie: "",
    createElement: (t) => node(t),
    createElementNS: (ns, t) => node(t),
    createTextNode: (s) => node("", s),
    createDocumentFragment: () => node("#fragment"),
    getElementById: (id) => byID.get(id) || null,
    getElementsByTagName: () => [],
    querySelector: () => null,
    querySelectorAll: () => [],
  });
  const url = new URL(href);
  const storage = () => watch("storage", { length: 0, getItem: () => null, setItem: noop, removeItem: noop, clear: noop, key: () => null });
  const win = {
    ...events,
    document,
    location: watch("location", { href: url.href, origin: url.origin, protocol: url.protocol, host: url.host, hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search, hash: url.hash, reload: noop, assign: noop, replace: noop }),
    history: watch("history", { state: null, length: 1, pushState: noop, replaceState: noop, back: noop }),
    navigator: watch("navigator", { userAgent: "", language: "en", languages: ["en"], onLine: true, clipboard: undefined, serviceWorker: undefined }),
    localStorage: storage(),
    sessionStorage: storage(),
    innerWidth: 360,
    innerHeight: 640,
    devicePixelRatio: 1,
    scrollX: 0,
    scrollY: 0,
    pageXOffset: 0,
    pageYOffset: 0,
    onclick: null,
    onpopstate: null,
    onresize: null,
    BroadcastChannel: undefined,
    Notification: undefined,
    requestAnimationFrame: (f) => setTimeout(() => f(0), 0),
    cancelAnimationFrame: (h) => clearTimeout(h),
    requestIdleCallback: (f) => setTimeout(() => f({ timeRemaining: () => 0, didTimeout: true }), 0),
    matchMedia: () => ({ matches: false, addEventListener: noop, removeEventListener: noop }),
    getComputedStyle: () => ({ getPropertyValue: () => "" }),
    scrollTo: noop,
    open: () => null,
    alert: noop,
    confirm: () => false,
    goappGetenv: () => "",
    goappKeepBodyClean: () => noop,
    goappIsAppInstallable: () => false,
    goappIsAppleBrowser: () => false,
    goappTryUpdate: noop,
    goappUpdatedBeforeWasmLoaded: false,
    goappAppInstallChangedBeforeWasmLoaded: false,
    // web/early.js and web/offline.js are not loaded here: the page's own
    // copies keep the presses and the offline state.
    socreadyTakeEarly: undefined,
    socreadyOffline: undefined,
    // The app reads this flag (app/ui/warmup.go) and calls done once mounted.
    socreadyWarmUp: true,
    socreadyWarmUpDone: noop,
  };
  for (const name of without || []) {
    delete win[name];
  }
  win.window = win;
  win.self = win;
  win.globalThis = win;
  win.top = win;
  win.parent = win;
  return new Proxy(win, {
    get(t, prop, recv) {
      if (typeof prop === "symbol" || prop in t) {
        return Reflect.get(t, prop, recv);
      }
      if (builtins.has(prop)) {
        return globalThis[prop];
      }
      missing.add("window." + prop);
      return undefined;
    },
  });
}
