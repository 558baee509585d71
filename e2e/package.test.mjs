// The npm package that `make pkg` builds into www/pkg (wasm-pack --target web): usable as is
// by another site — name, entry points, types, the wasm file and the README for embedders.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { WWW } from "./helpers.mjs";

const PKG = path.join(WWW, "pkg");
const read = (f) => fs.readFileSync(path.join(PKG, f), "utf8");

test("package.json names the module, its types and its files", () => {
  const pkg = JSON.parse(read("package.json"));
  assert.equal(pkg.name, "article-highlighter");
  assert.equal(pkg.type, "module");
  assert.equal(pkg.main, "article_highlighter.js");
  assert.equal(pkg.types, "article_highlighter.d.ts");
  for (const f of pkg.files) assert.ok(fs.existsSync(path.join(PKG, f)), f);
  assert.ok(pkg.files.includes("article_highlighter_bg.wasm"));
});

test("the TypeScript types describe the API and its data", () => {
  const dts = read("article_highlighter.d.ts");
  for (const sig of [
    "export function extract(text: string, options?: Options | null): Analysis;",
    "export function highlight(text: string, options?: Options | null): string;",
    "export function highlightElement(element: Element, options?: Options | null): Analysis;",
    "export function unhighlight(element: Element): boolean;",
    "export interface Analysis { entities: Entity[]; quotes: Quote[]; }",
    "export interface ExtraName { name: string; type: EntityType; aliases?: string[]; }",
  ]) {
    assert.ok(dts.includes(sig), sig);
  }
  assert.doesNotMatch(dts, /export function start\b/);
});

test("the README shows embedders a five-line example", () => {
  const readme = read("README.md");
  const example = readme.match(/```html\n([\s\S]*?)```/);
  assert.ok(example, "an html example");
  assert.equal(example[1].trimEnd().split("\n").length, 5);
  assert.match(example[1], /highlightElement\(/);
});

test("the wasm is a WebAssembly module of a sensible size", () => {
  const wasm = fs.readFileSync(path.join(PKG, "article_highlighter_bg.wasm"));
  assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  assert.ok(wasm.length < 1.5 * 1024 * 1024, `${wasm.length} bytes`);
});
