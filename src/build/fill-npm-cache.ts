/**
 * Fills Observable Framework's npm cache from `node_modules`, so that `observable build` (and
 * `observable preview`) never touches the network and every browser library is exactly the
 * version in `package-lock.json`.
 *
 * Framework resolves `npm:NAME` to `/_npm/NAME@VERSION/_esm.js` and, before fetching anything from
 * the CDN, looks for that file under `<root>/.observablehq/cache/_npm/`; a version directory that
 * exists there also answers the "which version?" question without asking the registry
 * (`node_modules/@observablehq/framework/dist/npm.js`: `populateNpmCache`, `resolveNpmVersion`).
 * Cached files are used as they are: Framework only parses them for imports, and relative imports
 * between cached packages (`../apache-arrow@17.0.0/_esm.js`) become ordinary local imports that the
 * build copies and content-hashes (`resolvers.js`: `resolveNpmImports`; `build.js`).
 *
 * For each package of `BROWSER_PACKAGES` this writes
 *   - `_esm.js`: one minified ESM bundle of the package's browser entry, made by esbuild, with the
 *     package's own dependencies inlined, except imports of another listed package, which stay
 *     imports of that package's bundle by relative path. This keeps one shared copy of
 *     apache-arrow (two copies make DuckDB-WASM's Arrow table registration fail silently) and of
 *     d3, d3-dsv, htl and isoformat;
 *   - `package.json` and the non-JS files the Framework client requests (WASM, workers).
 * Everything else under `_npm/` (other versions, packages fetched from a CDN by an earlier,
 * networked run) is removed, so a page that imports an unlisted package fails the offline build
 * instead of silently pinning whatever the CDN served. `_node/` (Framework's bundles of workspace
 * packages such as `@trial/estimators`) is cleared on every run, since Framework never invalidates it.
 *
 * Idempotent and fast: a package is rebuilt only when its version, this script, the shared
 * versions it links to, package-lock.json or esbuild change (a stamp in each version directory
 * records that).
 *
 * Usage: `tsx src/build/fill-npm-cache.ts [pagesRoot]` (default `pages`).
 */
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { existsSync, readFileSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, version as esbuildVersion, type Plugin } from "esbuild";

/**
 * The browser libraries the site may import (implicitly, through Framework's standard library,
 * or explicitly with `npm:`). `files` are copied verbatim; they are the paths Framework requests
 * (`dist/libraries.js`: `getImplicitDownloads`; `client/stdlib/duckdb.js`, `fileAttachment.js`).
 */
export const BROWSER_PACKAGES: ReadonlyArray<{ name: string; files?: readonly string[] }> = [
  { name: "apache-arrow" },
  { name: "@duckdb/duckdb-wasm", files: ["dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js", "dist/duckdb-mvp.wasm", "dist/duckdb-browser-mvp.worker.js"] },
  { name: "parquet-wasm", files: ["esm/parquet_wasm_bg.wasm"] },
  { name: "d3" },
  { name: "d3-dsv" },
  { name: "@observablehq/plot" },
  // Framework serves `npm:@observablehq/inputs` from its standard library bundle, which it builds
  // from this same node_modules copy; the cached bundle serves versioned or deep `npm:` imports.
  { name: "@observablehq/inputs" },
  { name: "htl" },
  { name: "isoformat" },
  { name: "arquero" },
  // The prediction pages load the build's TF.js models and predict in the page (CPU backend).
  { name: "@tensorflow/tfjs" },
];

/**
 * Version of the placeholder directories made for the other libraries Framework's client code
 * names (`npm:react`, `npm:leaflet`, sample datasets ...). Framework resolves every `npm:` import
 * in its client bundle to a version, even the ones a page never uses, and asks the registry when
 * no version directory exists. An empty placeholder answers that question offline; a page that
 * really uses such a library makes the build try to download
 * `npm:NAME@0.0.0-not-in-node-modules/...` and fail, which says what to do: add it to
 * `BROWSER_PACKAGES` and to package.json.
 */
export const PLACEHOLDER_VERSION = "0.0.0-not-in-node-modules";

/** The package that must exist once in the browser (see the header). */
const SINGLE_COPY = "apache-arrow";

/** Bump when the output format changes, to force a rebuild of every package. */
const FORMAT_VERSION = 1;

const here = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.resolve(here, "..", "..");

export interface FilledPackage {
  name: string;
  version: string;
  /** `rebuilt` when the bundle was (re)written on this run, `fresh` when the stamp matched. */
  status: "rebuilt" | "fresh";
  bytes: number;
}

export interface FillResult {
  cacheDir: string;
  packages: FilledPackage[];
  /** Libraries given an empty placeholder version directory (see `PLACEHOLDER_VERSION`). */
  placeholders: string[];
  removed: string[];
  ms: number;
}

