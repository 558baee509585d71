// End to end: hostile input and strict pages. Both pages ship a Content-Security-Policy
// (<meta>) with no 'unsafe-inline' and no 'unsafe-eval' — only 'wasm-unsafe-eval' — and
// require Trusted Types; they work under it. An XSS payload pasted into the highlighter runs
// nothing and creates no element; the embedding demo highlights in place with no policy at
// all; errors from the package are Error exceptions and the module keeps working after them.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { watchedPage, screenshotPath, WWW } from "./helpers.mjs";
import { serveAndLaunch } from "./fixture.mjs";

const XSS = [
  `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`,
  `Antony Blinken told reporters "><svg onload="window.__pwned=3"> in Beijing on Monday.`,
  `<a href="javascript:window.__pwned=4">Wang Yi</a> said: "We will <b onmouseover=window.__pwned=5>talk</b>."`,
  `<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe><style>*{display:none}</style>`,
  `'><script src=//evil.example/x.js></script> javascript:alert(1) &lt;&amp;&#x3C;script&#x3E;`,
].join("\n\n");

const env = serveAndLaunch();

/** A watched page that records every Content-Security-Policy violation from the start. */
async function strictPage(file) {
  const watched = await watchedPage(env.chrome.browser, env.server.url);
  await watched.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  await watched.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.server.url });
  await watched.page.goto(new URL(file, env.server.url).href);
  await watched.page.waitForSelector("body[data-ready=true]");
  return watched;
}

function policyOf(file) {
  const html = fs.readFileSync(path.join(WWW, file), "utf8");
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  assert.ok(meta, `${file} has a CSP meta`);
  return { html, csp: meta[1] };
}

test("both pages ship a strict policy and have nothing inline", () => {
  for (const file of ["index.html", "embed.html"]) {
    const { html, csp } = policyOf(file);
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"], file);
    assert.deepEqual(directives["style-src"], ["'self'"], file);
    assert.deepEqual(directives["object-src"], ["'none'"], file);
    assert.deepEqual(directives["base-uri"], ["'none'"], file);
    assert.deepEqual(directives["require-trusted-types-for"], ["'script'"], file);
    assert.ok(!/unsafe-inline|unsafe-eval'|unsafe-hashes/.test(csp.replace("'wasm-unsafe-eval'", "")), csp);
    // The policy comes before any script or stylesheet, and nothing is inline.
    assert.ok(html.indexOf("Content-Security-Policy") < html.search(/<script|<link rel="stylesheet"/), file);
    assert.equal(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g), null, `${file}: inline <script>`);
    assert.equal(html.match(/<style|\sstyle=|\son[a-z]+=/gi), null, `${file}: inline style or handler`);
  }
  // The embedding needs no Trusted Types policy at all; the page has only its default one.
  assert.match(policyOf("embed.html").csp, /trusted-types 'none'$/);
  assert.match(policyOf("index.html").csp, /trusted-types default$/);
});

test("an XSS payload pasted into the page runs nothing and creates no element", async () => {
  const { page, problems, foreign } = await strictPage("index.html");
  const renders = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await page.evaluate((t) => navigator.clipboard.writeText(t), XSS);
  await page.focus("#article");
  await page.keyboard.press("Control+V");
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n, renders);
  await page.waitForFunction(() => document.querySelectorAll("#highlighted mark").length > 0);

  // The text is shown as text, marked: names found, every character of the payload kept.
  const out = await page.evaluate(() => {
    const h = document.getElementById("highlighted");
    return {
      text: h.textContent,
      elements: [...h.querySelectorAll("*")].map((e) => e.localName),
      people: [...h.querySelectorAll("mark.ah-PERSON")].map((m) => m.textContent),
      handlers: [...h.querySelectorAll("*")].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith("on") || a === "href" || a === "src" || a === "style")),
    };
  });
  assert.equal(out.text, XSS);
  assert.deepEqual([...new Set(out.elements)].filter((t) => !["mark", "span", "p", "div"].includes(t)), []);
  assert.deepEqual(out.handlers, []);
  assert.ok(out.people.includes("Antony Blinken"), JSON.stringify(out.people));
  // Hover and click over the marks: nothing fires.
  await page.hover("#highlighted mark >> nth=0");
  await page.click("#highlighted mark >> nth=0");
  await page.waitForTimeout(100);

  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src]), img, svg, iframe").length), 0);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP or Trusted Types violation");
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.ok(!env.server.requests.some((p) => p === "/x" || p.endsWith("x.js")), env.server.requests.join(" "));
  await page.screenshot({ path: screenshotPath("security-xss-pasted.png") });

  // The policies are really enforced: a foreign HTML string is refused by the page's Trusted
  // Types policy, and an inline handler would not run.
  const probe = await page.evaluate(() => {
    const div = document.createElement("div");
    try {
      div.innerHTML = '<img src=x onerror="window.__pwned=9">';
      return "assigned";
    } catch (e) {
      return e.constructor.name;
    }
  });
  assert.equal(probe, "TypeError");
  const ours = await page.evaluate(async () => {
    const { highlight } = await import("./pkg/article_highlighter.js");
    const div = document.createElement("div");
    div.innerHTML = highlight('Antony Blinken said "<img src=x onerror=alert(1)>".'); // passes the policy
    return [div.querySelectorAll("img").length, div.querySelectorAll("mark").length];
  });
  assert.deepEqual(ours, [0, 1]);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.context().close();
});

