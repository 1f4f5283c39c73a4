import type { AnalysisSource } from "./types.ts";
export interface VerifyReport {
    folder: string;
    ok: boolean;
    /** What was checked and held. */
    passed: string[];
    /** What failed, each naming the file (empty when ok). */
    problems: string[];
}
export interface VerifyOptions {
    analysis?: AnalysisSource;
    /** Re-run the analysis (default true); the listing of `archive:serve` checks hashes only. */
    recompute?: boolean;
}
export declare function verifyArchive(folderArg: string, options?: VerifyOptions): Promise<VerifyReport>;
