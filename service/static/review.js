// The review page: send the text to POST /v1/lint, show what comes back.
// Plain ES modules, no build step; every string from the text or the server goes in
// through textContent, never as markup.

import { highlight, spanGroups } from "./highlight.js";
import { renderDoc, reviewMarkdown } from "./report.js";

const $ = (id) => document.getElementById(id);
const ui = {
  app: $("app"),
  text: $("text"),
  file: $("file"),
  fileName: $("file-name"),
  review: $("review"),
  edit: $("edit"),
  editor: $("editor"),
  rendered: $("rendered"),
  renderedHint: $("rendered-hint"),
  status: $("status"),
  error: $("error"),
  summary: $("summary"),
  findings: $("findings"),
  copy: $("copy"),
  manualCopy: $("manual-copy"),
  markdown: $("markdown"),
  token: $("token"),
  intro: $("intro"),
  tip: $("tip"),
};
const LABEL = { error: "Error", warning: "Warning", info: "Info" };
const RANK = { error: 2, warning: 1, info: 0 };
const NOUNS = {
  errors: ["error", "errors"],
  warnings: ["warning", "warnings"],
  infos: ["info", "info"],
};
const TOKEN_KEY = "pmlint.token";

let current = null; // the last review: {text, path, findings, summary, stats, groups, groupOf}
let fileName = null;
let busy = false;

/** A new element with properties and children (falsy children are skipped). */
function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children.filter((c) => c || c === 0));
  return node;
}

const badge = (severity) => el("span", { className: `badge sev-${severity}` }, LABEL[severity]);
const suggestion = (f) =>
  f.suggestion && el("p", { className: "suggestion" }, el("b", {}, "Try: "), f.suggestion);
const plural = (n, key) => `${n} ${NOUNS[key][n === 1 ? 0 : 1]}`;
const motion = () => (matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth");

// ---- talking to the server -------------------------------------------------------

class ServiceError extends Error {
  constructor(message, details) {
    super(message);
    this.details = details ?? [];
  }
}

/** GET (no body) or POST JSON to `url`; the parsed reply, or a ServiceError to show. */
async function call(url, body) {
  const headers = { Accept: "application/json" };
  const token = ui.token.value.trim();
  if (token) headers.Authorization = `Bearer ${token}`;
  const init = { headers };
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    Object.assign(init, { method: "POST", body: JSON.stringify(body) });
  }
  let response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ServiceError(
      "Could not reach the pmlint server. Check that it is running, then try again.",
    );
  }
  const data = await response.json().catch(() => null);
  if (response.ok && data !== null) return data;
  if (response.status === 401) {
    throw new ServiceError(
      "This server needs a valid API token: enter it under “API token” at the top.",
    );
  }
  if (data?.message) {
    throw new ServiceError(`${data.message} (${response.status} ${data.error})`, data.details);
  }
  const status = `${response.status} ${response.statusText}`.trim();
  throw new ServiceError(`The server answered ${status}.`);
}

// Explanations are a bonus: if they fail to load, reviews work without them, and the
// next review tries again.
const rules = new Map();
let rulesLoading = null;
function loadRules() {
  rulesLoading ??= call(ui.app.dataset.rulesUrl)
    .then((list) => list.forEach((rule) => rules.set(rule.code, rule)))
    .catch(() => {
      rulesLoading = null;
    });
  return rulesLoading;
}
loadRules();

async function runReview() {
  if (busy) return;
  const text = ui.text.value;
  if (!text.trim()) {
    showError(new ServiceError("Paste or open a post-mortem first."));
    setView("editor");
    ui.text.focus();
    return;
  }
  setBusy(true);
  hideError();
  announce("Reviewing…");
  try {
    const request = fileName ? { text, filename: fileName } : { text };
    const [result] = await Promise.all([call(ui.app.dataset.lintUrl, request), loadRules()]);
    const groups = spanGroups(text, result.findings);
    const groupOf = [];
    for (const g of groups) for (const i of g.items) groupOf[i] = g.id;
    current = { ...result, text, path: fileName ?? "postmortem.md", groups, groupOf };
    show(current);
  } catch (err) {
    showError(err);
    announce("The review failed.");
  } finally {
    setBusy(false);
  }
}

