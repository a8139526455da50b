// The presenter's page: starts a poll from the question named in its address (the
// dashboards' "Start poll" link), shows the join code, QR code and address, and the live
// distribution (long-polled, at least once a second); Close, Reopen, Reveal, Export CSV.
// The presenter key is kept in this browser's storage and sent as a header, never in a URL.
"use strict";
(function () {
  const { el, say, pause } = window.spinemetPoll;
  const board = document.getElementById("board");
  const base = board.dataset.base;
  const STORE = "spinemet-poll-key";
  const params = new URLSearchParams(location.search);
  let key = localStorage.getItem(STORE);

  const fragment = new URLSearchParams(location.hash.slice(1)).get("key");
  if (fragment) { key = fragment; localStorage.setItem(STORE, key); }
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);

  async function call(path, options) {
    const response = await fetch(base + path, { ...(options || {}),
      headers: { "X-Poll-Key": key || "", "X-Poll-Request": "1", "Content-Type": "application/json" },
      credentials: "same-origin" });
    if (response.status === 403) { askKey(); throw new Error("presenter key needed"); }
    return response;
  }

  function askKey() {
    const form = document.getElementById("signin");
    form.hidden = false;
    if (board.dataset.hub === "1") {
      document.getElementById("hub-signin").hidden = false;
      document.getElementById("hub-link").href = base + "hub-login?next=" +
        encodeURIComponent(location.pathname + location.search);
    }
    form.onsubmit = (event) => {
      event.preventDefault();
      key = document.getElementById("key").value.trim();
      localStorage.setItem(STORE, key);
      location.reload();
    };
  }

  async function start() {
    if (params.get("code")) return params.get("code").toUpperCase();
    if (!params.get("source")) {
      board.replaceChildren(el("p", {}, "Open a dashboard in lecture mode and press \"Start poll\" under a question."));
      return null;
    }
    const body = { source: params.get("source"), where: params.get("where"),
      question: params.get("question"), seed: params.has("seed") ? Number(params.get("seed")) : null };
    const response = await call("api/polls", { method: "POST", body: JSON.stringify(body) });
    const data = await response.json();
    if (!response.ok) { say(data.error || "The poll could not start.", "error"); return null; }
    history.replaceState(null, "", location.pathname + "?code=" + data.code);
    return data.code;
  }

  function bars(view) {
    const total = Math.max(1, ...view.results.bars.map((b) => b.count));
    const keys = new Set(view.reveal ? view.reveal.key : []);
    return el("ul", { class: "bars", id: "bars" }, view.results.bars.map((bar) =>
      el("li", { class: keys.has(bar.label) ? "key" : "", "data-count": bar.count },
        el("div", { class: "label" }, el("b", {}, bar.label), el("span", { class: "count" }, bar.count)),
        el("div", { class: "track" }, el("div", { class: "fill", style: `width:${(100 * bar.count) / total}%` })))));
  }

  function confidence(view) {
    const c = view.results.confidence;
    return el("p", { id: "confidence" }, "Confidence: ",
      Object.entries(c).map(([level, n]) => `${level} ${n}`).join(" · "));
  }

  function revealBox(view) {
    const r = view.reveal;
    const n = view.results.answered;
    const share = n ? Math.round((100 * r.right) / n) : 0;
    const key = view.kind === "numeric" ? `The answer is ${r.answer} (within ${r.tolerance}).`
      : "The answer: " + r.key.join("; ") + ".";
    return el("section", { class: "reveal", id: "reveal" },
      el("p", { class: "verdict", id: "share" }, `${r.right} of ${n} right (${share}%)`),
      el("p", {}, key), el("p", {}, r.explanation),
      r.breakdown.length ? el("ul", {}, r.breakdown.map((line) => el("li", {}, line))) : "",
      el("p", { class: "muted" }, r.citation));
  }

  function button(label, id, action, secondary) {
    const b = el("button", { type: "button", id, class: secondary ? "secondary" : "" }, label);
    b.addEventListener("click", action);
    return b;
  }

  async function move(code, action) {
    const response = await call(`api/polls/${code}/${action}`, { method: "POST" });
    const data = await response.json();
    if (!response.ok) say(data.error, "error");
  }

  async function exportCsv(code) {
    const response = await call(`api/polls/${code}/export.csv`);
    const blob = await response.blob();
    const link = el("a", { href: URL.createObjectURL(blob), download: `poll-${code}.csv` });
    document.body.append(link);
    link.click();
    link.remove();
  }

  function render(code, view) {
    const controls = el("div", { class: "controls" },
      view.state === "open" ? button("Close", "do-close", () => move(code, "close"), true) : "",
      view.state === "closed" ? button("Reopen", "do-open", () => move(code, "open"), true) : "",
      view.state !== "revealed" ? button("Reveal", "do-reveal", () => move(code, "reveal")) : "",
      button("Export CSV", "do-export", () => exportCsv(code), true));
    board.replaceChildren(
      el("div", { class: "top" },
        el("div", {},
          el("p", { class: "vignette" }, view.vignette), el("p", { class: "prompt" }, view.prompt),
          el("p", {}, el("span", { class: "state", id: "state" }, view.state), " · ",
            el("span", { id: "answered" }, String(view.results.answered)), " answered"),
          bars(view), confidence(view), controls, view.reveal ? revealBox(view) : ""),
        el("aside", { class: "join" },
          el("div", {}, "Join with code"), el("div", { class: "code", id: "code" }, view.code),
          el("img", { src: `${base}api/poll/${view.code}/qr.svg`, alt: "QR code of the join address" }),
          el("div", { class: "address", id: "address" }, view.join_url))));
  }

  async function watch(code) {
    let since = -1;
    for (;;) {
      try {
        const response = await call(`api/polls/${code}?since=${since}`);
        const view = await response.json();
        if (!response.ok) { say(view.error, "error"); await pause(2000); continue; }
        if (view.version !== since) render(code, view);
        since = view.version;
        say("");
        await pause(150);
      } catch (error) {
        if (error.message === "presenter key needed") return;
        say("No connection to the poll server: retrying.", "error");
        await pause(1000);
      }
    }
  }

  if (!key && board.dataset.hub !== "1") { askKey(); return; }
  start().then((code) => code && watch(code)).catch(() => {});
})();
