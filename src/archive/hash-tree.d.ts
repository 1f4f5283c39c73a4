import type { HashedFile } from "./types.ts";
export declare function sha256File(file: string): Promise<string>;
/** Relative paths of every regular file under `root`, sorted; symbolic links are refused. */
export declare function listFiles(root: string): Promise<string[]>;
/** Hashes every file under `root` except the relative paths in `exclude`. */
export declare function hashTree(root: string, exclude?: ReadonlySet<string>): Promise<HashedFile[]>;