// ---- showing a review ------------------------------------------------------------

function show(review) {
  const makeMark = (group, continued) => {
    const severities = group.items.map((i) => review.findings[i].severity);
    const worst = severities.sort((a, b) => RANK[b] - RANK[a])[0];
    const mark = el("mark", { className: `sev-${worst}`, tabIndex: continued ? -1 : 0 });
    if (group.start === group.end) mark.classList.add("point");
    if (!continued) mark.id = `m${group.id}`;
    mark.dataset.findings = group.items.join(" ");
    return mark;
  };
  ui.rendered.replaceChildren(highlight(review.text, review.groups, makeMark));
  showSummary(review);
  showFindings(review);
  ui.intro.hidden = true;
  ui.copy.hidden = false;
  ui.manualCopy.hidden = true;
  setView("rendered");
  ui.rendered.scrollTop = 0;
  ui.rendered.focus();
  announce(sentence(review.findings.length, review.summary));
}

/** "34 findings: 10 errors, 22 warnings, 2 info." */
function sentence(n, summary) {
  if (!n) return "No findings: nothing to change.";
  const counts = ["errors", "warnings", "infos"].map((key) => plural(summary[key], key));
  return `${n} finding${n === 1 ? "" : "s"}: ${counts.join(", ")}.`;
}

function showSummary({ summary, stats }) {
  for (const node of ui.summary.querySelectorAll("[data-count]")) {
    const n = summary[node.dataset.count];
    node.textContent = n;
    node.nextElementSibling.textContent = NOUNS[node.dataset.count][n === 1 ? 0 : 1];
  }
  for (const node of ui.summary.querySelectorAll("[data-stat]")) {
    const value = stats[node.dataset.stat] ?? stats.readability[node.dataset.stat];
    node.textContent = Number.isInteger(value) ? value : value.toFixed(1);
  }
  ui.summary.hidden = false;
}

function showFindings(review) {
  const sections = new Map();
  review.findings.forEach((f, i) => {
    const title = f.section ?? "Before the first heading";
    if (!sections.has(title)) sections.set(title, []);
    sections.get(title).push(i);
  });
  const groups = [...sections].map(([title, items]) =>
    el(
      "section",
      { className: "group" },
      el("h3", {}, title, " ", el("span", { className: "n" }, `(${items.length})`)),
      el("ol", { className: "list" }, ...items.map((i) => findingItem(review, i))),
    ),
  );
  if (!groups.length) groups.push(el("p", { className: "none" }, "No findings. 🎉"));
  ui.findings.replaceChildren(...groups);
}

function findingItem(review, i) {
  const f = review.findings[i];
  const rule = rules.get(f.rule);
  const goto = el("button", { type: "button", className: "goto" }, `Line ${f.line}`);
  const quote = excerpt(review, i);
  if (quote) goto.append(el("span", { className: "quote" }, ` “${quote}”`));
  goto.addEventListener("click", () => focusMark(i));
  return el(
    "li",
    { className: `finding sev-${f.severity}`, id: `f${i}` },
    el(
      "div",
      { className: "finding-head" },
      badge(f.severity),
      el("code", { className: "rule" }, f.rule),
      el("span", { className: "rule-name" }, f.name),
    ),
    goto,
    el("p", { className: "message" }, f.message),
    suggestion(f),
    rule &&
      el(
        "details",
        { className: "why" },
        el("summary", {}, "Why is this bad?"),
        el("p", { className: "rule-summary" }, rule.summary),
        renderDoc(rule.doc),
      ),
  );
}

