// Gives the WebAssembly module's imports short names, in the wasm and in its JS glue alike.
//
// wasm-bindgen names every function the module imports from its glue after the Rust or JS
// item and a 16-digit hash ("__wbg_appendChild_dbf7ad2f48413560"), all from the module
// "./article_highlighter_bg.js"; the names are written twice (the wasm's import section and
// the glue's import object) and the hashes do not compress: 1.3 KB of gzip that no reader
// needs. This renames the module to "a" and each import to a short name ("a", "b", … "aa"),
// rewriting the import section byte for byte otherwise, and the glue's keys to match. The
// exports keep their names: they are the package's API (`init()` returns them).
//
// Usage: node scripts/short_import_names.mjs DIR   (DIR holds article_highlighter_bg.wasm
// and article_highlighter.js, as `make pkg` leaves them). Fails, changing nothing, when the
// glue does not name each import exactly once.
import fs from "node:fs";
import path from "node:path";

const MODULE = "./article_highlighter_bg.js";
const SHORT_MODULE = "a";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/short_import_names.mjs DIR");
  process.exit(2);
}
const wasmPath = path.join(dir, "article_highlighter_bg.wasm");
const gluePath = path.join(dir, "article_highlighter.js");
const wasm = fs.readFileSync(wasmPath);
let glue = fs.readFileSync(gluePath, "utf8");

/** Reads an unsigned LEB128 at `pos`: [value, position after it]. */
function readU32(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    if (byte === undefined) throw new Error("wasm: truncated number");
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, pos];
    shift += 7;
  }
}

function u32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function name(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([u32(bytes.length), bytes]);
}

/** The n-th short name: a … z, A … Z, then two letters. */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[n % letters.length] + s;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return s;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error(`${wasmPath}: not a wasm module`);
const pieces = [wasm.subarray(0, 8)];
const renamed = new Map();
let pos = 8;
while (pos < wasm.length) {
  const start = pos;
  const id = wasm[pos++];
  let size;
  [size, pos] = readU32(wasm, pos);
  const end = pos + size;
  if (id !== 2) {
    pieces.push(wasm.subarray(start, end));
    pos = end;
    continue;
  }
  // The import section: (module, field, description) for each import.
  let count;
  [count, pos] = readU32(wasm, pos);
  const body = [u32(count)];
  for (let i = 0; i < count; i++) {
    let len;
    [len, pos] = readU32(wasm, pos);
    const module = wasm.toString("utf8", pos, pos + len);
    pos += len;
    [len, pos] = readU32(wasm, pos);
    const field = wasm.toString("utf8", pos, pos + len);
    pos += len;
    const descStart = pos;
    const kind = wasm[pos++];
    const limits = () => {
      const flags = wasm[pos++];
      if (flags > 1) throw new Error(`wasm: import ${field}: limits flags ${flags}`);
      [, pos] = readU32(wasm, pos);
      if (flags & 1) [, pos] = readU32(wasm, pos);
    };
    if (kind === 0) [, pos] = readU32(wasm, pos); // function: its type
    else if (kind === 1) {
      pos++; // table: its element type, then limits
      limits();
    } else if (kind === 2) limits(); // memory
    else if (kind === 3) pos += 2; // global: value type, mutability
    else throw new Error(`wasm: import ${field}: unknown kind ${kind}`);
    const desc = wasm.subarray(descStart, pos);
    if (module === MODULE) {
      const short = shortName(renamed.size);
      renamed.set(field, short);
      body.push(name(SHORT_MODULE), name(short), desc);
    } else {
      body.push(name(module), name(field), desc);
    }
  }
  if (pos !== end) throw new Error("wasm: the import section does not end where it says");
  const section = Buffer.concat(body);
  pieces.push(Buffer.from([2]), u32(section.length), section);
}

// The glue's import object: `{"./article_highlighter_bg.js": {__wbg_…: function …, …}}`.
const once = (text, what) => {
  const n = glue.split(text).length - 1;
  if (n !== 1) throw new Error(`${gluePath}: ${what} ${text} found ${n} times, not once`);
};
once(JSON.stringify(MODULE), "the module");
glue = glue.replace(JSON.stringify(MODULE), JSON.stringify(SHORT_MODULE));
for (const [field, short] of renamed) {
  const key = new RegExp(`(?<![\\w$])${field.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
  const n = (glue.match(key) || []).length;
  if (n !== 1) throw new Error(`${gluePath}: the import ${field} found ${n} times, not once`);
  glue = glue.replace(key, short);
}
fs.writeFileSync(wasmPath, Buffer.concat(pieces));
fs.writeFileSync(gluePath, glue);
console.log(`short_import_names: ${renamed.size} imports renamed`);
