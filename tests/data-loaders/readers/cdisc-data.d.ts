/** The repository root (this file is tests/data-loaders/readers/cdisc-data.ts). */
export declare const repoRoot: string;
/** The CDISC pilot data directory; throws when it is absent. */
export declare function cdiscDataDir(): string;
