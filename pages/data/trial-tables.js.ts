/**
 * The trial-tables code as one ES module for the pages (`/data/trial-tables.js`):
 * `src/analysis/trial-tables/study-trial-tables.ts` (the function the pipeline's `trial-tables`
 * step runs) bundled with the estimators' compiled `estimators/dist`, the same file Node imports.
 * The tables carry study knowledge and live under `src/analysis/`, outside Framework's root, which
 * refuses such imports; the page imports this module by its URL
 * (`await import(await FileAttachment("/data/trial-tables.js").url())`).
 */
import { fileURLToPath } from "node:url";
import { writeBrowserModule } from "../../src/build/browser-module.ts";

await writeBrowserModule("trial-tables.js", {
  entry: fileURLToPath(new URL("../../src/analysis/trial-tables/study-trial-tables.ts", import.meta.url)),
  workingDir: fileURLToPath(new URL("../..", import.meta.url)),
  // Minified (about 300 kB to a third): the page loads it on every study-month. The unit test
  // tests/pages/trial-tables-view.test.ts runs this very output against the step's code.
  minify: true,
});
