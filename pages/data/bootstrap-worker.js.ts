/**
 * The bootstrap Web Worker as one self-contained ES module (`/data/bootstrap-worker.js`): esbuild
 * bundles `pages/components/bootstrap-worker-main.ts` with the estimators (their compiled
 * `estimators/dist`, the same code the pages import). Framework does not bundle worker scripts
 * itself; a loader output is a file of the site, so the worker is served from the site's origin
 * and works offline. Pages get its URL with `FileAttachment("/data/bootstrap-worker.js").url()`.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../components/bootstrap-worker-main.ts", import.meta.url));
const result = await build({
  entryPoints: [entry],
  // Paths in the bundle's comments are relative to the pages root, so the bytes do not depend on
  // where the root is (a sharded build renders from copies of it: src/build/sharded-pages.ts).
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  legalComments: "none",
  logLevel: "silent",
});
const out = result.outputFiles[0];
if (out === undefined) throw new Error("bootstrap-worker.js: esbuild produced no output");
process.stdout.write(out.contents);
