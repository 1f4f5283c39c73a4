/**
 * Bundles the estimator library into one self-contained ES module, `dist/index.js` (run after
 * `tsc`, which writes the type declarations): its stdlib dependencies (about 200 small CommonJS
 * packages) are inlined, so that Node (the build) and the pages (Framework serves the package as
 * one `/_node/@trial/estimators@…/index.js`) run the very same file, and a page makes one request
 * for it instead of one per stdlib package.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
await build({
  entryPoints: [`${here}src/index.ts`],
  outfile: `${here}dist/index.js`,
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
});
