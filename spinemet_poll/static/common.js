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
  // The page's status line (#status): an error is announced at once (role=alert).
  function say(text, kind) {
    const status = document.getElementById("status");
    status.className = "message " + (kind || "");
    status.textContent = text;
    status.setAttribute("role", kind === "error" ? "alert" : "status");
  }
  function pause(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }
  return { el, say, pause };
})();
