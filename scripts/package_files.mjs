// `make pkg`: after wasm-pack has written www/pkg/package.json, lists in its `files` what the
// package must carry besides the code: the licence, the third-party notice and the word
// lists (data/, with data/licenses/) that the WebAssembly embeds. npm packs only what
// `files` names, so without this the notices would not reach anyone who installs it.
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
if (!dir) throw new Error("usage: node scripts/package_files.mjs PKG_DIR");
const file = path.join(dir, "package.json");
const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
for (const needed of ["LICENSE", "NOTICE.md", "data"]) {
  if (!fs.existsSync(path.join(dir, needed))) throw new Error(`${needed} is not in ${dir}`);
  if (!pkg.files.includes(needed)) pkg.files.push(needed);
}
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
