import type { AnalysisSource, Manifest } from "./types.ts";
export declare const RETENTION_YEARS = 15;
export interface PublishOptions {
    study: string;
    month: string;
    analyst: string;
    archiveRoot: string;
    projectRoot: string;
    /** Publish despite failed analysis gates; the reason is recorded and shown. */
    override?: string;
    /** Publish a corrected report of an archived month as a new revision, for this reason. */
    revise?: string;
    /** Publish from a working tree with uncommitted changes (recorded in the manifest). */
    allowDirty?: boolean;
    analysis?: AnalysisSource;
    now?: () => Date;
    log?: (line: string) => void;
}
export interface Published {
    folder: string;
    manifestSha256: string;
    manifest: Manifest;
}
/** A publication that the rules forbid (as opposed to one that broke): the CLI exits 2. */
export declare class PublishRefused extends Error {
    name: string;
}
export declare function publish(options: PublishOptions): Promise<Published>;
