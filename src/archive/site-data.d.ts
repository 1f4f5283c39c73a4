export declare function siteSnapshotMismatches(siteDir: string, dataDir: string, study: string, month: string): Promise<string[]>;
