// SOC Ready: a press on "Start an assessment" or a file chosen for import
// before the app has started is kept here, and the app carries it out as soon
// as it starts, however long that takes (app/ui/early.go takes the queue).
// Elements opt in with a data-early attribute. Until the app has taken the
// queue, their presses are held instead of reaching a page that cannot act.
(() => {
  const queue = [];
  let taken = false;
  const held = (el) => {
    el.setAttribute("aria-busy", "true");
    el.classList.add("early-held");
    const label = document.getElementById("app-wasm-loader-label");
    if (label) {
      label.textContent = "Starting the app… your choice is kept and takes effect as soon as it is ready.";
    }
  };
  document.addEventListener("click", (e) => {
    const el = !taken && e.target instanceof Element ? e.target.closest("[data-early]") : null;
    if (!el || el.tagName === "INPUT") {
      return; // a file input opens its picker; its change event is held below
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (!queue.some((q) => q.kind === el.dataset.early && !q.file)) {
      queue.push({ kind: el.dataset.early });
    }
    held(el);
  }, true);
  document.addEventListener("change", (e) => {
    const el = e.target;
    if (taken || !(el instanceof HTMLInputElement) || !el.dataset.early || !el.files || !el.files.length) {
      return;
    }
    e.stopImmediatePropagation();
    queue.push({ kind: el.dataset.early, file: el.files[0] });
    held(el);
  }, true);
  // Called once by the app when it has started: from then on presses reach it.
  window.socreadyTakeEarly = () => {
    taken = true;
    return queue.splice(0, queue.length);
  };
})();
