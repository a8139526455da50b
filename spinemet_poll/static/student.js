// The student's poll page: shows the question, sends one answer (changeable while the poll
// is open), and after the reveal shows right or wrong with the explanation. It long-polls
// the server for changes of the poll's state only; it never receives other answers.
"use strict";
(function () {
  const { el, say, pause, keyText } = window.spinemetPoll;
  const root = document.getElementById("poll");
  const base = root.dataset.base;
  const match = location.pathname.match(/\/j\/([A-Za-z0-9]+)\/?$/);
  const LEVELS = ["low", "medium", "high"];
  let shown = null; // the state and version of what is on screen

  // The join form: at the server's root, or with the server's notice (an unknown code,
  // too many joins at once) when the page of a poll cannot be shown.
  function showJoin() {
    const form = document.getElementById("join");
    form.hidden = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const typed = document.getElementById("join-code").value.replace(/\s+/g, "").toUpperCase();
      if (!/^[A-Z0-9]{4,8}$/.test(typed)) { say("Type the code shown by the presenter, e.g. K7MQ2.", "error"); return; }
      location.href = base + "j/" + typed;
    });
  }
  if (root.dataset.notice) { say(root.dataset.notice, "error"); showJoin(); return; }
  if (!match) { showJoin(); return; }
  const code = match[1].toUpperCase();

  function chosen(view) {
    if (view.kind === "numeric") return root.querySelector("#number").value;
    const picked = [...root.querySelectorAll("input[name=choice]:checked")].map((i) => i.value);
    return view.kind === "single_choice" ? (picked[0] ?? null) : picked;
  }

  function answerForm(view) {
    const locked = view.state !== "open";
    const mine = view.mine || {};
    const given = mine.answer;
    let field;
    if (view.kind === "numeric") {
      field = el("fieldset", {}, el("legend", {}, "Your answer"),
        el("label", { for: "number" }, "A number, e.g. 2.4"), el("br"),
        el("input", { type: "text", id: "number", inputMode: "decimal", autocomplete: "off",
          maxLength: 40, "aria-describedby": "answer-message",
          value: given == null ? "" : String(given), disabled: locked }));
    } else {
      const type = view.kind === "single_choice" ? "radio" : "checkbox";
      const picked = new Set([].concat(given || []));
      field = el("fieldset", {}, el("legend", {}, type === "radio" ? "Choose one" : "Choose all that apply"),
        view.choices.map((text) => el("label", { class: "option" },
          el("input", { type, name: "choice", value: text, checked: picked.has(text), disabled: locked }),
          el("span", {}, text))));
    }
    const confidence = el("fieldset", {}, el("legend", {}, "How sure are you?"),
      el("div", { class: "confidence" }, LEVELS.map((level) => el("label", {},
        el("input", { type: "radio", name: "confidence", value: level, disabled: locked,
          checked: (mine.confidence || "medium") === level }), " " + level))));
    const send = el("button", { type: "submit", id: "send" }, view.mine ? "Change my answer" : "Send answer");
    // The answer's message (saved, or what is wrong) stands right under the answer.
    const message = el("p", { id: "answer-message", class: "message", role: "status" });
    const form = el("form", { id: "answer" }, field, message, confidence, locked ? "" : send);
    form.addEventListener("submit", (event) => { event.preventDefault(); submit(view, send); });
    return form;
  }

  function tell(text, kind) {
    const line = root.querySelector("#answer-message");
    say(text, kind, line);
    const number = root.querySelector("#number");
    if (number) number.setAttribute("aria-invalid", kind === "error" ? "true" : "false");
    line.scrollIntoView({ block: "nearest" });
  }

  async function submit(view, button) {
    const answer = chosen(view);
    if (answer === null || (Array.isArray(answer) && !answer.length) || answer === "") {
      tell(view.kind === "numeric" ? "Type a number first." : "Choose an answer first.", "error");
      return;
    }
    const confidence = root.querySelector("input[name=confidence]:checked").value;
    button.disabled = true;
    try {
      const response = await fetch(base + "api/poll/" + code + "/answer", {
        method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
        body: JSON.stringify({ answer, confidence }),
      });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) {
        tell(data.error || `The answer was not saved (the server said ${response.status}).`, "error");
        return;
      }
      button.textContent = "Change my answer";
      tell("Answer saved. You may change it while the poll is open.", "saved");
    } catch (error) {
      tell("No connection to the poll server: try again.", "error");
    } finally {
      button.disabled = shown && shown.state !== "open";
    }
  }

  function revealBox(view) {
    const r = view.reveal;
    const verdict = r.correct === null ? el("p", { class: "verdict" }, "You did not answer this poll.")
      : el("p", { class: "verdict " + (r.correct ? "right" : "wrong"), id: "verdict" },
        r.correct ? "Right." : "Not quite.");
    const items = view.kind === "numeric" ? [] : r.feedback.map((c) =>
      el("li", {}, (c.correct ? "✔ " : "✖ "), el("b", {}, c.text), ": " + c.feedback));
    return el("section", { class: "reveal", id: "reveal" }, verdict, keyText(view),
      items.length ? el("ul", {}, items) : "", el("p", {}, r.explanation),
      r.breakdown.length ? el("ul", {}, r.breakdown.map((line) => el("li", {}, line))) : "",
      el("p", { class: "muted" }, r.citation));
  }

  function render(view) {
    const states = { open: "The poll is open.", closed: "The poll is closed: answers are no longer taken.",
      revealed: "The presenter revealed the answer." };
    root.replaceChildren(
      el("p", { class: "muted" }, "Poll " + view.code + ": ", el("span", { id: "state" }, states[view.state])),
      el("p", { class: "vignette" }, view.vignette), el("p", { class: "prompt" }, view.prompt),
      answerForm(view), view.reveal ? revealBox(view) : "");
    if (shown && view.state !== "open") say("");
    shown = { state: view.state, version: view.version };
  }

  async function follow() {
    let since = -1;
    for (;;) {
      try {
        const response = await fetch(base + "api/poll/" + code + "?since=" + since, { credentials: "same-origin" });
        const view = await response.json();
        if (!response.ok) { say(view.error || "This poll cannot be shown.", "error"); await pause(3000); continue; }
        if (!shown || view.state !== shown.state) render(view);
        since = view.version;
      } catch (error) {
        await pause(2000);
      }
    }
  }

  follow();
})();
