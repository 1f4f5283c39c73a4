/**
 * `serve.mjs`, the archive's one-line offline server: the project's static server
 * (`src/build/serve.ts`: 127.0.0.1 only, clean URLs, application/wasm) bundled by esbuild into one
 * dependency-free file. A banner makes `node serve.mjs [--port N]` serve the `site/` folder next
 * to the script, wherever it is run from.
 */
import path from "node:path";
import { build } from "esbuild";
const BANNER = [
    "// Offline server of an archived report: `node serve.mjs [--port N]` serves ./site/ on 127.0.0.1.",
    'import { fileURLToPath as __archiveSitePath } from "node:url";',
    "{",
    "  const args = process.argv.slice(2);",
    '  const portAt = args.indexOf("--port");',
    '  if (!args.some((a, i) => !a.startsWith("--") && (portAt < 0 || i !== portAt + 1))) process.argv.push(__archiveSitePath(new URL("./site/", import.meta.url)));',
    "}",
].join("\n");
export async function writeServeBundle(projectRoot, outFile) {
    await build({
        entryPoints: [path.join(projectRoot, "src", "build", "serve.ts")],
        outfile: outFile,
        bundle: true,
        platform: "node",
        format: "esm",
        target: "node18",
        banner: { js: BANNER },
        legalComments: "none",
        logLevel: "silent",
    });
}
