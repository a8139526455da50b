// BrowserStore (spinemet_core/ui/browser_store.py): one JSON string kept in the browser's
// localStorage under the model's "key". On first render the stored string (or "") is sent
// to the kernel in "stored", then "loaded" turns true. The kernel sends {op: "save", text},
// {op: "clear"} or {op: "aside"} (keep the stored string under "<key>.unreadable-<time>"
// and remove it). A storage that refuses (private mode, full) is reported in "error".
function storage() {
  return window.localStorage;
}

function handle(model, msg) {
  const key = model.get("key");
  try {
    if (msg.op === "save") storage().setItem(key, msg.text);
    if (msg.op === "clear") storage().removeItem(key);
    if (msg.op === "aside") {
      const text = storage().getItem(key);
      if (text !== null) {
        const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
        storage().setItem(`${key}.unreadable-${stamp}`, text);
      }
      storage().removeItem(key);
    }
    if (model.get("error")) model.set("error", "");
  } catch (exc) {
    model.set("error", String(exc));
  }
  model.save_changes();
}

export default {
  initialize({ model }) {
    model.on("msg:custom", (msg) => handle(model, msg));
  },
  render({ model, el }) {
    el.style.display = "none";
    if (model.get("loaded")) return;
    try {
      model.set("stored", storage().getItem(model.get("key")) ?? "");
    } catch (exc) {
      model.set("error", String(exc));
    }
    model.set("loaded", true);
    model.save_changes();
  },
};
