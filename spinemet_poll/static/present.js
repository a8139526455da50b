// The presenter's page: starts a poll from the question named in its address (the
// dashboards' "Start poll" link), shows the join code, QR code and address, and the live
// distribution (long-polled, at least once a second), which the presenter may hide from the
// room until the poll closes; Close, Reopen, Reveal, Export CSV.
// The presenter key is kept in this browser's storage and sent as a header, never in a URL.
"use strict";
(function () {
  const { el, say, pause, keyText } = window.spinemetPoll;
  const board = document.getElementById("board");
  const base = board.dataset.base;
  const STORE = "spinemet-poll-key";
  const HIDE = "spinemet-poll-hide-answers";
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

  // The board is built once per poll state and then updated in place, so a button the
  // presenter is pressing is never replaced under the pointer while answers arrive.
  let layout = null;
  let latest = null;
  let hidden = localStorage.getItem(HIDE) === "1";

  function barItem(bar) {
    return el("li", { "data-label": bar.label },
      el("div", { class: "label" }, el("b", {}, bar.label), el("span", { class: "count" }, "0")),
      el("div", { class: "track" }, el("div", { class: "fill" })));
  }

  function revealBox(view) {
    const r = view.reveal;
    const n = view.results.answered;
    const share = n ? Math.round((100 * r.right) / n) : 0;
    return el("section", { class: "reveal", id: "reveal" },
      el("p", { class: "verdict", id: "share" }, `${r.right} of ${n} right (${share}%)`),
      keyText(view), el("p", {}, r.explanation),
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

  function toggleHidden(event) {
    hidden = !hidden;
    localStorage.setItem(HIDE, hidden ? "1" : "0");
    event.currentTarget.textContent = hidden ? "Show answers" : "Hide answers";
    update(latest);
  }

  function build(code, view) {
    const parts = {
      state: view.state,
      answered: el("span", { id: "answered" }, "0"),
      bars: el("ul", { class: "bars", id: "bars" }),
      confidence: el("p", { id: "confidence" }),
      note: el("p", { class: "muted", id: "hidden-note" },
        "The answers are hidden from the room until you close the poll or show them."),
    };
    const open = view.state === "open";
    const controls = el("div", { class: "controls" },
      open ? button("Close", "do-close", () => move(code, "close"), true) : "",
      view.state === "closed" ? button("Reopen", "do-open", () => move(code, "open"), true) : "",
      view.state !== "revealed" ? button("Reveal", "do-reveal", () => move(code, "reveal")) : "",
      open ? button(hidden ? "Show answers" : "Hide answers", "do-hide", toggleHidden, true) : "",
      button("Export CSV", "do-export", () => exportCsv(code), true));
    board.replaceChildren(
      el("div", { class: "top" },
        el("div", {},
          el("p", { class: "vignette" }, view.vignette), el("p", { class: "prompt" }, view.prompt),
          el("p", {}, el("span", { class: "state", id: "state" }, view.state), " · ",
            parts.answered, " answered"),
          // The confidence, the buttons and (revealed) the share right and the key come
          // before the bars: on a 720 px projector they stay on the first screen.
          parts.confidence, parts.note, controls, view.reveal ? revealBox(view) : "", parts.bars),
        el("aside", { class: "join" },
          el("div", {}, "Join with code"), el("div", { class: "code", id: "code" }, view.code),
          el("img", { src: `${base}api/poll/${view.code}/qr.svg`, alt: "QR code of the join address" }),
          el("div", { class: "address", id: "address" }, view.join_url))));
    return parts;
  }

  function update(view) {
    const results = view.results;
    layout.answered.textContent = String(results.answered);
    const conceal = hidden && view.state === "open";
    layout.bars.hidden = layout.confidence.hidden = conceal;
    layout.note.hidden = !conceal;
    const items = [...layout.bars.children];
    if (items.length !== results.bars.length ||
        items.some((li, i) => li.dataset.label !== results.bars[i].label)) {
      layout.bars.replaceChildren(...results.bars.map(barItem));
    }
    const top = Math.max(1, ...results.bars.map((b) => b.count));
    results.bars.forEach((bar, i) => {
      const li = layout.bars.children[i];
      li.dataset.count = bar.count;
      li.className = bar.key ? "key" : "";
      li.querySelector(".count").textContent = String(bar.count);
      li.querySelector(".fill").style.width = `${(100 * bar.count) / top}%`;
    });
    layout.confidence.textContent = "Confidence: " +
      Object.entries(results.confidence).map(([level, n]) => `${level} ${n}`).join(" · ");
  }

  function render(code, view) {
    latest = view;
    if (!layout || layout.state !== view.state) {
      layout = build(code, view);
      if (view.reveal) document.getElementById("reveal").scrollIntoView({ block: "nearest" });
    }
    update(view);
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
