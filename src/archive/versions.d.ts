/** Lockfile packages whose versions a reviewer needs to rebuild the report. */
export declare const RECORDED_PACKAGES: Readonly<Record<string, string>>;
export declare function recordedVersions(projectRoot: string): Promise<Record<string, string>>;