/** The version of `name` installed at the top of `node_modules`, checked against `package-lock.json`. */
export function installedVersion(name: string, root = projectRoot): string {
  const pkgFile = path.join(root, "node_modules", name, "package.json");
  if (!existsSync(pkgFile)) throw new Error(`fill-npm-cache: ${name} is not installed (${pkgFile} missing); run npm ci`);
  const { version } = JSON.parse(readFileSync(pkgFile, "utf-8")) as { version: string };
  const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf-8")) as {
    packages?: Record<string, { version?: string }>;
  };
  const locked = lock.packages?.[`node_modules/${name}`]?.version;
  if (locked === undefined) throw new Error(`fill-npm-cache: ${name} is not in package-lock.json (add it to package.json dependencies)`);
  if (locked !== version) {
    throw new Error(`fill-npm-cache: node_modules/${name} is ${version} but package-lock.json has ${locked}; run npm ci`);
  }
  return version;
}

/** Cache directory of a package version, e.g. `_npm/@duckdb/duckdb-wasm@1.29.0`. */
function versionDir(cacheDir: string, name: string, version: string): string {
  return path.join(cacheDir, "_npm", `${name}@${version}`);
}

/** Package name of a bare specifier: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The directory Node's resolution would find for package `name` imported from `importerDir`. */
function findPackageDir(name: string, importerDir: string): string | undefined {
  let dir = importerDir;
  for (;;) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * esbuild plugin: an import of another listed package, when it resolves to the same top-level
 * `node_modules` copy that the cache is filled from, becomes an external import of that package's
 * bundle by relative path. A nested (different) version is inlined like any other dependency.
 * A deep import (`apache-arrow/Arrow.dom`) of a listed package is refused: it would be a second copy.
 */
function sharedPackagesPlugin(self: string, versions: Map<string, string>, root: string): Plugin {
  const fromDir = path.posix.dirname(`/_npm/${self}@${versions.get(self)}/_esm.js`);
  return {
    name: "shared-browser-packages",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const name = packageName(args.path);
        const version = versions.get(name);
        if (version === undefined || name === self) return undefined;
        const found = findPackageDir(name, args.resolveDir);
        if (found === undefined || realpathSync(found) !== realpathSync(path.join(root, "node_modules", name))) return undefined;
        if (args.path !== name) {
          return { errors: [{ text: `deep import "${args.path}" of shared package ${name} from ${args.importer}: add a bundle for it or import the package root` }] };
        }
        const target = `/_npm/${name}@${version}/_esm.js`;
        return { path: path.posix.relative(fromDir, target), external: true };
      });
    },
  };
}

async function bundlePackage(name: string, versions: Map<string, string>, root: string): Promise<string> {
  // The package name as entry point: esbuild resolves it like an import (browser conditions) and
  // keeps every export, `default` included (parquet-wasm's init function is its default export).
  const result = await build({
    entryPoints: [name],
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2022"],
    minify: true,
    legalComments: "inline",
    write: false,
    metafile: true,
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [sharedPackagesPlugin(name, versions, root)],
  });
  // Arrow must be one copy in the browser, whatever version a dependency asks for.
  if (name !== SINGLE_COPY) {
    const inlined = Object.keys(result.metafile.inputs).filter((file) => file.includes(`node_modules/${SINGLE_COPY}/`));
    if (inlined.length > 0) {
      throw new Error(`fill-npm-cache: the ${name} bundle would contain its own copy of ${SINGLE_COPY} (${inlined[0]}); align its version with package.json`);
    }
  }
  const output = result.outputFiles[0];
  if (!output) throw new Error(`fill-npm-cache: esbuild produced no output for ${name}`);
  return `/* ${name}@${versions.get(name)} bundled from node_modules by src/build/fill-npm-cache.ts (esbuild ${esbuildVersion}) */\n${output.text}`;
}

/**
 * Libraries named by `npm:` specifiers in Framework's client code (what its client bundle
 * resolves) that are neither in `BROWSER_PACKAGES` nor Framework built-ins (`npm:@observablehq/duckdb` ...).
 */