/** The finding's text on one line, cut to about 50 characters (whole code points). */
function excerpt(review, i) {
  const { start, end } = review.groups[review.groupOf[i]];
  const chars = [...review.text.slice(start, end).replace(/\s+/g, " ").trim()];
  return chars.length > 50 ? `${chars.slice(0, 48).join("")}…` : chars.join("");
}

/** Show finding `i` in the text: scroll its highlight into view and focus it. */
function focusMark(i) {
  setView("rendered");
  const mark = $(`m${current.groupOf[i]}`);
  const box = ui.rendered;
  if (box.scrollHeight > box.clientHeight) {
    // The text scrolls in its own panel (wide screens): centre the mark in the panel.
    box.scrollTo({ top: mark.offsetTop - box.clientHeight / 3, behavior: motion() });
    box.scrollIntoView({ block: "nearest", behavior: motion() });
  } else {
    mark.scrollIntoView({ block: "center", behavior: motion() });
  }
  mark.focus({ preventScroll: true });
  mark.classList.remove("flash");
  void mark.offsetWidth; // restart the animation
  mark.classList.add("flash");
}

// ---- the note over a highlight (hover, focus or click) ---------------------------

let tipFor = null;
let tipY = null;
let hideTimer = 0;

/** The findings at `mark`: its own first, then those of the marks around it. */
function findingsAt(mark) {
  const items = [];
  for (let m = mark; m; m = m.parentElement.closest("mark")) {
    items.push(...m.dataset.findings.split(" ").map(Number));
  }
  return [...new Set(items)];
}

function tipItem(i) {
  const f = current.findings[i];
  return el(
    "div",
    { className: "tip-item" },
    el(
      "p",
      { className: "tip-head" },
      badge(f.severity),
      " ",
      el("code", {}, f.rule),
      ` ${f.name}`,
    ),
    el("p", {}, f.message),
    suggestion(f),
  );
}

function showTip(mark, pointerY = null) {
  clearTimeout(hideTimer);
  if (tipFor !== mark) {
    tipFor?.removeAttribute("aria-describedby");
    tipFor = mark;
    ui.tip.replaceChildren(...findingsAt(mark).map(tipItem));
    mark.setAttribute("aria-describedby", "tip");
  }
  tipY = pointerY;
  placeTip();
}

/** Put the note next to its mark, or out of sight while the mark is scrolled away. */
function placeTip() {
  if (!tipFor) return;
  const rects = [...tipFor.getClientRects()];
  const box = ui.rendered.getBoundingClientRect();
  const rect = rects.find((r) => tipY >= r.top && tipY <= r.bottom) ?? rects[0];
  ui.tip.hidden = !rect || rect.bottom < box.top || rect.top > box.bottom;
  if (ui.tip.hidden) return;
  const tip = ui.tip.getBoundingClientRect();
  const gap = 8;
  const fitsBelow = rect.bottom + gap + tip.height <= innerHeight;
  const top = fitsBelow ? rect.bottom + gap : Math.max(gap, rect.top - gap - tip.height);
  const left = Math.min(rect.left, innerWidth - tip.width - gap);
  ui.tip.style.top = `${top}px`;
  ui.tip.style.left = `${Math.max(gap, left)}px`;
}

function hideTip() {
  clearTimeout(hideTimer);
  tipFor?.removeAttribute("aria-describedby");
  tipFor = null;
  ui.tip.hidden = true;
}

/** Hide after a moment, so the pointer can move onto the note; a focused mark keeps it. */
function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    const focused = document.activeElement;
    if (focused?.matches("#rendered mark")) showTip(focused);
    else hideTip();
  }, 300);
}

