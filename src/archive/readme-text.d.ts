/** README.txt of an archive folder: what the folder holds and the reviewer's steps, in plain text. */
import type { PublicationRecord } from "./types.ts";
export declare function archiveReadme(p: PublicationRecord, pdfs: string[]): string;