export function unbundledClientLibraries(root = projectRoot): string[] {
  const clientDir = path.join(root, "node_modules", "@observablehq", "framework", "dist", "client");
  const builtins = new Set([
    "@observablehq/runtime",
    "@observablehq/stdlib",
    "@observablehq/dot",
    "@observablehq/duckdb",
    "@observablehq/inputs",
    "@observablehq/mermaid",
    "@observablehq/tex",
    "@observablehq/sqlite",
  ]);
  const bundled = new Set(BROWSER_PACKAGES.map((p) => p.name));
  const names = new Set<string>();
  for (const file of readdirSync(clientDir, { recursive: true, encoding: "utf-8" })) {
    if (!file.endsWith(".js")) continue;
    for (const match of readFileSync(path.join(clientDir, file), "utf-8").matchAll(/["']npm:([^"']+)["']/g)) {
      const name = packageName(match[1]!);
      if (!bundled.has(name) && !builtins.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

async function sha256File(file: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(file))
    .digest("hex");
}

/** Fills `<pagesRoot>/.observablehq/cache/_npm` and clears `_node`. */
export async function fillNpmCache(pagesRoot = path.join(projectRoot, "pages"), root = projectRoot): Promise<FillResult> {
  const start = performance.now();
  const cacheDir = path.join(pagesRoot, ".observablehq", "cache");
  const npmDir = path.join(cacheDir, "_npm");
  const versions = new Map(BROWSER_PACKAGES.map(({ name }) => [name, installedVersion(name, root)] as const));
  const scriptHash = await sha256File(fileURLToPath(import.meta.url));
  // Inlined dependencies (flechette in arquero, ...) are not in `versions`: the lockfile covers them.
  const lockHash = await sha256File(path.join(root, "package-lock.json"));

  // Framework caches bundles of bare (workspace) imports here and never invalidates them.
  await rm(path.join(cacheDir, "_node"), { recursive: true, force: true });

  // Remove anything under _npm that this script does not own: other versions, CDN downloads.
  const placeholders = unbundledClientLibraries(root);
  const keep = new Set([...[...versions].map(([name, version]) => `${name}@${version}`), ...placeholders.map((name) => `${name}@${PLACEHOLDER_VERSION}`)]);
  const removed: string[] = [];
  await mkdir(npmDir, { recursive: true });
  for (const entry of await readdir(npmDir)) {
    const entries = entry.startsWith("@") ? (await readdir(path.join(npmDir, entry))).map((sub) => `${entry}/${sub}`) : [entry];
    for (const e of entries) {
      if (keep.has(e)) continue;
      await rm(path.join(npmDir, e), { recursive: true, force: true });
      removed.push(e);
    }
    if (entry.startsWith("@") && (await readdir(path.join(npmDir, entry))).length === 0) await rm(path.join(npmDir, entry), { recursive: true });
  }

  for (const name of placeholders) {
    const dir = versionDir(cacheDir, name, PLACEHOLDER_VERSION);
    await mkdir(dir, { recursive: true });
    // Remove any file a networked run may have put there: the placeholder must stay empty.
    for (const entry of await readdir(dir)) await rm(path.join(dir, entry), { recursive: true, force: true });
  }

  const packages: FilledPackage[] = [];
  for (const { name, files = [] } of BROWSER_PACKAGES) {
    const version = versions.get(name)!;
    const dir = versionDir(cacheDir, name, version);
    const pkgDir = path.join(root, "node_modules", name);
    const stampFile = path.join(dir, ".fill-npm-cache.json");
    const fingerprint = JSON.stringify({ FORMAT_VERSION, name, version, files, scriptHash, lockHash, esbuildVersion, shared: [...versions] });
    const outputs = ["_esm.js", "package.json", ...files];
    const stamp = existsSync(stampFile) ? await readFile(stampFile, "utf-8") : "";
    if (stamp === fingerprint && outputs.every((f) => existsSync(path.join(dir, f)))) {
      packages.push({ name, version, status: "fresh", bytes: (await stat(path.join(dir, "_esm.js"))).size });
      continue;
    }
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const code = await bundlePackage(name, versions, root);
    await writeFile(path.join(dir, "_esm.js"), code);
    await copyFile(path.join(pkgDir, "package.json"), path.join(dir, "package.json"));
    for (const file of files) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await copyFile(path.join(pkgDir, file), path.join(dir, file));
    }
    await writeFile(stampFile, fingerprint);
    packages.push({ name, version, status: "rebuilt", bytes: Buffer.byteLength(code) });
  }
  return { cacheDir, packages, placeholders, removed, ms: Math.round(performance.now() - start) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pagesRoot = path.resolve(process.argv[2] ?? path.join(projectRoot, "pages"));
  fillNpmCache(pagesRoot).then(
    (r) => {
      for (const p of r.packages) console.log(`npm cache ${p.status.padEnd(7)} ${p.name}@${p.version} (${(p.bytes / 1024).toFixed(0)} KiB)`);
      console.log(`npm cache placeholders (${PLACEHOLDER_VERSION}, not servable): ${r.placeholders.join(", ")}`);
      for (const e of r.removed) console.log(`npm cache removed ${e} (not from node_modules)`);
      console.log(`npm cache filled from node_modules in ${r.ms} ms: ${r.cacheDir}/_npm`);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
