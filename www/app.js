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

// Texts at least this long are analysed in a Web Worker (www/worker.js), with a progress line
// and a Cancel button, so the page never freezes; shorter ones (an article is ~5–50 KB) are
// analysed here, which is faster than a round trip to the worker.
const WORKER_MIN_CHARS = 200_000;
// Long highlighted texts are put on the page in pieces of about this many characters of HTML,
// a few per frame, cut only between paragraphs where no mark or quotation is open.
const RENDER_CHUNK_CHARS = 16_000;

let job = null; // the long text being analysed or rendered: { id, started, phase, cancelled }
let jobs = 0;
let worker = null;

function render() {
  clearTimeout(timer);
  const text = input.value;
  const t0 = performance.now();
  const started = pasteAt ?? t0;
  pasteAt = null;
  cancelJob(false);
  if (text.length >= WORKER_MIN_CHARS && typeof Worker === "function") {
    analyseInWorker(text, started);
    return;
  }
  let result;
  try {
    result = highlightWithAnalysis(text);
  } catch (e) {
    statusLine.textContent = `Could not analyse the text: ${e.message ?? e}`;
    return;
  }
  show(text, result, performance.now() - t0, started);
}

// Puts an analysis on the page: the marks first (one HTML assignment), then, once they are
// painted, the legend, side panel and summary (so they never delay the marks).
function show(text, result, analyseMs, started, html = result.html) {
  current = { text, analysis: result.analysis };
  stepIndex.clear();
  if (text.trim() === "") {
    output.replaceChildren(el("p", { className: "empty" },
      "Paste an article, or load the example, to see its names and quotations marked here."));
  } else if (html !== null) {
    output.innerHTML = html; // escaped by the highlighter: the text, and only our marks
  }
  const toDomMs = performance.now() - started; // the marks are in the page, to be painted
  // The next frame paints the marks; a message posted from its animation callback arrives
  // once that frame is committed to the compositor (which then rasterises and draws it:
  // bench/browser.mjs times that part from a trace): record paste (or input) to that moment,
  // then fill in the rest.
  const shown = current;
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const toPaintMs = performance.now() - started;
      if (current !== shown) return;
      renderDetails(analyseMs);
      window.ahLastRender = { analyseMs, toDomMs, toPaintMs };
      document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
    };
    channel.port2.postMessage(null);
  });
}

function renderDetails(analyseMs) {
  const { text } = current;
  renderLegend();
  renderPanel();
  exportButton.disabled = text.trim() === "";
  const { entities, quotes } = current.analysis;
  const mentions = entities.reduce((n, e) => n + e.mentions.length, 0);
  statusLine.textContent = text.trim() === "" ? "Ready." :
    `${plural(entities.length, "name", "names")} (${plural(mentions, "mention", "mentions")}), ` +
    `${plural(quotes.length, "quotation", "quotations")}; analysed in ${analyseMs.toFixed(1)} ms.`;
}

// ---- Long texts: a worker, a progress line, Cancel ---------------------------------------

const progress = el("div", { id: "progress", className: "progress", hidden: true },
  el("progress", { "aria-label": "Working on the long text" }),
  el("span", { className: "phase" }),
  el("button", { type: "button", id: "cancel", className: "cancel" }, "Cancel"));
statusLine.after(progress);
progress.querySelector("#cancel").addEventListener("click", () => cancelJob(true));
const PHASES = { loading: "Loading the highlighter", analysing: "Analysing", rendering: "Showing the marks" };

function showProgress() {
  if (!job) return;
  const seconds = ((performance.now() - job.started) / 1000).toFixed(1);
  const bar = progress.querySelector("progress");
  if (job.fraction == null) bar.removeAttribute("value");
  else bar.value = job.fraction;
  const percent = job.fraction == null ? "" : ` ${Math.round(job.fraction * 100)}%`;
  progress.querySelector(".phase").textContent = `${PHASES[job.phase]}${percent}… ${seconds} s`;
  progress.hidden = false;
  document.body.dataset.phase = job.phase;
}

function startJob(started) {
  job = { id: ++jobs, started, phase: "analysing", fraction: null, ticker: 0 };
  job.ticker = setInterval(showProgress, 100);
  statusLine.textContent = "Working on a long text…";
  showProgress();
  return job;
}

function endJob() {
  if (!job) return;
  clearInterval(job.ticker);
  job = null;
  progress.hidden = true;
  delete document.body.dataset.phase;
}

/** Stops the long text being analysed or rendered (the worker is ended); `byReader`: say so. */
function cancelJob(byReader) {
  if (!job) return;
  const phase = job.phase;
  job.cancelled = true;
  endJob();
  if (phase !== "rendering" && worker) {
    worker.terminate(); // the analysis is one call: ending the worker is the only way to stop it
    worker = null;
  }
  if (byReader) {
    statusLine.textContent = "Cancelled.";
    document.body.dataset.cancels = String(Number(document.body.dataset.cancels ?? 0) + 1);
  }
}

