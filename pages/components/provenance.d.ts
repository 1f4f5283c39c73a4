/**
 * Snapshot provenance: which files, which loader and which generator produced the numbers on a
 * page, and an in-browser check that the Parquet bytes the page read are the bytes the loader
 * recorded (SHA-256 via the Web Crypto API; nothing is sent anywhere).
 */
export interface SnapshotMember {
    name: string;
    sha256: string;
    rows?: number;
    bytes?: number;
}
export interface SnapshotRecord {
    members: SnapshotMember[];
    [key: string]: unknown;
}
interface AttachmentLike {
    arrayBuffer(): Promise<ArrayBuffer>;
}
export type Verification = Promise<Record<string, {
    expected: string;
    actual: string;
    ok: boolean;
}>>;
export declare function sha256Hex(buffer: ArrayBuffer): Promise<string>;
/** Recompute the SHA-256 of each attached member and compare it with the snapshot record. */
export declare function verifySnapshotHashes(snapshot: SnapshotRecord, files: Record<string, AttachmentLike>): Verification;
/** A table of the snapshot's metadata and members, with a verification badge per checked member. */
export declare function provenanceTable(snapshot: SnapshotRecord, verification?: Verification): HTMLElement;
export {};
