// End to end: a long text (~1.5 MB) is analysed in the Web Worker (www/worker.js). Progress
// shows, the page keeps painting frames and taking input while the worker works, the marks
// arrive; Cancel ends the work and gives the page back. Also under the policy the page is
// meant to be served with (script-src 'self' 'wasm-unsafe-eval': no blob: workers).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchedPage, WWW } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

const EXAMPLE = fs.readFileSync(path.join(WWW, "example.txt"), "utf8").trimEnd();
// One line per paragraph, as pasted agency copy often comes (and as the measures here were
// set with): the example's blank lines between paragraphs would double the lines of the text
// box, whose layout on the main thread, on a loaded 2-core machine, then blocks it for over
// the 100 ms allowed below while the worker analyses.
const ONE_LINE_PARAGRAPHS = EXAMPLE.replace(/\n\n+/g, "\n");
const LONG = Array(Math.ceil(1.5e6 / (ONE_LINE_PARAGRAPHS.length + 1))).fill(ONE_LINE_PARAGRAPHS).join("\n");

const env = serveAndLaunch();

/** Opens the page (optionally under a Content-Security-Policy header) and waits for it. */
async function openPage(csp) {
  const watched = await watchedPage(env.chrome.browser, env.server.url);
  if (csp) {
    await watched.page.route("**/*", async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (route.request().resourceType() === "document") headers["content-security-policy"] = csp;
      await route.fulfill({ response, headers });
    });
  }
  await watched.page.goto(env.server.url);
  await watched.page.waitForSelector("body[data-ready=true]");
  return watched;
}

/** Puts `text` in the article box as a paste would, and starts counting animation frames. */
async function pasteLong(page, text) {
  return page.evaluate((t) => {
    window.frames_ = 0;
    const tick = () => { window.frames_++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    const input = document.getElementById("article");
    const renders = Number(document.body.dataset.renders ?? 0);
    input.focus();
    input.value = t;
    input.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste", bubbles: true }));
    return renders;
  }, text);
}

test("a long text is analysed in the worker, with progress, while the page stays responsive", async () => {
  const { page, context, problems, foreign } = await openPage();
  const workers = [];
  page.on("worker", (w) => workers.push(w.url()));
  const renders = await pasteLong(page, LONG);
  // Progress appears at once, with a phase and the elapsed time.
  await page.waitForSelector("#progress:not([hidden])", { timeout: 2000 });
  assert.match(await page.textContent("#progress .phase"), /(Loading|Analysing|Showing).*\d+\.\d s/);
  // While the worker analyses, frames keep coming and a timer on the main thread keeps time.
  await page.waitForSelector("body[data-phase=analysing]", { timeout: 5000 });
  const lag = await page.evaluate(() => new Promise((resolve) => {
    const f0 = window.frames_;
    const t0 = performance.now();
    let worst = 0, last = t0;
    const probe = setInterval(() => {
      const now = performance.now();
      worst = Math.max(worst, now - last);
      last = now;
    }, 10);
    setTimeout(() => { clearInterval(probe); resolve({ frames: window.frames_ - f0, worst, ms: performance.now() - t0 }); }, 150);
  }));
  assert.ok(lag.frames >= 3, `frames painted while analysing: ${JSON.stringify(lag)}`);
  assert.ok(lag.worst < 100, `main thread blocked while analysing: ${JSON.stringify(lag)}`);
  // The results arrive, as in the main-thread path, and the progress line goes away.
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders, { timeout: 60_000 });
  assert.equal(await page.isHidden("#progress"), true);
  const status = await page.textContent("#status");
  assert.match(status, /\d+ names? \(\d+ mentions?\), \d+ quotations?; analysed in/);
  const marks = await page.evaluate(() => document.querySelectorAll("#highlighted mark[data-entity]").length);
  assert.ok(marks > 10_000, `marks: ${marks}`);
  // The marked text is exactly the pasted text.
  assert.equal(await page.evaluate(() => document.getElementById("highlighted").textContent.length), LONG.length);
  assert.ok(workers.some((u) => u.endsWith("/worker.js")), `workers: ${workers}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test("Cancel ends the analysis and gives the page back; the next text is analysed", async () => {
  const { page, context, problems } = await openPage();
  await pasteLong(page, LONG);
  await page.waitForSelector("body[data-phase=analysing]", { timeout: 5000 });
  await page.click("#cancel");
  assert.equal(await page.isHidden("#progress"), true);
  assert.equal(await page.textContent("#status"), "Cancelled.");
  assert.equal(await page.evaluate(() => document.body.dataset.cancels), "1");
  // Nothing arrives later from the cancelled work.
  const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => Number(document.body.dataset.renders ?? 0)), renders);
  // A short text afterwards is analysed as usual.
  await page.fill("#article", EXAMPLE);
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders, { timeout: 5000 });
  assert.match(await page.textContent("#status"), /quotations?; analysed in/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the worker runs under script-src 'self' 'wasm-unsafe-eval'", async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
  const { page, context, problems } = await openPage(csp);
  const renders = await pasteLong(page, LONG.slice(0, 400_000));
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders, { timeout: 60_000 });
  assert.match(await page.textContent("#status"), /quotations?; analysed in/);
  assert.deepEqual(problems.filter((p) => /Content Security Policy|worker/i.test(p)), []);
  assert.deepEqual(problems, []);
  await context.close();
});
