// The highlighter page: paste or type an article, see its names and quotations marked.
// Everything comes from this page's own origin (./pkg, ./example.txt); nothing is sent out.
import init, { highlightWithAnalysis } from "./pkg/article_highlighter.js";

const TYPES = [
  ["PERSON", "People"],
  ["ORG", "Organisations"],
  ["GPE", "Countries & cities"],
  ["LOC", "Other places"],
  ["FAC", "Buildings & sites"],
  ["NORP", "Nationalities & groups"],
  ["EVENT", "Events"],
  ["DATE", "Dates"],
  ["TIME", "Times"],
  ["MONEY", "Money"],
  ["PERCENT", "Percentages"],
];
const PANEL = [
  ["list-people", ["PERSON"]],
  ["list-orgs", ["ORG"]],
  ["list-places", ["GPE", "LOC", "FAC"]],
];
const TYPING_DELAY_MS = 200;

const $ = (id) => document.getElementById(id);
const input = $("article");
const output = $("highlighted");
const statusLine = $("status");
const legend = $("legend");
const exportButton = $("export");

let current = { text: "", analysis: { entities: [], quotes: [] } };
let timer = 0;
let pasteAt = null;
const hidden = new Set();
const stepIndex = new Map(); // entity id -> index of the mention last shown

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "dataset") Object.assign(e.dataset, v);
    else if (k in e) e[k] = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c); // strings become text nodes: never markup
  return e;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// ---- Rendering ---------------------------------------------------------------------------

function render() {
  clearTimeout(timer);
  const text = input.value;
  const t0 = performance.now();
  let result;
  try {
    result = highlightWithAnalysis(text);
  } catch (e) {
    statusLine.textContent = `Could not analyse the text: ${e.message ?? e}`;
    return;
  }
  const t1 = performance.now();
  current = { text, analysis: result.analysis };
  if (text.trim() === "") {
    output.replaceChildren(el("p", { className: "empty" },
      "Paste an article, or load the example, to see its names and quotations marked here."));
  } else {
    output.innerHTML = result.html; // escaped by the highlighter: the text, and only our marks
  }
  stepIndex.clear();
  renderLegend();
  renderPanel();
  exportButton.disabled = text.trim() === "";
  const { entities, quotes } = current.analysis;
  const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
  const summary = text.trim() === "" ? "Ready." :
    `${plural(entities.length, "name", "names")} (${plural(mentions, "mention", "mentions")}), ` +
    `${plural(quotes.length, "quotation", "quotations")}; analysed in ${(t1 - t0).toFixed(1)} ms.`;
  statusLine.textContent = summary;
  const started = pasteAt ?? t0;
  pasteAt = null;
  // The next frame paints the marks; a message posted from its animation callback arrives
  // right after that paint: record paste (or input) to paint.
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.ahLastRender = { analyseMs: t1 - t0, toPaintMs: performance.now() - started };
      document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
    };
    channel.port2.postMessage(null);
  });
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(render, TYPING_DELAY_MS);
}

function renderLegend() {
  const counts = new Map();
  for (const e of current.analysis.entities) {
    counts.set(e.type, (counts.get(e.type) ?? 0) + e.mentions.length);
  }
  const buttons = [];
  for (const [type, label] of TYPES) {
    const n = counts.get(type) ?? 0;
    if (n === 0 && !["PERSON", "ORG", "GPE"].includes(type)) continue;
    buttons.push(legendButton(type, label, n));
  }
  buttons.push(legendButton("quotes", "Quotations", current.analysis.quotes.length));
  legend.replaceChildren(...buttons);
}

function legendButton(key, label, count) {
  const on = !hidden.has(key);
  const b = el("button", { type: "button", className: `chip chip-${key}`, dataset: { type: key } },
    el("span", { className: "swatch", "aria-hidden": "true" }),
    `${label} `,
    el("span", { className: "count" }, String(count)));
  b.setAttribute("aria-pressed", String(on));
  b.title = `${on ? "Hide" : "Show"} ${label.toLowerCase()}`;
  b.addEventListener("click", () => {
    if (hidden.has(key)) hidden.delete(key); else hidden.add(key);
    output.classList.toggle(`hide-${key}`, hidden.has(key));
    renderLegend();
    legend.querySelector(`[data-type="${key}"]`)?.focus();
  });
  return b;
}

