/**
 * The bootstrap Web Worker as one self-contained ES module (`/data/bootstrap-worker.js`):
 * `pages/components/bootstrap-worker-main.ts` bundled with the estimators (their compiled
 * `estimators/dist`, the same code the pages import). Framework does not bundle worker scripts
 * itself. Pages get its URL with `FileAttachment("/data/bootstrap-worker.js").url()`.
 */
import { fileURLToPath } from "node:url";
import { writeBrowserModule } from "../../src/build/browser-module.ts";

await writeBrowserModule("bootstrap-worker.js", {
  entry: fileURLToPath(new URL("../components/bootstrap-worker-main.ts", import.meta.url)),
  // Relative to the pages root (a sharded build renders from copies of it).
  workingDir: fileURLToPath(new URL("..", import.meta.url)),
});