test("errors are exceptions with messages, and the module keeps working after them", async () => {
  const { page, problems } = await strictPage("index.html");
  const result = await page.evaluate(async () => {
    const ah = await import("./pkg/article_highlighter.js");
    const calls = [
      () => ah.extract(42),
      () => ah.extract(null),
      () => ah.highlight("x", { types: ["PEOPLE"] }),
      () => ah.highlight("x", { colour: "red" }),
      () => ah.extract("Antony Blinken met Wang Yi.", { maxLength: 10 }),
      () => ah.extract("x", { maxLength: -1 }),
      () => ah.highlightWithAnalysis("x", { names: "Acme" }),
      () => ah.highlightElement(null),
      () => ah.highlightElement("article"),
      () => ah.highlightElement(document.createElement("script")),
      () => ah.highlightElement(document.getElementById("article")), // the page's textarea
      () => ah.unhighlight(undefined),
    ];
    const messages = [];
    for (let round = 0; round < 500; round++) {
      for (const call of calls) {
        try {
          call();
          messages.push("no error");
        } catch (e) {
          if (!(e instanceof Error) || e instanceof WebAssembly.RuntimeError) messages.push(`not an Error: ${e}`);
          else if (round === 0) messages.push(e.message);
        }
      }
    }
    const after = ah.extract("Antony Blinken met Wang Yi in Beijing.");
    return { messages, names: after.entities.map((e) => e.name) };
  });
  assert.deepEqual(result.messages, [
    "text must be a string, not number",
    "text must be a string, not null",
    'unknown entity type "PEOPLE"; expected one of PERSON, ORG, GPE, LOC, FAC, NORP, EVENT, DATE, TIME, MONEY, PERCENT',
    'invalid options: unknown field "colour" in options; expected one of types, names, style, maxLength',
    "text is 27 characters, over the limit of 10 (option maxLength)",
    "invalid options: maxLength must be a whole number of characters, 0 or more; got -1",
    "invalid options: names must be an array of { name, type, aliases }, not string",
    "highlightElement: expected an Element, got null",
    "highlightElement: expected an Element, got string",
    "highlightElement: refusing to mark up <script>: its text is not article text",
    'highlightElement: refusing to mark up <textarea id="article">: it is a form field, and its value belongs to the reader',
    "unhighlight: expected an Element, got undefined",
  ]);
  assert.ok(result.names.includes("Antony Blinken"), JSON.stringify(result.names));
  // And the page itself still works.
  await page.fill("#article", "Antony Blinken met Wang Yi.");
  await page.waitForFunction(() => document.querySelectorAll("#highlighted mark.ah-PERSON").length === 2);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await page.context().close();
});

test("the embedding demo highlights in place under its policy, with no Trusted Types policy", async () => {
  const { page, problems, foreign } = await strictPage("embed.html");
  const marks = await page.$$eval("#story mark.ah-entity", (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.length > 5, JSON.stringify(marks));
  // The default look arrives as an adopted stylesheet (an injected <style> would be blocked).
  const look = await page.evaluate(() => ({
    styleElement: document.getElementById("article-highlighter-style") !== null,
    adopted: document.adoptedStyleSheets.length,
    background: getComputedStyle(document.querySelector("#story mark.ah-PERSON")).backgroundColor,
  }));
  assert.equal(look.styleElement, false);
  assert.equal(look.adopted, 1);
  assert.notEqual(look.background, "rgba(0, 0, 0, 0)");
  // Toggle off and on: still no violation.
  await page.click("#toggle-highlight");
  await page.click("#toggle-highlight");
  assert.ok((await page.locator("#story mark").count()) > 5);
  await page.click("#like");
  assert.equal(await page.textContent("#clicks"), "1 recommendation");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  // Trusted Types are enforced there, with no policy allowed: any HTML string sink throws.
  const probe = await page.evaluate(() => {
    try {
      document.createElement("div").innerHTML = "<b>x</b>";
      return "assigned";
    } catch (e) {
      return e.constructor.name;
    }
  });
  assert.equal(probe, "TypeError");
  const policy = await page.evaluate(() => {
    try {
      window.trustedTypes.createPolicy("anything", { createHTML: (s) => s });
      return "created";
    } catch (e) {
      return e.constructor.name;
    }
  });
  assert.equal(policy, "TypeError");
  await page.context().close();
});
