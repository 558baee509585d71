// The highlighter off the main thread, for long texts (app.js sends texts of WORKER_MIN_CHARS
// and more here, so the page keeps responding while they are analysed). An ES module worker
// from the page's own origin loading the same package (www/pkg): allowed by a policy of
// script-src 'self' 'wasm-unsafe-eval' (no blob: or data: URLs).
//   in:  { id, text }
//   out: { id, phase: "loading" | "analysing" }, then { id, result: { html, analysis }, ms }
//        or { id, error }
import init, { highlightWithAnalysis } from "./pkg/article_highlighter.js";

let ready = null;

self.onmessage = async ({ data: { id, text } }) => {
  try {
    if (!ready) {
      self.postMessage({ id, phase: "loading" });
      ready = init();
    }
    await ready;
    self.postMessage({ id, phase: "analysing" });
    const t0 = performance.now();
    const result = highlightWithAnalysis(text);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e) });
  }
};
