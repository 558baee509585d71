// The set-up every end-to-end test file shares: the static server and Chromium, started
// before its tests and closed after them.
import { before, after } from "node:test";
import { serve, launch } from "./helpers.mjs";

/**
 * Serves www/ and launches Chromium before the file's tests, then runs `setUp({ server,
 * chrome })` if given; closes both after the tests. Returns the object that holds `server`
 * and `chrome` while the tests run.
 */
export function serveAndLaunch(setUp) {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.chrome = await launch();
    await setUp?.(env);
  });
  after(async () => {
    await env.chrome?.close();
    await env.server?.close();
  });
  return env;
}
