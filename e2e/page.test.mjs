// End to end: the highlighter page in Debian's Chromium. Paste the example article, check the
// marks against the analysis, toggle a type, step through a person's mentions, export JSON,
// look at a phone-sized screen; no console errors, no request beyond the page's own origin.
// Checks against the example's gold annotations are in example.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchedPage, screenshotPath, WWW } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

const EXAMPLE = fs.readFileSync(path.join(WWW, "example.txt"), "utf8").trimEnd();

let page, context, problems, foreign;

const env = serveAndLaunch(async ({ server, chrome }) => {
  ({ page, context, problems, foreign } = await watchedPage(chrome.browser, server.url));
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
});

/** Pastes `text` into the article box as a reader would (clipboard, then Ctrl+V). */
async function paste(text) {
  await page.fill("#article", "");
  const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus("#article");
  await page.keyboard.press("Control+V");
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders);
}

/** The analysis of `text` from the package itself, in the page. */
async function analyse(text) {
  return page.evaluate(async (t) => (await import("./pkg/article_highlighter.js")).extract(t), text);
}

/** Per type, the number of distinct mentions marked in the highlighted article. */
async function markedPerType() {
  return page.evaluate(() => {
    const seen = new Map();
    for (const m of document.querySelectorAll("#highlighted mark[data-entity]")) {
      const key = `${m.dataset.entity}/${m.dataset.mention}`;
      seen.set(key, m.dataset.type);
    }
    const counts = {};
    for (const t of seen.values()) counts[t] = (counts[t] ?? 0) + 1;
    return counts;
  });
}

test("the page loads with the package and nothing else", async () => {
  assert.match(await page.title(), /Article highlighter/);
  assert.equal(await page.textContent("#status"), "Ready.");
  assert.deepEqual(foreign, []);
});

test("pasting the example article marks every mention and quotation at once", async (t) => {
  await paste(EXAMPLE);
  assert.equal(await page.inputValue("#article"), EXAMPLE);
  const timing = await page.evaluate(() => window.ahLastRender);
  t.diagnostic(`paste to painted marks: ${timing.toPaintMs.toFixed(1)} ms (analysis ${timing.analyseMs.toFixed(1)} ms)`);
  fs.writeFileSync(screenshotPath("timing.json"), JSON.stringify(timing) + "\n");
  assert.ok(timing.toPaintMs < 1000, "painted within a second of the paste");

  // The highlighted text is the article, exactly.
  assert.equal(await page.textContent("#highlighted"), EXAMPLE);

  // Marks per type: as many as the analysis has mentions, and the legend says so.
  const analysis = await analyse(EXAMPLE);
  const expected = {};
  for (const e of analysis.entities) expected[e.type] = (expected[e.type] ?? 0) + e.mentions.length;
  assert.deepEqual(await markedPerType(), expected);
  assert.ok(Object.keys(expected).length >= 3, "several entity types found in the example");
  for (const [type, n] of Object.entries(expected)) {
    assert.equal(await page.textContent(`#legend [data-type="${type}"] .count`), String(n), `legend ${type}`);
  }

  // Every quotation, with its speaker's name as label, or shown as unattributed.
  const quotes = await page.$$eval("#highlighted span.ah-quote", (qs) => qs.map((q) => ({
    i: Number(q.dataset.quote),
    text: q.textContent,
    speaker: q.dataset.speakerName ?? null,
    unattributed: q.classList.contains("ah-unattributed"),
    label: getComputedStyle(q, "::after").content,
  })));
  assert.equal(quotes.length, analysis.quotes.length);
  assert.ok(quotes.length > 0, "the example's curly-quoted quotations are found");
  quotes.forEach((q, k) => {
    const a = analysis.quotes[k];
    assert.equal(q.i, k);
    assert.equal(q.text, a.text);
    if (a.speaker === null) {
      assert.ok(q.unattributed);
      assert.equal(q.label, '"unattributed"');
    } else {
      assert.equal(q.speaker, analysis.entities[a.speaker].name);
      assert.equal(q.label, JSON.stringify(analysis.entities[a.speaker].name));
    }
  });

  // "Who is quoted": every quotation once, grouped by speaker.
  const grouped = await page.$$eval("#quoted .speaker", (ss) => ss.map((s) => ({
    speaker: s.querySelector("h4").firstChild.textContent,
    n: s.querySelectorAll("li").length,
  })));
  assert.equal(grouped.reduce((n, g) => n + g.n, 0), analysis.quotes.length);
  const bySpeaker = {};
  for (const q of analysis.quotes) {
    const name = q.speaker === null ? "Unattributed" : analysis.entities[q.speaker].name;
    bySpeaker[name] = (bySpeaker[name] ?? 0) + 1;
  }
  assert.deepEqual(Object.fromEntries(grouped.map((g) => [g.speaker, g.n])), bySpeaker);

  await page.screenshot({ path: screenshotPath("page-example.png"), fullPage: true });
});

