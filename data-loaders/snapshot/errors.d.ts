/** An error of the snapshot loader that is not a contract violation (unknown study or month). */
export declare class SnapshotError extends Error {
    readonly study: string;
    readonly month: string;
    readonly rule: string;
    constructor(study: string, month: string, rule: string);
}
