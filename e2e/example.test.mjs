// End to end against the bundled example's gold annotations (tests/example/example.json, of
// www/example.txt, written for the project): load the example into the page as a reader
// would and compare what is marked with what should be. These depend on the extractor's
// quality, not only on the page; the page's own checks are in page.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchedPage, screenshotPath, ROOT, WWW } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

const GOLD = JSON.parse(fs.readFileSync(path.join(ROOT, "tests", "example", "example.json"), "utf8"));
const EXAMPLE = fs.readFileSync(path.join(WWW, "example.txt"), "utf8");

let page, problems, foreign;

serveAndLaunch(async ({ server, chrome }) => {
  ({ page, problems, foreign } = await watchedPage(chrome.browser, server.url));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  // "Load example": the page fetches example.txt from its own origin.
  await page.click("#load-example");
  await page.waitForFunction(() => document.querySelectorAll("#highlighted span.ah-quote").length > 0);
});

test("the gold is of the example the page loads", async () => {
  assert.equal(GOLD.text, EXAMPLE);
  assert.equal((await page.inputValue("#article")).trimEnd(), EXAMPLE.trimEnd());
});

test("every quotation is marked, each with the right speaker label", async () => {
  const shown = await page.$$eval("#highlighted span.ah-quote", (qs) => qs.map((q) => ({
    text: q.textContent,
    speaker: q.classList.contains("ah-unattributed") ? null : q.dataset.speakerName,
    label: getComputedStyle(q, "::after").content,
  })));
  const want = GOLD.quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    label: JSON.stringify(q.speaker ?? "unattributed"),
  }));
  assert.ok(want.length >= 15);
  assert.deepEqual(shown, want);
  // "Who is quoted" groups them the same way.
  const grouped = await page.$$eval("#quoted .speaker", (ss) =>
    Object.fromEntries(ss.map((s) => [s.querySelector("h4").firstChild.textContent, s.querySelectorAll("li").length])));
  const expected = {};
  for (const q of GOLD.quotes) expected[q.speaker ?? "Unattributed"] = (expected[q.speaker ?? "Unattributed"] ?? 0) + 1;
  assert.deepEqual(grouped, expected);
});

test("every gold mention is marked with its type, and nothing else", async () => {
  const marked = await page.evaluate(() => {
    const seen = new Map();
    for (const m of document.querySelectorAll("#highlighted mark[data-entity]")) {
      const key = `${m.dataset.entity}/${m.dataset.mention}`;
      seen.set(key, { type: m.dataset.type, text: (seen.get(key)?.text ?? "") + m.textContent });
    }
    return [...seen.values()].map((m) => `${m.type} ${m.text}`);
  });
  const gold = GOLD.entities.map((e) => `${e.type} ${e.text}`);
  assert.deepEqual(marked, gold);
});

test("the people in the panel are the gold people", async () => {
  const people = await page.$$eval("#list-people .entity .name", (ns) => ns.map((n) => n.textContent).sort());
  const gold = GOLD.canonical.filter((c) => c.type === "PERSON").map((c) => c.name).sort();
  assert.deepEqual(people, gold);
});

test("the README's screenshot can be taken again", async () => {
  // docs/screenshot.png is this view: `README_SCREENSHOT=1 node --test e2e/example.test.mjs`.
  const file = process.env.README_SCREENSHOT ? path.join(ROOT, "docs", "screenshot.png") : screenshotPath("example.png");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file });
  assert.ok(fs.statSync(file).size > 10_000);
});

test("no console errors, no foreign requests", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});
