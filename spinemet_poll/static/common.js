// What the student's and the presenter's poll pages share: building elements, the status
// line, and waiting. Loaded before each page's own script as window.spinemetPoll.
"use strict";
window.spinemetPoll = (function () {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "class") node.className = v; else if (k in node) node[k] = v; else node.setAttribute(k, v);
    });
    children.flat().forEach((c) => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
    return node;
  }
  // A message line (by default the page's #status): an error is announced at once.
  function say(text, kind, line) {
    const target = line || document.getElementById("status");
    target.className = "message " + (kind || "");
    target.textContent = text;
    target.setAttribute("role", kind === "error" ? "alert" : "status");
  }
  function pause(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
  // The key of a revealed poll: its choice, its choices as a list, or its number (± its
  // tolerance).
  function keyText(view) {
    const r = view.reveal;
    if (view.kind === "numeric") {
      return el("p", { id: "answer-key" }, r.tolerance ? `The answer is ${r.answer} (± ${r.tolerance}).`
        : `The answer is ${r.answer}.`);
    }
    if (r.key.length === 1) return el("p", { id: "answer-key" }, "The answer: " + r.key[0]);
    return el("div", { id: "answer-key" }, "The answers:", el("ul", {}, r.key.map((text) => el("li", {}, text))));
  }
  return { el, say, pause, keyText };
})();
