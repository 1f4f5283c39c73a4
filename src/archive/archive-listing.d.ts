import { type IndexEntry } from "./index-page.ts";
export declare function archiveEntries(root: string): Promise<IndexEntry[]>;
export declare function refreshArchiveIndex(root: string, generatedAt: string, statuses?: ReadonlyMap<string, {
    ok: boolean;
    summary: string;
}>): Promise<IndexEntry[]>;