function analyseInWorker(text, started) {
  const mine = startJob(started);
  if (!worker) {
    worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    worker.onerror = (e) => {
      if (job !== mine) return;
      endJob();
      worker = null;
      statusLine.textContent = `Could not analyse the text: ${e.message || "the worker failed"}`;
    };
  }
  worker.onmessage = ({ data }) => {
    if (job !== mine || data.id !== mine.id) return;
    if (data.phase) {
      mine.phase = data.phase;
      showProgress();
    } else if (data.error) {
      endJob();
      statusLine.textContent = `Could not analyse the text: ${data.error}`;
    } else {
      renderLong(text, data.result, data.ms, mine);
    }
  };
  worker.postMessage({ id: mine.id, text });
}

// The HTML of a long text, in pieces cut after a line break where no tag is open (the
// highlighter escapes every "<" of the text, so each "<" starts one of our tags).
function htmlPieces(html) {
  const pieces = [];
  let from = 0;
  let depth = 0;
  let scanned = 0;
  while (html.length - from > RENDER_CHUNK_CHARS) {
    let at = from + RENDER_CHUNK_CHARS;
    for (;;) {
      const nl = html.indexOf("\n", at);
      if (nl < 0) { at = html.length; break; }
      for (let i = html.indexOf("<", scanned); i >= 0 && i < nl; i = html.indexOf("<", i + 1)) {
        depth += html[i + 1] === "/" ? -1 : 1;
        scanned = i + 1;
      }
      scanned = Math.max(scanned, nl);
      at = nl + 1;
      if (depth === 0) break;
    }
    pieces.push(html.slice(from, at));
    from = at;
  }
  if (from < html.length) pieces.push(html.slice(from));
  return pieces;
}

function renderLong(text, result, analyseMs, mine) {
  mine.phase = "rendering";
  mine.fraction = 0;
  showProgress();
  const pieces = htmlPieces(result.html);
  output.replaceChildren();
  let next = 0;
  const step = () => {
    if (mine.cancelled) return;
    const until = performance.now() + 8;
    const frag = document.createDocumentFragment();
    do {
      const part = el("div", { className: "part" });
      part.innerHTML = pieces[next++];
      frag.append(part);
    } while (next < pieces.length && performance.now() < until);
    output.append(frag);
    mine.fraction = next / pieces.length;
    showProgress();
    if (next < pieces.length) {
      setTimeout(step, 0); // let input, painting and Cancel in between
    } else {
      endJob();
      show(text, result, analyseMs, mine.started, null);
    }
  };
  step();
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
  input.addEventListener("paste", (e) => { pasteAt = e.timeStamp; });
  input.addEventListener("input", (e) => {
    if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" || pasteAt !== null) render();
    else schedule();
  });
  $("load-example").addEventListener("click", loadExample);
  $("clear").addEventListener("click", () => { input.value = ""; render(); input.focus(); });
  exportButton.addEventListener("click", exportJson);
  render();
  await warmUp();
  document.body.dataset.ready = "true";
}

// A made-up report that takes the analysis through its main paths: quotations and their
// speakers, titles, pronouns, organisations, places, nationalities, dates, money, percentages.
const WARM_UP = `WASHINGTON, (Reuters) – The United Nations and the World Bank agreed on Monday to lend $2.5 billion to Kenya, a rise of 12% on last year, officials said.
“We will not wait for the next crisis,” said Dr. Amina Mohammed, the deputy secretary-general, at a news conference in New York. “This is a start.”
Kenyan President William Ruto welcomed the deal. He told reporters at the State House in Nairobi that the money would go to farmers along the Tana River, and added: “Our people have waited long enough.”
Mrs. Mohammed, who flew to Geneva on Tuesday, said the Ministry of Finance had asked for more. “We are listening,” she said.
Analysts at Goldman Sachs and Oxford University called the loan “modest”. The European Union said in a statement on 3 March that it would “study the plan closely”, according to Ms. Ursula Weber, a spokeswoman.
At 9:30 a.m., Chinese and American diplomats met Japanese officials at the G20 Summit in Bali, Indonesia.
`.repeat(3); // about the length of a news article
const WARM_UP_CALLS = 16;

// Warms the page up before anyone pastes, while it is idle: the first calls decode the word
// lists and run in V8's baseline tier, and the first marks laid out wait for fonts and styles.
// The analysis of WARM_UP runs a few times, each call in its own task (a paste or a keystroke
// waits for one call at most), then its marks are laid out once, unseen. The first paste is
// then as fast as the next ones (README "Speed and size").
async function warmUp() {
  let html = "";
  for (let i = 0; i < WARM_UP_CALLS; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    html = highlightWithAnalysis(WARM_UP).html;
  }
  const unseen = el("div", { className: "highlighted warm-up", "aria-hidden": "true" });
  unseen.innerHTML = html; // the highlighter's own escaped markup, as in show()
  document.body.append(unseen);
  unseen.getBoundingClientRect(); // lays it out: fonts, styles and text shaping are now ready
  unseen.remove();
}

main();
