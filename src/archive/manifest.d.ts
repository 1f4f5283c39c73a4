import type { Manifest } from "./types.ts";
export declare const MANIFEST_FILE = "manifest.json";
export declare const SEAL_FILE = "manifest.json.sha256";
/** Files of a folder that the manifest cannot list (itself and its seal). */
export declare const UNLISTED_FILES: ReadonlySet<string>;
export declare function manifestBytes(manifest: Manifest): Buffer;
/** Writes manifest.json and its seal; returns the manifest's SHA-256. */
export declare function writeManifest(folder: string, manifest: Manifest): Promise<string>;
/** Reads and parses manifest.json; an unreadable or non-JSON manifest is an error naming the file. */
export declare function readManifest(folder: string): Promise<Manifest>;
/** The SHA-256 recorded in `manifest.json.sha256`, or null when the seal is missing or malformed. */
export declare function readSeal(folder: string): Promise<string | null>;
/** The date `years` calendar years after an ISO timestamp, as `YYYY-MM-DD` (UTC). */
export declare function addYears(iso: string, years: number): string;