function renderPanel() {
  const { entities, quotes } = current.analysis;
  for (const [id, types] of PANEL) {
    const list = $(id);
    const items = entities
      .filter((e) => types.includes(e.type))
      .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
      .map((e) => {
        const button = el("button", { type: "button", className: `entity chip-${e.type}`, dataset: { entity: String(e.id) } },
          el("span", { className: "swatch", "aria-hidden": "true" }),
          el("span", { className: "name" }, e.name),
          el("span", { className: "count" }, String(e.mentions.length)));
        button.setAttribute("aria-label", `${e.name}: ${plural(e.mentions.length, "mention", "mentions")}; show the next`);
        button.addEventListener("click", () => step(e, button));
        return el("li", {}, button);
      });
    list.replaceChildren(...(items.length ? items : [el("li", { className: "none" }, "None found")]));
  }

  // Who is quoted: quotations grouped by speaker, in order of first quotation.
  const groups = new Map();
  quotes.forEach((q, i) => {
    const key = q.speaker ?? "none";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push([q, i]);
  });
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === "none") - (b === "none"));
  const blocks = ordered.map(([key, qs]) => {
    const name = key === "none" ? "Unattributed" : entities[key].name;
    const heading = el("h4", { className: key === "none" ? "unattributed" : "" },
      name, " ", el("span", { className: "count" }, String(qs.length)));
    const list = el("ol", { className: "quotes" }, ...qs.map(([q, i]) => {
      const b = el("button", { type: "button", className: "quote-link", dataset: { quote: String(i) } },
        `“${q.text.length > 90 ? q.text.slice(0, 88).trimEnd() + "…" : q.text}”`);
      b.addEventListener("click", () => showQuote(i));
      return el("li", {}, b);
    }));
    return el("section", { className: "speaker", dataset: { speaker: String(key) } }, heading, list);
  });
  $("quoted").replaceChildren(...(blocks.length ? blocks : [el("p", { className: "none" }, "No quotations found")]));
}

function focusMark(target) {
  output.querySelectorAll(".current").forEach((m) => m.classList.remove("current"));
  target.classList.add("current");
  target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "center", behavior: "smooth" });
  target.focus({ preventScroll: true });
}

function step(entity, button) {
  // The first part of each mention (a mention cut by a quotation edge has two parts).
  const seen = new Set();
  const marks = [...output.querySelectorAll(`mark[data-entity="${entity.id}"]`)].filter((m) => {
    if (seen.has(m.dataset.mention)) return false;
    seen.add(m.dataset.mention);
    return true;
  });
  if (!marks.length) return;
  if (hidden.has(entity.type)) legend.querySelector(`[data-type="${entity.type}"]`)?.click();
  const i = ((stepIndex.get(entity.id) ?? -1) + 1) % marks.length;
  stepIndex.set(entity.id, i);
  focusMark(marks[i]);
  button.setAttribute("aria-label", `${entity.name}: mention ${i + 1} of ${marks.length}; show the next`);
  statusLine.textContent = `${entity.name}: mention ${i + 1} of ${marks.length}.`;
}

function showQuote(i) {
  const q = output.querySelector(`span.ah-quote[data-quote="${i}"]`);
  if (q) focusMark(q);
}

// ---- Export -------------------------------------------------------------------------------

function exportJson() {
  const data = { text: current.text, ...current.analysis };
  const blob = new Blob([JSON.stringify(data, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: "article-analysis.json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---- Wiring -------------------------------------------------------------------------------

async function loadExample() {
  statusLine.textContent = "Loading the example…";
  try {
    const response = await fetch("example.txt");
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    input.value = (await response.text()).trimEnd();
    render();
  } catch (e) {
    statusLine.textContent = `Could not load the example (${e.message}); build it with make serve.`;
  }
}

async function main() {
  try {
    await init();
  } catch (e) {
    statusLine.textContent = `Could not load the highlighter: ${e.message ?? e}`;
    return;
  }
  // Warm up before anyone pastes: the first calls decode the word lists and run the wasm in
  // V8's baseline tier; a few calls on a sample move both off the paste-to-paint path.
  const sample = "“We will talk,” Mr. Wang Yi told Reuters in Beijing on Monday. She said: “No.”\n";
  for (let i = 0; i < 8; i++) highlightWithAnalysis(sample.repeat(4));
  input.addEventListener("paste", (e) => { pasteAt = e.timeStamp; });
  input.addEventListener("input", (e) => {
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" || pasteAt !== null) render();
    else schedule();
  });
  $("load-example").addEventListener("click", loadExample);
  $("clear").addEventListener("click", () => { input.value = ""; render(); input.focus(); });
  exportButton.addEventListener("click", exportJson);
  render();
  document.body.dataset.ready = "true";
}

main();
