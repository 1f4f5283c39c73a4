import type { SourceFileRecord } from "./prepared-snapshot.ts";
/**
 * @param files absolute paths of the files read
 * @param base the directory paths are recorded relative to (so that the record does not depend on
 *   where the data sits on this machine)
 */
export declare function sourceFileRecords(files: readonly string[], base: string): SourceFileRecord[];
