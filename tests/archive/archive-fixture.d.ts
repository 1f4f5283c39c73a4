import type { Manifest } from "../../src/archive/types.ts";
export declare const projectRoot: string;
export declare const tempArchiveRoot: (label: string) => Promise<string>;
/** Flips the bits of the byte at `offset` (from the end when negative); returns a restore function. */
export declare function flipByte(file: string, offset?: number): Promise<() => Promise<void>>;
/** Rewrites manifest.json, its seal and its ledger line consistently; returns a restore function. */
export declare function forgeManifest(root: string, folder: string, change: (m: Manifest) => void): Promise<() => Promise<void>>;
