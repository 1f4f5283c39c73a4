import type { LedgerEntry } from "./ledger.ts";
import type { Manifest } from "./types.ts";
export interface IndexEntry {
    entry: LedgerEntry;
    manifest: Manifest | null;
    /** Result of the latest verification, when one was run for this listing. */
    status?: {
        ok: boolean;
        summary: string;
    };
}
export declare function archiveIndexHtml(entries: IndexEntry[], generatedAt: string): string;
export declare function writeArchiveIndex(root: string, entries: IndexEntry[], generatedAt: string): Promise<void>;
