export declare const LEDGER_FILE = "ledger.jsonl";
export interface LedgerEntry {
    study: string;
    month: string;
    revision: number;
    /** Folder relative to the archive root: `SYN-CONF-C/2026-02-r1`. */
    folder: string;
    sequence: number;
    manifestSha256: string;
    publishedAt: string;
    override: boolean;
}
export declare function readLedger(root: string): Promise<LedgerEntry[]>;
export declare function appendLedger(root: string, entry: LedgerEntry): Promise<void>;
/** The study's entries in publication order. */
export declare function studyEntries(ledger: LedgerEntry[], study: string): LedgerEntry[];
/** The folder name of a publication: `2026-02` for revision 0, `2026-02-r2` for revision 2. */
export declare function folderName(month: string, revision: number): string;
