/**
 * The trial-tables code as one ES module for the pages (`/data/trial-tables.js`): esbuild bundles
 * `src/analysis/trial-tables/study-trial-tables.ts` (the function the pipeline's `trial-tables`
 * step runs) with the estimators' compiled `estimators/dist`, the same file Node imports. The
 * tables carry study knowledge and live under `src/analysis/`, outside Framework's root, which
 * refuses such imports; a loader output is a file of the site, so the page imports this module by
 * its URL (`await import(await FileAttachment("/data/trial-tables.js").url())`), offline.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const entry = fileURLToPath(new URL("../../src/analysis/trial-tables/study-trial-tables.ts", import.meta.url));
const result = await build({
  entryPoints: [entry],
  // Paths in the bundle's comments relative to the project root, so the bytes do not depend on
  // where the checkout is.
  absWorkingDir: fileURLToPath(new URL("../..", import.meta.url)),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  write: false,
  // Minified (about 300 kB to a third): the page loads it on every study-month. The unit test
  // tests/pages/trial-tables-view.test.ts runs this very output against the step's code.
  minify: true,
  legalComments: "none",
  logLevel: "silent",
});
const out = result.outputFiles[0];
if (out === undefined) throw new Error("trial-tables.js: esbuild produced no output");
process.stdout.write(out.contents);
