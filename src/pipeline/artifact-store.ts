/**
 * The content-addressed store of the build's data steps: every artifact (a step's output for one
 * study-month) lives in `<store>/<step>/<study>/<month>/<key>/`, where the key is the SHA-256 of
 * everything the step reads (fingerprints.ts). Steps are deterministic, so an artifact found under
 * its key is what a fresh run would write: a warm build reuses it, and a new data cut or a code
 * change misses only the keys it changes.
 *
 * Writes are atomic: a step writes into a temporary folder of the store and renames it into place
 * (a half-written artifact never has a key's name); `meta.json` records the key, the step's
 * seconds and the files with their SHA-256.
 *
 * Location: $TRIAL_CACHE_DIR, default `.cache/pipeline/` at the project root (git-ignored).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { projectRoot } from "../foundation/cdisc-pilot.ts";

export interface ArtifactFile {
  /** Relative path inside the artifact, `/`-separated (e.g. `models/dropout.json`). */
  name: string;
  bytes: Uint8Array;
}

export interface ArtifactMeta {
  step: string;
  study: string;
  month: string;
  key: string;
  seconds: number;
  cpuSeconds: number;
  files: Array<{ name: string; sha256: string; bytes: number }>;
}

export function storeRoot(): string {
  return process.env.TRIAL_CACHE_DIR ?? path.join(projectRoot, ".cache", "pipeline");
}

export function artifactDir(step: string, study: string, month: string, key: string): string {
  return path.join(storeRoot(), step, study, month, key);
}

export function hasArtifact(dir: string): boolean {
  return existsSync(path.join(dir, "meta.json"));
}

export async function readMeta(dir: string): Promise<ArtifactMeta> {
  return JSON.parse(await readFile(path.join(dir, "meta.json"), "utf-8")) as ArtifactMeta;
}

/** The files of an artifact, as its meta.json lists them. */
export async function readArtifact(dir: string): Promise<ArtifactFile[]> {
  const meta = await readMeta(dir);
  return Promise.all(meta.files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await readFile(path.join(dir, ...f.name.split("/")))) })));
}

/** Writes an artifact atomically; if another process wrote the same key first, keeps theirs (the same bytes). */
export async function writeArtifact(dir: string, meta: Omit<ArtifactMeta, "files">, files: readonly ArtifactFile[]): Promise<void> {
  await mkdir(path.dirname(dir), { recursive: true });
  const tmp = await mkdtemp(path.join(path.dirname(dir), ".tmp-"));
  try {
    for (const f of files) {
      if (f.name === "meta.json" || f.name.split("/").some((p) => p === "" || p === "." || p === ".."))
        throw new Error(`artifact file name ${JSON.stringify(f.name)} is not allowed`);
      const file = path.join(tmp, ...f.name.split("/"));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, f.bytes);
    }
    const full: ArtifactMeta = { ...meta, files: files.map((f) => ({ name: f.name, sha256: createHash("sha256").update(f.bytes).digest("hex"), bytes: f.bytes.length })) };
    await writeFile(path.join(tmp, "meta.json"), `${JSON.stringify(full, null, 2)}\n`);
    if (hasArtifact(dir)) return;
    try {
      await rename(tmp, dir);
    } catch (error) {
      // Another process wrote this key meanwhile (the same bytes): keep theirs.
      if (!hasArtifact(dir)) throw error;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Removes the older keys of each (step, study, month), keeping the `keep` most recently written. */
export async function pruneStore(keep = 2): Promise<number> {
  let removed = 0;
  const root = storeRoot();
  const list = async (dir: string) => (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name);
  for (const step of await list(root)) {
    for (const study of await list(path.join(root, step))) {
      for (const month of await list(path.join(root, step, study))) {
        const base = path.join(root, step, study, month);
        const keys: Array<{ key: string; mtime: number }> = [];
        for (const key of await list(base)) {
          const info = await stat(path.join(base, key, "meta.json")).catch(() => null);
          keys.push({ key, mtime: info ? info.mtimeMs : -1 });
        }
        keys.sort((a, b) => b.mtime - a.mtime);
        for (const old of keys.slice(keep)) {
          await rm(path.join(base, old.key), { recursive: true, force: true });
          removed++;
        }
      }
    }
  }
  return removed;
}
