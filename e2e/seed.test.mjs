// End to end against the seed article's gold annotations (../shared/corpus/seed/seed.json):
// paste the article into the page and compare what is marked with what should be. These
// depend on the extractor's quality, not only on the page; the page's own checks are in
// page.test.mjs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchedPage, screenshotPath, pasteArticle, ROOT, WWW } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

const GOLD = JSON.parse(fs.readFileSync(path.join(ROOT, "..", "shared", "corpus", "seed", "seed.json"), "utf8"));
const SEED = fs.readFileSync(path.join(WWW, "example.txt"), "utf8").trimEnd();

let page, problems, foreign;

serveAndLaunch(async ({ server, chrome }) => {
  ({ page, problems, foreign } = await watchedPage(chrome.browser, server.url));
  await page.goto(server.url);
  await page.waitForSelector("body[data-ready=true]");
  // Paste as a reader would: a paste event carrying the text, then the input it causes.
  await page.focus("#article");
  await page.evaluate(pasteArticle, SEED);
  await page.waitForFunction(() => Number(document.body.dataset.renders ?? 0) >= 2);
});

test("the example is the seed article", () => {
  assert.equal(SEED, GOLD.text.trimEnd());
});

test("all 15 quotations are marked, each with the right speaker label", async () => {
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
  assert.equal(want.length, 15);
  assert.deepEqual(shown, want);
  // "Who is quoted" groups them the same way.
  const grouped = await page.$$eval("#quoted .speaker", (ss) =>
    Object.fromEntries(ss.map((s) => [s.querySelector("h4").firstChild.textContent, s.querySelectorAll("li").length])));
  const expected = {};
  for (const q of GOLD.quotes) expected[q.speaker ?? "Unattributed"] = (expected[q.speaker ?? "Unattributed"] ?? 0) + 1;
  assert.deepEqual(grouped, expected);
  await page.screenshot({ path: screenshotPath("seed-quotes.png"), fullPage: true });
});

test("marks per type match the gold counts", async () => {
  const marked = await page.evaluate(() => {
    const seen = new Map();
    for (const m of document.querySelectorAll("#highlighted mark[data-entity]")) {
      seen.set(`${m.dataset.entity}/${m.dataset.mention}`, m.dataset.type);
    }
    const counts = {};
    for (const t of seen.values()) counts[t] = (counts[t] ?? 0) + 1;
    return counts;
  });
  const gold = {};
  for (const e of GOLD.entities) gold[e.type] = (gold[e.type] ?? 0) + 1;
  assert.deepEqual(marked, gold);
});

test("the people in the panel are the gold people", async () => {
  const people = await page.$$eval("#list-people .entity .name", (ns) => ns.map((n) => n.textContent).sort());
  const gold = GOLD.canonical.filter((c) => c.type === "PERSON").map((c) => c.name).sort();
  assert.deepEqual(people, gold);
});

test("no console errors, no foreign requests", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});