ui.rendered.addEventListener("mouseover", (e) => {
  const mark = e.target.closest("mark");
  if (mark) showTip(mark, e.clientY);
});
ui.rendered.addEventListener("mouseout", (e) => {
  if (!e.relatedTarget?.closest?.("mark, #tip")) hideSoon();
});
ui.rendered.addEventListener("focusin", (e) => {
  if (e.target.matches("mark")) showTip(e.target);
});
ui.rendered.addEventListener("focusout", (e) => {
  if (e.target === tipFor) hideSoon();
});
ui.rendered.addEventListener("keydown", (e) => {
  const mark = e.target.closest("mark");
  if (e.key !== "Enter" || e.ctrlKey || e.metaKey || !mark) return;
  e.preventDefault(); // Enter on a highlight: go to its first finding in the list
  const item = $(`f${mark.dataset.findings.split(" ")[0]}`);
  item.scrollIntoView({ block: "nearest", behavior: motion() });
  item.querySelector(".goto").focus({ preventScroll: true });
});
ui.tip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
ui.tip.addEventListener("mouseleave", hideSoon);
addEventListener("scroll", placeTip, { capture: true, passive: true });
addEventListener("resize", placeTip);

// ---- the rest of the page --------------------------------------------------------

function setView(view) {
  const editing = view === "editor";
  ui.editor.hidden = !editing;
  ui.rendered.hidden = editing;
  ui.renderedHint.hidden = editing;
  ui.edit.hidden = editing || !current;
  hideTip();
}

function setBusy(on) {
  busy = on;
  ui.review.textContent = on ? "Reviewing…" : "Review";
  ui.review.setAttribute("aria-disabled", String(on));
  ui.app.setAttribute("aria-busy", String(on));
}

function announce(message) {
  ui.status.textContent = message;
}

function showError(err) {
  const details = (err.details ?? []).map((d) =>
    el("li", {}, `${(d.loc ?? []).join(".") || "request"}: ${d.msg ?? JSON.stringify(d)}`),
  );
  ui.error.replaceChildren(
    el("p", {}, el("strong", {}, "Review failed. "), err.message || String(err)),
    details.length ? el("ul", {}, ...details) : "",
  );
  ui.error.hidden = false;
}

function hideError() {
  ui.error.hidden = true;
  ui.error.replaceChildren();
}

/** Copy `text`; the Clipboard API needs a secure context, so fall back to execCommand. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el("textarea", { value: text, readOnly: true, className: "visually-hidden" });
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand("copy");
    } catch {
      copied = false;
    }
    area.remove();
    ui.copy.focus();
    return copied;
  }
}

ui.copy.addEventListener("click", async () => {
  const markdown = reviewMarkdown(
    current.path,
    current.findings,
    current.summary,
    rules,
    current.errors ?? [],
  );
  if (await copyText(markdown)) {
    announce("Copied the review as Markdown.");
    return;
  }
  // Both ways were blocked: let the person copy it by hand.
  ui.markdown.value = markdown;
  ui.manualCopy.hidden = false;
  ui.markdown.focus();
  ui.markdown.select();
  announce("The browser blocked copying: the review is selected below, copy it by hand.");
});

ui.review.addEventListener("click", runReview);
ui.edit.addEventListener("click", () => {
  setView("editor");
  ui.text.focus();
});
ui.text.addEventListener("input", () => {
  const changed = "The text changed: press Review to update.";
  // Once, not on every keystroke: the status is a live region.
  if (current && ui.text.value !== current.text && ui.status.textContent !== changed) {
    announce(changed);
  }
});
ui.file.addEventListener("change", async () => {
  const file = ui.file.files[0];
  if (!file) return;
  try {
    ui.text.value = await file.text();
  } catch {
    showError(new ServiceError(`Could not read ${file.name}.`));
    return;
  }
  fileName = file.name; // the server reads .txt and .rst as plain text
  ui.fileName.textContent = `Opened ${file.name}. Press Review to check it.`;
  ui.fileName.hidden = false;
  ui.file.value = ""; // opening the same file again still fires "change"
  setView("editor");
  ui.text.focus();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    runReview();
  } else if (e.key === "Escape" && tipFor) {
    hideTip();
  }
});

try {
  ui.token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  ui.token.addEventListener("input", () => sessionStorage.setItem(TOKEN_KEY, ui.token.value));
} catch {
  // No sessionStorage (a privacy setting): the token lives in the field only.
}