test("the legend toggles a type off and on", async () => {
  const chip = page.locator('#legend [data-type="GPE"]');
  const mark = page.locator("#highlighted mark.ah-GPE").first();
  const colour = () => mark.evaluate((m) => getComputedStyle(m).backgroundColor);
  const shown = await colour();
  assert.notEqual(shown, "rgba(0, 0, 0, 0)");
  await chip.click();
  assert.equal(await chip.getAttribute("aria-pressed"), "false");
  assert.equal(await colour(), "rgba(0, 0, 0, 0)");
  await page.screenshot({ path: screenshotPath("page-gpe-hidden.png") });
  // Keyboard: the chip keeps focus and Enter turns it back on.
  await page.keyboard.press("Enter");
  assert.equal(await page.locator('#legend [data-type="GPE"]').getAttribute("aria-pressed"), "true");
  assert.equal(await colour(), shown);
});

test("selecting a person in the panel steps through their mentions", async () => {
  const first = page.locator("#list-people button.entity").first();
  const id = await first.getAttribute("data-entity");
  const n = Number(await first.locator(".count").textContent());
  assert.ok(n >= 1);
  await first.click();
  const current = () => page.evaluate(() => {
    const m = document.querySelector("#highlighted .current");
    return m && { entity: m.dataset.entity, mention: m.dataset.mention, focused: document.activeElement === m };
  });
  const one = await current();
  assert.equal(one.entity, id);
  assert.ok(one.focused, "the mention has focus");
  await page.screenshot({ path: screenshotPath("page-person-selected.png") });
  if (n > 1) {
    await first.click();
    const two = await current();
    assert.equal(two.entity, id);
    assert.notEqual(two.mention, one.mention);
    assert.match(await page.textContent("#status"), new RegExp(`mention 2 of ${n}`));
  }
  // Quotations in the panel lead to the quotation in the text.
  const q = page.locator("#quoted .quote-link").first();
  if (await q.count()) {
    await q.click();
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains("ah-quote")), true);
  }
});

test("the analysis exports as JSON", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export")]);
  assert.equal(download.suggestedFilename(), "article-analysis.json");
  const file = screenshotPath("article-analysis.json");
  await download.saveAs(file);
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  assert.equal(data.text, EXAMPLE);
  assert.deepEqual({ entities: data.entities, quotes: data.quotes }, await analyse(EXAMPLE));
  for (const e of data.entities) {
    for (const m of e.mentions) assert.equal(data.text.slice(m.start, m.end), m.text);
  }
});

test("pasted HTML is text, and typing updates the marks after a pause", async () => {
  const evil = '<img src=x onerror="window.pwned=1"><b>bold</b> “Hello,” said Acme.';
  await paste(evil);
  assert.equal(await page.textContent("#highlighted"), evil);
  assert.equal(await page.locator("#highlighted img, #highlighted b").count(), 0);
  assert.equal(await page.evaluate(() => window.pwned), undefined);

  await page.fill("#article", "");
  const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await page.type("#article", "“We will go,” she said.", { delay: 5 });
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, renders);
  await page.waitForFunction(() => document.querySelector("#highlighted").textContent === "“We will go,” she said.");
});

test("a phone-sized screen stacks the page in one column", async () => {
  const phone = await watchedPage(env.chrome.browser, env.server.url, { width: 390, height: 844 });
  await phone.page.goto(env.server.url);
  await phone.page.waitForSelector("body[data-ready=true]");
  await phone.page.click("#load-example");
  await phone.page.waitForFunction(() => document.querySelectorAll("#highlighted mark").length > 0);
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px)`);
  const [input, output, panel] = await Promise.all(
    ["#article", "#highlighted", ".panel"].map((s) => phone.page.locator(s).boundingBox()));
  assert.ok(input.y < output.y && output.y < panel.y, "input, article, panel stacked");
  await phone.page.screenshot({ path: screenshotPath("page-phone.png") });
  await phone.page.locator("#highlighted").scrollIntoViewIfNeeded();
  await phone.page.screenshot({ path: screenshotPath("page-phone-article.png") });
  await phone.page.locator("#quoted").scrollIntoViewIfNeeded();
  await phone.page.screenshot({ path: screenshotPath("page-phone-panel.png") });
  assert.deepEqual(phone.problems, []);
  assert.deepEqual(phone.foreign, []);
  await phone.context.close();
});

test("no console errors and no requests to other origins", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.ok(env.server.requests.includes("/pkg/article_highlighter_bg.wasm"));
});
