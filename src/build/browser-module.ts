/**
 * One self-contained ES module for the browser, bundled by esbuild from a TypeScript entry with
 * everything it imports (the estimators' compiled `estimators/dist` included), written to stdout
 * by a page data loader (`pages/data/*.js.ts`): a loader's output is a file of the site, so the
 * module is served from the site's origin and works offline. Used where Framework cannot bundle
 * the code itself: a Web Worker script, and code outside Framework's root (src/analysis/).
 *
 * Paths in the bundle's comments are relative to `workingDir`, so the bytes do not depend on where
 * the checkout (or a sharded build's copy of the pages root, src/build/sharded-pages.ts) is.
 */
import { build } from "esbuild";

export async function writeBrowserModule(name: string, options: { entry: string; workingDir: string; minify?: boolean }): Promise<void> {
  const result = await build({
    entryPoints: [options.entry],
    absWorkingDir: options.workingDir,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    minify: options.minify ?? false,
    legalComments: "none",
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error(`${name}: esbuild produced no output`);
  process.stdout.write(out.contents);
}
