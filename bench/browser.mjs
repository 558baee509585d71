// Browser benchmark (`make bench`; never part of `make test`): the built package (www/pkg)
// against compromise, in the same headless Chromium run, on the same texts.
//   node bench/browser.mjs [--quick]
// Prints a table of medians and writes bench/results.json. Needs `make pkg example` first.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { serve, launch, ROOT } from "../e2e/helpers.mjs";

const quick = process.argv.includes("--quick");
const REPEATS = quick ? 3 : 7; // fresh pages for cold starts and paste-to-paint
const seedPath = path.join(ROOT, "www/example.txt");
if (!fs.existsSync(seedPath)) throw new Error("www/example.txt missing: run make pkg example");
const seed = fs.readFileSync(seedPath, "utf8").trimEnd();
const words = (t) => t.split(/\s+/).filter(Boolean).length;
const mb1 = Array(Math.ceil((1 << 20) / (seed.length + 2))).fill(seed).join("\n\n");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function sizes(file) {
  const body = fs.readFileSync(path.join(ROOT, file));
  return { file, raw: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
}

const server = await serve(ROOT);
const { browser } = await launch();
const results = { date: new Date().toISOString(), chromium: browser.version(), seedWords: words(seed), mb1Words: words(mb1) };
try {
  // ---- Cold start: a fresh context (empty cache) per run.
  const cold = { wasm: [], compromise: [] };
  for (let i = 0; i < REPEATS; i++) {
    for (const engine of ["wasm", "compromise"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + "bench/bench.html");
      cold[engine].push(await page.evaluate(([e, s]) => (e === "wasm" ? window.coldWasm(s) : window.coldCompromise(s)), [engine, seed]));
      await context.close();
    }
  }
  results.coldStartMs = { wasm: median(cold.wasm), compromise: median(cold.compromise) };

  // ---- Throughput and memory: one page per engine, so heaps do not mix.
  results.throughput = {};
  results.memory = {};
  for (const engine of ["wasm", "compromise"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(server.url + "bench/bench.html");
    await page.evaluate(([e, s]) => (e === "wasm" ? window.coldWasm(s) : window.coldCompromise(s)), [engine, seed]);
    const seedMs = await page.evaluate(([e, t, n]) => window.timeIt(e, t, n), [engine, seed, engine === "wasm" ? 201 : 31]);
    const mbMs = await page.evaluate(([e, t, n]) => window.timeIt(e, t, n), [engine, mb1, quick ? 1 : engine === "wasm" ? 7 : 3]);
    results.throughput[engine] = {
      seedMs, seedWordsPerS: results.seedWords / (seedMs / 1e3),
      mb1Ms: mbMs, mb1WordsPerS: results.mb1Words / (mbMs / 1e3),
    };
    // Memory with the 1 MB analysis held: JS heap (compromise's document lives there) and,
    // for the package, its linear memory (which only grows, so it is the wasm heap's peak).
    await cdp.send("HeapProfiler.collectGarbage");
    const before = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    const held = await page.evaluate(([e, t]) => { window.held = e === "wasm" ? window.wasmExtract(t) : window.nlp(t); window.held2 = e === "compromise" ? window.compromiseExtract(t) : null; return e === "wasm" ? window.ahMemory.buffer.byteLength : 0; }, [engine, mb1]);
    const after = (await cdp.send("Runtime.getHeapUsage")).usedSize;
    results.memory[engine] = { jsHeapDeltaBytes: after - before, wasmLinearMemoryBytes: held };
    await context.close();
  }
  const t = results.throughput;
  results.ratio = {
    seedWordsPerS: t.wasm.seedWordsPerS / t.compromise.seedWordsPerS,
    mb1WordsPerS: t.wasm.mb1WordsPerS / t.compromise.mb1WordsPerS,
  };

  // ---- Paste to painted marks on the page (www/index.html records it in window.ahLastRender).
  const paint = [], analyse = [], dom = [];
  for (let i = 0; i < REPEATS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + "www/");
    await page.waitForSelector("body[data-ready=true]");
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
    await page.evaluate((text) => {
      const input = document.getElementById("article");
      input.focus();
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
      input.value = text;
      input.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    }, seed);
    await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders);
    const r = await page.evaluate(() => window.ahLastRender);
    paint.push(r.toPaintMs);
    analyse.push(r.analyseMs);
    dom.push(r.toDomMs);
    await context.close();
  }
  results.pasteToPaintMs = median(paint);
  results.pasteAnalyseMs = median(analyse);
  results.pasteToDomMs = median(dom);
} finally {
  await browser.close();
  await server.close();
}

results.bundle = {
  wasm: sizes("www/pkg/article_highlighter_bg.wasm"),
  glue: sizes("www/pkg/article_highlighter.js"),
  compromise: sizes("node_modules/compromise/builds/compromise.js"),
};
results.bundle.total = {
  raw: results.bundle.wasm.raw + results.bundle.glue.raw,
  gzip: results.bundle.wasm.gzip + results.bundle.glue.gzip,
};
fs.writeFileSync(path.join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

const f = (n, d = 1) => n.toLocaleString("en-US", { maximumFractionDigits: d });
const kb = (n) => `${f(n / 1024)} KB`;
const tp = results.throughput;
console.log(`Chromium ${results.chromium}; seed ${results.seedWords} words, 1 MB text ${results.mb1Words} words; medians`);
console.log(`                          article-highlighter      compromise      ratio`);
console.log(`words/s, seed article     ${f(tp.wasm.seedWordsPerS, 0).padStart(19)} ${f(tp.compromise.seedWordsPerS, 0).padStart(15)} ${f(results.ratio.seedWordsPerS).padStart(9)}×`);
console.log(`words/s, 1 MB             ${f(tp.wasm.mb1WordsPerS, 0).padStart(19)} ${f(tp.compromise.mb1WordsPerS, 0).padStart(15)} ${f(results.ratio.mb1WordsPerS).padStart(9)}×`);
console.log(`ms per seed / per 1 MB    ${(f(tp.wasm.seedMs, 2) + " / " + f(tp.wasm.mb1Ms, 0)).padStart(19)} ${(f(tp.compromise.seedMs, 2) + " / " + f(tp.compromise.mb1Ms, 0)).padStart(15)}`);
console.log(`cold start (fetch+init+1st) ${f(results.coldStartMs.wasm).padStart(14)} ms ${f(results.coldStartMs.compromise).padStart(12)} ms`);
console.log(`memory, 1 MB held: JS heap +${kb(results.memory.wasm.jsHeapDeltaBytes)}, wasm linear memory ${kb(results.memory.wasm.wasmLinearMemoryBytes)} | compromise JS heap +${kb(results.memory.compromise.jsHeapDeltaBytes)}`);
console.log(`paste to painted marks (seed, page): ${f(results.pasteToPaintMs)} ms (analysis + HTML ${f(results.pasteAnalyseMs)} ms; marks in the DOM after ${f(results.pasteToDomMs)} ms, then the next frame)`);
for (const [name, s] of Object.entries(results.bundle)) {
  console.log(`bundle ${name.padEnd(10)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
}
console.log("written: bench/results.json");
