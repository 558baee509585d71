// Browser benchmark (`make bench`; never part of `make test`): the built package (www/pkg)
// against compromise, in the same headless Chromium run, on the same texts.
//   node bench/browser.mjs [--quick]
// Prints a table of medians and writes bench/results.json. Needs `make pkg` first.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { serve, launch, pasteArticle, ROOT } from "../e2e/helpers.mjs";

const quick = process.argv.includes("--quick");
const REPEATS = quick ? 3 : 7; // fresh pages for cold starts and paste-to-paint
// The seed article (the README's figures), or on a clone without the corpus the bundled example.
const corpusSeed = path.join(ROOT, "..", "shared", "corpus", "seed", "article.txt");
const seedPath = fs.existsSync(corpusSeed) ? corpusSeed : path.join(ROOT, "www/example.txt");
if (seedPath !== corpusSeed) console.log(`${corpusSeed} not found: timing www/example.txt instead`);
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
  // ---- Cold start: a fresh context (empty cache) per run. The package's is timed in phases;
  // "fetch only" is the same two requests with no work, the floor under any cold start here.
  const cold = { wasm: [], compromise: [], fetchOnly: [] };
  const fn = { wasm: "coldWasm", compromise: "coldCompromise", fetchOnly: "coldFetchOnly" };
  for (let i = 0; i < REPEATS; i++) {
    for (const engine of Object.keys(cold)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url + "bench/bench.html");
      cold[engine].push(await page.evaluate(([name, s]) => window[name](s), [fn[engine], seed]));
      await context.close();
    }
  }
  const phases = Object.keys(cold.wasm[0]);
  results.coldStartMs = {
    wasm: Object.fromEntries(phases.map((k) => [k, median(cold.wasm.map((r) => r[k]))])),
    compromise: median(cold.compromise),
    fetchOnly: median(cold.fetchOnly),
  };
  // The target's measure: instantiate + first extract, per run (then the median).
  results.coldStartMs.wasm.instantiateAndFirstExtract = median(cold.wasm.map((r) => r.instantiate + r.firstExtract));

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

  // ---- Paste to painted marks on the page (www/index.html records it in window.ahLastRender),
  // and its floor: the same page showing the same text with no analysis and no marks (the
  // text put in the text box and the output, timed the same way), which any highlighter pays.
  const paint = [], analyse = [], dom = [], plain = [];
  // The floor: the text in the box and the output with no analysis and no marks (no input
  // event, so the page does nothing), timed to the paint as the page times its marks.
  const showPlain = (text) => new Promise((resolve) => {
    document.dispatchEvent(new Event("bench-start")); // where a trace of it starts
    const t0 = performance.now();
    document.getElementById("article").value = text;
    document.getElementById("highlighted").textContent = text;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - t0);
      channel.port2.postMessage(null);
    });
  });
  const readyPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + "www/");
    await page.waitForSelector("body[data-ready=true]");
    // A reader clicks into the box, then pastes: focus it a second before (focusing in the same
    // task as the paste would also time the frames of the focus change).
    await page.evaluate(() => document.getElementById("article").focus());
    await new Promise((r) => setTimeout(r, 1000));
    return { context, page };
  };
  for (let i = 0; i < REPEATS; i++) {
    const { context, page } = await readyPage();
    const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
    await page.evaluate(pasteArticle, seed);
    await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders);
    const r = await page.evaluate(() => window.ahLastRender);
    paint.push(r.toPaintMs);
    analyse.push(r.analyseMs);
    dom.push(r.toDomMs);
    await context.close();

    const bare = await readyPage();
    plain.push(await bare.page.evaluate(showPlain, seed));
    await bare.context.close();
  }
  results.pasteToPaintMs = median(paint);
  results.pasteAnalyseMs = median(analyse);
  results.pasteToDomMs = median(dom);
  results.plainTextToPaintMs = median(plain);

  // Where the time goes, from a Chromium trace: the renderer's main-thread CPU time from the
  // start of the work to the end of the frame that shows it, and the time until that frame's
  // pixels are drawn (its tiles rasterised, then drawn and swapped by the display compositor;
  // with no GPU here both are done in software). The message the page times arrives after the
  // frame is committed, before its raster and draw.
  const renderTrace = async (act, waitForRender) => {
    const { context, page } = await readyPage();
    const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
    await browser.startTracing(page, { categories: ["devtools.timeline", "cc", "viz"] });
    await page.evaluate(act, seed);
    if (waitForRender) await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // let the frame be drawn
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();
    const after = (name, ts) => events.filter((e) => e.name === name && e.ts > ts).sort((a, b) => a.ts - b.ts)[0];
    // The work starts with the paste event, or the floor's own marker event.
    const start = events.find((e) => e.name === "EventDispatch" && ["paste", "bench-start"].includes(e.args?.data?.type)).ts;
    const frame = after("ProxyMain::BeginMainFrame", start);
    const activated = after("LayerTreeHostImpl::ActivateSyncTree", frame.ts + frame.dur);
    const drawn = after("Display::DrawAndSwap", activated.ts);
    const cpu = { handlers: 0, style: 0, layout: 0, prePaint: 0, paint: 0, frame: frame.tdur / 1e3 };
    // The page's own handlers (paste and input), and each rendering phase wherever it ran
    // (a "selectionchange" after the paste may force style and layout before the frame).
    const phase = { UpdateLayoutTree: "style", Layout: "layout", PrePaint: "prePaint", Paint: "paint" };
    for (const e of events) {
      if (e.ph !== "X" || !e.tdur || e.ts < start || e.ts >= frame.ts + frame.dur) continue;
      if (e.name in phase) cpu[phase[e.name]] += e.tdur / 1e3;
      if (e.name === "EventDispatch" && ["paste", "input"].includes(e.args?.data?.type)) cpu.handlers += e.tdur / 1e3;
    }
    return { ...cpu, toPixels: (drawn.ts + drawn.dur - start) / 1e3 };
  };
  const medianOf = (runs) => Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((r) => r[k]))]));
  const pasteTrace = [], plainTrace = [];
  for (let i = 0; i < REPEATS; i++) {
    pasteTrace.push(await renderTrace(pasteArticle, true));
    plainTrace.push(await renderTrace(showPlain, false));
  }
  results.renderTraceMs = { paste: medianOf(pasteTrace), plain: medianOf(plainTrace) };
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
const kb = (n) => `${f(n / 1024)} KiB`;
const tp = results.throughput;
console.log(`Chromium ${results.chromium}; seed ${results.seedWords} words, 1 MB text ${results.mb1Words} words; medians`);
console.log(`                          article-highlighter      compromise      ratio`);
console.log(`words/s, seed article     ${f(tp.wasm.seedWordsPerS, 0).padStart(19)} ${f(tp.compromise.seedWordsPerS, 0).padStart(15)} ${f(results.ratio.seedWordsPerS).padStart(9)}×`);
console.log(`words/s, 1 MB             ${f(tp.wasm.mb1WordsPerS, 0).padStart(19)} ${f(tp.compromise.mb1WordsPerS, 0).padStart(15)} ${f(results.ratio.mb1WordsPerS).padStart(9)}×`);
console.log(`ms per seed / per 1 MB    ${(f(tp.wasm.seedMs, 2) + " / " + f(tp.wasm.mb1Ms, 0)).padStart(19)} ${(f(tp.compromise.seedMs, 2) + " / " + f(tp.compromise.mb1Ms, 0)).padStart(15)}`);
const cw = results.coldStartMs.wasm;
console.log(`cold start, all of it    ${f(cw.total).padStart(16)} ms ${f(results.coldStartMs.compromise).padStart(12)} ms`);
console.log(`  fetch the glue ${f(cw.importGlue)} ms, the wasm ${f(cw.fetchWasm)} ms; instantiate ${f(cw.instantiate)} ms; first extract ${f(cw.firstExtract)} ms`);
console.log(`  instantiate + first extract ${f(cw.instantiateAndFirstExtract)} ms; the same two requests with no work: ${f(results.coldStartMs.fetchOnly)} ms`);
console.log(`memory, 1 MB held: JS heap +${kb(results.memory.wasm.jsHeapDeltaBytes)}, wasm linear memory ${kb(results.memory.wasm.wasmLinearMemoryBytes)} | compromise JS heap +${kb(results.memory.compromise.jsHeapDeltaBytes)}`);
console.log(`paste to painted marks (seed, page): ${f(results.pasteToPaintMs)} ms (analysis + HTML ${f(results.pasteAnalyseMs)} ms; marks in the DOM after ${f(results.pasteToDomMs)} ms, then the next frame)`);
console.log(`  floor: the same text, no analysis and no marks: ${f(results.plainTextToPaintMs)} ms`);
for (const [name, c] of Object.entries(results.renderTraceMs)) {
  console.log(`  traced, ${name.padEnd(5)}: to pixels drawn ${f(c.toPixels)} ms; renderer CPU: the page's handlers ${f(c.handlers)} ms, style ${f(c.style)}, layout ${f(c.layout)}, pre-paint ${f(c.prePaint)}, paint ${f(c.paint)}; the frame ${f(c.frame)} ms`);
}
for (const [name, s] of Object.entries(results.bundle)) {
  console.log(`bundle ${name.padEnd(10)} ${kb(s.raw).padStart(10)} raw ${kb(s.gzip).padStart(10)} gzip`);
}
console.log("written: bench/results.json");
