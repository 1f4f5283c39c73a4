export declare function modelCacheDir(): string;
/** SHA-256 of the training code: src/models/*.ts, estimators/src/*.ts and package-lock.json. */
export declare function trainingCodeHash(): string;
/** The cache key of a study-month's models: its snapshot members' bytes and the training code. */
export declare function modelCacheKey(study: string, month: string, members: ReadonlyArray<{
    name: string;
    bytes: Uint8Array;
}>): string;
/** The cached value of `key`, or `compute()`'s, stored for next time. */
export declare function cachedJson<T>(key: string, compute: () => Promise<T>): Promise<T>;
