// The npm package as a stranger gets it: `npm pack` of www/pkg (built by `make pkg`), installed
// into a throwaway project in a temporary folder, then used twice in Chromium: by a plain
// `<script type="module">` importing it from node_modules, and through a bundler (esbuild).
// The tarball must carry the licence, the third-party notices and the word lists, and none
// of the seed article's text (checked when ../shared has the seed).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { serve, launch, watchedPage, ROOT, WWW } from "./helpers.mjs";

const SEED = path.join(ROOT, "..", "shared", "corpus", "seed", "article.txt");
const ARTICLE = "“The numbers will be public,” said Ilse Marrow, the fisheries minister, in Oslo.";

let work, tarball, unpacked, server, chrome;

before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "ah-npm-"));
  const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"],
    { cwd, encoding: "utf8" });
  // `npm pack --json` names the tarball it wrote.
  const [packed] = JSON.parse(npm(["pack", path.join(WWW, "pkg"), "--json", "--pack-destination", work], work));
  tarball = path.join(work, packed.filename);
  unpacked = path.join(work, "unpacked");
  fs.mkdirSync(unpacked);
  execFileSync("tar", ["-xzf", tarball, "-C", unpacked]);

  const app = path.join(work, "app");
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "throwaway", private: true, type: "module" }));
  npm(["install", tarball, "--offline"], app);

  // 1. A plain page: a module script importing the package's own file, no build step.
  fs.writeFileSync(path.join(app, "plain.html"), `<!doctype html><meta charset="utf-8"><title>plain</title><link rel="icon" href="data:,">
<p id="text">${ARTICLE}</p>
<script type="module">
import init, { extract, highlightElement } from "./node_modules/article-highlighter/article_highlighter.js";
await init();
const analysis = highlightElement(document.getElementById("text"));
window.result = { analysis, marks: document.querySelectorAll("mark").length, again: extract("Ilse Marrow spoke.") };
</script>`);

  // 2. A bundled app: `import … from "article-highlighter"`, the wasm emitted as a file.
  fs.writeFileSync(path.join(app, "main.js"), `import init, { extract } from "article-highlighter";
import wasmUrl from "article-highlighter/article_highlighter_bg.wasm";
await init({ module_or_path: wasmUrl });
window.result = { analysis: extract(${JSON.stringify(ARTICLE)}) };
`);
  await esbuild.build({
    absWorkingDir: app, entryPoints: ["main.js"], bundle: true, format: "esm", outdir: "dist",
    loader: { ".wasm": "file" }, publicPath: "/dist", logLevel: "error",
  });
  fs.writeFileSync(path.join(app, "bundled.html"),
    `<!doctype html><meta charset="utf-8"><title>bundled</title><link rel="icon" href="data:,"><script type="module" src="/dist/main.js"></script>`);

  server = await serve(app);
  chrome = await launch();
});

after(async () => {
  await chrome?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Opens `page` of the throwaway app and returns what its script left in `window.result`. */
async function run(page) {
  const { page: tab, problems, foreign, context } = await watchedPage(chrome.browser, server.url);
  await tab.goto(server.url + page);
  await tab.waitForFunction(() => window.result !== undefined);
  const result = await tab.evaluate(() => JSON.parse(JSON.stringify(window.result)));
  await context.close();
  return { result, problems, foreign };
}

/** The quotation of ARTICLE and its speaker, as any use of the package must find them. */
function checkAnalysis(analysis) {
  const [quote] = analysis.quotes;
  assert.equal(quote.text, "The numbers will be public,");
  assert.equal(analysis.entities[quote.speaker].name, "Ilse Marrow");
  assert.ok(analysis.entities.some((e) => e.name === "Oslo" && e.type === "GPE"));
}

test("the tarball carries the code, the licence, the notices and the word lists", () => {
  const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).split("\n");
  for (const f of ["article_highlighter.js", "article_highlighter_bg.wasm", "article_highlighter.d.ts",
    "README.md", "LICENSE", "NOTICE.md", "data/README.md", "data/places_gpe.txt", "data/titles.tsv",
    "data/licenses/world-countries-ODbL-1.0.txt", "data/licenses/SCOWL-Copyright.txt"]) {
    assert.ok(files.includes(`package/${f}`), f);
  }
  // The tagger's training records stay in the repository (`make train` reads them).
  for (const f of ["data/tagger/silver.tsv", "data/tagger/rule_mentions.tsv"]) {
    assert.ok(!files.includes(`package/${f}`), f);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(unpacked, "package", "package.json"), "utf8"));
  const crate = fs.readFileSync(path.join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.+)"$/m)[1];
  assert.equal(pkg.version, crate, "one version for the crate and the npm package");
});

test("no file of the tarball holds the seed article's text", (t) => {
  if (!fs.existsSync(SEED)) {
    t.skip(`SKIPPED: ${SEED} not found, nothing to compare with`);
    return;
  }
  const sentences = fs.readFileSync(SEED, "utf8").split(/[.\n“”]/).map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 8);
  assert.ok(sentences.length >= 10);
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
  for (const file of walk(unpacked)) {
    const text = fs.readFileSync(file).toString("latin1") + fs.readFileSync(file, "utf8");
    const found = sentences.find((s) => text.includes(s));
    assert.equal(found, undefined, `${path.relative(unpacked, file)} holds seed text`);
  }
});

test("a plain <script type=module> uses the installed package", async () => {
  const { result, problems, foreign } = await run("plain.html");
  checkAnalysis(result.analysis);
  assert.ok(result.marks >= 2, `${result.marks} marks`);
  assert.equal(result.again.entities[0].name, "Ilse Marrow");
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});

test("an esbuild bundle uses the installed package", async () => {
  const { result, problems, foreign } = await run("bundled.html");
  checkAnalysis(result.analysis);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});
