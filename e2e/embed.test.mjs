// End to end: the embedding demo, an ordinary article page that loads the package as any
// site would and calls highlightElement on its article. The host page's links, styles and
// scripts must keep working, and unhighlight must give its DOM back exactly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { watchedPage, screenshotPath } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

let page, problems, foreign;

serveAndLaunch(async ({ server, chrome }) => {
  ({ page, problems, foreign } = await watchedPage(chrome.browser, server.url));
  // The article as the host page has it, before the module script runs.
  await page.route("**/pkg/article_highlighter.js", async (route) => {
    const original = await page.evaluate(() => document.getElementById("story").innerHTML).catch(() => null);
    if (original !== null) await page.evaluate((h) => { window.originalStory = h; }, original);
    await route.continue();
  });
  await page.goto(new URL("embed.html", server.url).href);
  await page.waitForSelector("body[data-ready=true]");
});

test("the article is highlighted in place, across the page's own markup", async () => {
  const marks = await page.$$eval("#story mark.ah-entity", (ms) => ms.map((m) => [m.dataset.type, m.textContent]));
  assert.ok(marks.length > 5, `marks: ${JSON.stringify(marks)}`);
  // The site's extra name is found, as one ORG.
  assert.ok(marks.some(([t, s]) => t === "ORG" && s === "Northern Rail Company"));
  // "Carla <strong>Mendes</strong>" inside a link: marked in both parts, link intact.
  const link = await page.$eval("a.person-link", (a) => ({
    href: a.getAttribute("href"),
    marks: [...a.querySelectorAll("mark")].map((m) => m.textContent),
    strong: a.querySelector("strong") !== null,
  }));
  assert.deepEqual(link, { href: "#mendes", marks: ["Carla ", "Mendes"], strong: true });
  // A quotation that crosses <em> is marked in each part.
  const quoteParts = await page.$$eval("blockquote span.ah-quote", (qs) => qs.map((q) => q.textContent));
  assert.ok(quoteParts.join("").startsWith("We have waited far too long for this"), JSON.stringify(quoteParts));
  // The page's own stylesheet and layout are untouched: still the host's font and colours.
  const style = await page.$eval("#story h1", (h) => getComputedStyle(h).fontSize);
  assert.equal(style, "32px");
  await page.screenshot({ path: screenshotPath("embed-highlighted.png"), fullPage: true });
});

test("the host page's links and scripts still work", async () => {
  // A link whose text is now inside marks still navigates, and the delegated tracker sees it.
  await page.click("a.person-link mark >> nth=1");
  assert.equal(new URL(page.url()).hash, "#mendes");
  await page.click('aside a[href="#transport"]');
  assert.equal(new URL(page.url()).hash, "#transport");
  assert.deepEqual(await page.evaluate(() => window.linkClicks), ["#mendes", "#transport"]);
  // The page's own button handler.
  await page.click("#like");
  await page.click("#like");
  assert.equal(await page.textContent("#clicks"), "2 recommendations");
  // A link to another page of the site.
  await Promise.all([page.waitForURL(/index\.html$/), page.click('nav a[href="index.html"]')]);
  await page.waitForSelector("body[data-ready=true]"); // let it finish loading before leaving
  await page.goBack();
  await page.waitForSelector("body[data-ready=true]");
});

test("unhighlight restores the article exactly, and highlighting again works", async () => {
  const original = await page.evaluate(() => window.originalStory ?? null);
  await page.click("#toggle-highlight");
  assert.equal(await page.getAttribute("#toggle-highlight", "aria-pressed"), "false");
  assert.equal(await page.locator("#story mark, #story span.ah-quote").count(), 0);
  if (original !== null) {
    // The page's scripts changed only the button states and the counter since then.
    const now = await page.evaluate(() => document.getElementById("story").innerHTML);
    const normalise = (h) => h.replace(/aria-pressed="(true|false)"/g, "").replace(/ disabled=""/g, "")
      .replace(/\d+ recommendations?/, "N");
    assert.equal(normalise(now), normalise(original));
  }
  await page.screenshot({ path: screenshotPath("embed-unhighlighted.png") });
  await page.click("#toggle-highlight");
  assert.ok(await page.locator("#story mark").count() > 5);
});

test("the embedding page logs no errors and loads nothing from elsewhere", () => {
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});
