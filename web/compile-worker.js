// Compiles app.wasm off the page's main thread and hands the module back
// (see app/appjs.go). Compiling the module in the page is the longest task of
// a cold start.
onmessage = async (e) => {
  try {
    postMessage(await WebAssembly.compileStreaming(fetch(e.data)));
  } catch (err) {
    postMessage(String(err));
  }
};
