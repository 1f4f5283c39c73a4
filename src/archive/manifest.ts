/**
 * manifest.json of an archive folder: written once as pretty JSON with a trailing newline, sealed
 * by `manifest.json.sha256` (sha256sum format) beside it and by the archive root's ledger. The
 * manifest's SHA-256 is over its exact bytes; that is what the next month's manifest chains to.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256File } from "./hash-tree.ts";
import { SIGNATURES_FILE } from "./signatures/signatures-file.ts";
import type { Manifest } from "./types.ts";

export const MANIFEST_FILE = "manifest.json";
export const SEAL_FILE = "manifest.json.sha256";
/**
 * Files of a folder that the manifest cannot list: itself, its seal, and the signatures over it
 * (added after publication; each binds itself to the manifest's SHA-256, see signatures-file.ts).
 */
export const UNLISTED_FILES: ReadonlySet<string> = new Set([MANIFEST_FILE, SEAL_FILE, SIGNATURES_FILE]);

export function manifestBytes(manifest: Manifest): Buffer {
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf-8");
}

/** Writes manifest.json and its seal; returns the manifest's SHA-256. */
export async function writeManifest(folder: string, manifest: Manifest): Promise<string> {
  await writeFile(path.join(folder, MANIFEST_FILE), manifestBytes(manifest));
  const sha256 = await sha256File(path.join(folder, MANIFEST_FILE));
  await writeFile(path.join(folder, SEAL_FILE), `${sha256}  ${MANIFEST_FILE}\n`);
  return sha256;
}

/** Reads and parses manifest.json; an unreadable or non-JSON manifest is an error naming the file. */
export async function readManifest(folder: string): Promise<Manifest> {
  const file = path.join(folder, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, "utf-8");
  } catch (error) {
    throw new Error(`${file}: cannot be read (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const manifest = parsed as Partial<Manifest>;
  if (manifest.format !== "trial-archive-manifest/1" || !Array.isArray(manifest.files) || !manifest.publication) {
    throw new Error(`${file}: not a trial archive manifest (format "trial-archive-manifest/1" with publication and files expected)`);
  }
  return parsed as Manifest;
}

/** The SHA-256 recorded in `manifest.json.sha256`, or null when the seal is missing or malformed. */
export async function readSeal(folder: string): Promise<string | null> {
  try {
    const match = /^([0-9a-f]{64}) {2}manifest\.json\n?$/.exec(await readFile(path.join(folder, SEAL_FILE), "utf-8"));
    return match ? (match[1] as string) : null;
  } catch {
    return null;
  }
}

/** The date `years` calendar years after an ISO timestamp, as `YYYY-MM-DD` (UTC). */
export function addYears(iso: string, years: number): string {
  const date = new Date(iso);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}
