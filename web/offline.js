// SOC Ready: tells the app whether it is ready to work offline. The service
// worker (app/workerjs.go) reports its install; a page it already controls
// asks it. The app's footer shows window.socreadyOffline (app/ui/offline.go).
(() => {
  const set = (state, detail) => {
    window.socreadyOffline = { state, detail: detail || "" };
    window.dispatchEvent(new Event("socready-offline"));
  };
  if (!("serviceWorker" in navigator)) {
    set("unsupported");
    return;
  }
  set("pending");
  const sw = navigator.serviceWorker;
  sw.addEventListener("message", (e) => {
    if (e.data && e.data.type === "socready:offline") {
      set(e.data.state, e.data.reason);
    }
  });
  sw.startMessages();
  const ask = () => {
    if (sw.controller) {
      sw.controller.postMessage({ type: "socready:offline?" });
    }
  };
  ask();
  sw.addEventListener("controllerchange", ask);
})();
