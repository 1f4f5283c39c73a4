/**
 * The keys of the build's artifacts. A key is the SHA-256 of everything a step reads:
 *   - its code: every project source file its module imports (found by esbuild's metafile, so a
 *     change anywhere in what the step runs changes the key, and a change elsewhere does not), the
 *     bundled estimator and foundation libraries, package-lock.json and the Node version;
 *   - its data: for a snapshot, the study's registry entry and the bytes of every source file
 *     (the CDISC pilot's directory, a bring-your-own study's config and the files it names); for a
 *     later step, the keys of the artifacts it reads.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { projectRoot } from "../foundation/cdisc-pilot.ts";
import type { StudyConfig } from "../foundation/study-config.ts";

/** JSON with object keys sorted, so that the same value always hashes the same. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sha256(...parts: Array<string | Uint8Array>): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p).update("\0");
  return hash.digest("hex");
}

const codeCache = new Map<string, string>();

/**
 * SHA-256 of the code a step module runs: the project files it imports (transitively), the built
 * `@trial/*` workspace libraries it imports, package-lock.json and the Node version.
 */
export async function codeFingerprint(moduleFile: string): Promise<string> {
  const cached = codeCache.get(moduleFile);
  if (cached) return cached;
  const result = await build({
    entryPoints: [moduleFile],
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    logLevel: "silent",
    plugins: [
      {
        name: "external-packages",
        setup(b) {
          // npm packages are pinned by package-lock.json; the workspace libraries are code of ours.
          b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@trial/") ? undefined : { path: args.path, external: true }));
        },
      },
    ],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = createHash("sha256");
  for (const input of inputs) {
    const file = path.resolve(projectRoot, input);
    hash.update(path.relative(projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  hash.update(readFileSync(path.join(projectRoot, "package-lock.json"))).update(process.version);
  const digest = hash.digest("hex");
  codeCache.set(moduleFile, digest);
  return digest;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

/** The study's registry entry without machine-specific paths (the source files are hashed instead). */
function portableConfig(config: StudyConfig): unknown {
  // The list of published data cuts is left out: a month's snapshot does not depend on which other
  // months are published (snapshot.json does not record them), so a new data cut of a study keeps
  // every earlier month's artifacts and builds only what is new.
  const { source, dataCuts: _dataCuts, ...rest } = config;
  const { dir: _dir, configFile: _configFile, ...portableSource } = source as unknown as Record<string, unknown>;
  return { ...rest, source: portableSource };
}

/** SHA-256 of a study's source: its registry entry and the bytes of its input files. */
export function sourceFingerprint(config: StudyConfig): string {
  const hash = createHash("sha256")
    .update(stableJson(portableConfig(config)))
    .update("\0");
  const add = (root: string, files: string[]) => {
    for (const file of files) {
      const bytes = readFileSync(file);
      hash
        .update(path.relative(root, file))
        .update("\0")
        .update(String(statSync(file).size))
        .update("\0")
        .update(bytes)
        .update("\0");
    }
  };
  if (config.source.kind === "cdisc") add(config.source.dir, filesUnder(config.source.dir));
  if (config.source.kind === "byo") {
    const configFile = config.source.configFile;
    const dir = path.dirname(configFile);
    const parsed = JSON.parse(readFileSync(configFile, "utf-8")) as { files?: Record<string, { path?: string }> };
    const named = Object.values(parsed.files ?? {}).flatMap((f) => (typeof f?.path === "string" ? [path.resolve(dir, f.path)] : []));
    add(dir, [configFile, ...named.sort()]);
  }
  return hash.digest("hex");
}
