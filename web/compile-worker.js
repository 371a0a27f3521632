// Compiles app.wasm off the page's main thread and hands the module back
// (see app/appjs.go). Compiling the module in the page is the longest task of
// a cold start.
//
// V8 compiles each wasm function lazily, on its first call, and keeps the
// result in the module. So before handing the module back, the worker runs
// the app once against a throw-away window (web/warmup-stub.js): the page
// then starts with its start-up code already compiled. The module is posted
// when the app says its first render is done, or after WARM_UP_LIMIT_MS
// whatever happens; a failed warm-up only costs the time it took.
//
// Message in: { wasm, execJS, stubJS, href }. Messages out: the module (or
// an error string). The browser test (app/e2e/warmup_test.go) also sets
// report (then { missing, done } follows the module), limitMs, and without
// (stub properties to leave out, to show that a gap is reported).
const WARM_UP_LIMIT_MS = 1500;

onmessage = async (e) => {
  const msg = e.data;
  let module;
  try {
    module = await WebAssembly.compileStreaming(fetch(msg.wasm));
  } catch (err) {
    postMessage(String(err));
    return;
  }
  const missing = new Set();
  let done = false;
  try {
    await warmUp(module, msg, missing, () => { done = true; });
  } catch (err) {
    missing.add("warm-up: " + String(err));
  }
  postMessage(module);
  if (msg.report) {
    postMessage({ missing: [...missing], done });
  }
};

async function warmUp(module, msg, missing, onDone) {
  if (!msg.execJS || !msg.stubJS) {
    return;
  }
  importScripts(msg.execJS, msg.stubJS);
  const go = new Go();
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const win = socreadyWarmUpWindow(msg.href, missing, msg.without || []);
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, msg.limitMs || WARM_UP_LIMIT_MS);
    win.socreadyWarmUpDone = () => {
      clearTimeout(timer);
      onDone();
      setTimeout(resolve, 0);
    };
    // Go's js.Global() is the stub window, not the worker's own scope.
    const run = instance.exports.run;
    const exports = { ...instance.exports, run: (...args) => { go._values[5] = win; return run(...args); } };
    go.run(Object.create(instance, { exports: { value: exports } })).then(resolve, (err) => {
      missing.add("warm-up: " + String(err));
      resolve();
    });
  });
}
