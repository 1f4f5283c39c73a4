/** Every XPT record is this long, and so is the file a multiple of it. */
export declare const RECORD_LENGTH = 80;
export declare const LIBRARY_HEADER = "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!000000000000000000000000000000  ";
export declare const LIBV8_HEADER_PREFIX = "HEADER RECORD*******LIBV8   HEADER RECORD!!!!!!!";
export declare const MEMBER_HEADER_PREFIX = "HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!000000000000000001600000000";
export declare const DSCRPTR_HEADER = "HEADER RECORD*******DSCRPTR HEADER RECORD!!!!!!!000000000000000000000000000000  ";
export declare const NAMESTR_HEADER_PREFIX = "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!";
export declare const OBS_HEADER = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!000000000000000000000000000000  ";
/** Where a record starts and its text (bytes as Latin-1, so each byte is one character). */
export interface RawRecord {
    position: number;
    text: string;
}
/** Reads the 80-byte record at `position` as Latin-1 text. */
export declare function recordAt(bytes: Uint8Array, position: number): RawRecord;
/** Latin-1 text of `bytes[start, end)` with trailing blanks (and NULs) removed. */
export declare function trimmedLatin1(bytes: Uint8Array, start: number, end: number): string;
/** The library (file) header: the SAS version and OS that wrote it, and its date-times. */
export interface XptLibraryHeader {
    sasVersion: string;
    operatingSystem: string;
    /** As written, `ddMMMyy:hh:mm:ss` (e.g. `04APR12:22:16:21`). */
    created: string;
    modified: string;
}
/** Parses the first three records. */
export declare function parseLibraryHeader(bytes: Uint8Array, file: string): XptLibraryHeader;
/** Whether the record at `position` is a MEMBER header (the start of a new member). */
export declare function isMemberHeader(bytes: Uint8Array, position: number): boolean;
/** A member's descriptor: everything before its namestr records. */
export interface XptMemberHeader {
    /** Bytes per namestr record: 140, or 136 for files written on VAX/VMS. */
    namestrLength: number;
    name: string;
    label: string;
    /** Dataset type (usually blank). */
    type: string;
    sasVersion: string;
    operatingSystem: string;
    created: string;
    modified: string;
    variableCount: number;
}
/** Parses the member header starting at `position` (5 records: MEMBER, DSCRPTR, 2 data, NAMESTR). */
export declare function parseMemberHeader(bytes: Uint8Array, position: number, file: string): XptMemberHeader;
/** One namestr record: the metadata of a variable. */
export interface XptNamestr {
    /** 1 = numeric, 2 = character. */
    ntype: number;
    /** Length in the observation (bytes). */
    length: number;
    /** Variable number (1-based). */
    varnum: number;
    name: string;
    label: string;
    formatName: string;
    formatWidth: number;
    formatDecimals: number;
    /** 0 = left, 1 = right justification. */
    formatJustification: number;
    informatName: string;
    informatWidth: number;
    informatDecimals: number;
    /** Byte offset of the value in the observation. */
    position: number;
}
/** Parses the namestr at `position` (the 140-byte C struct of TS-140, big-endian). */
export declare function parseNamestr(bytes: Uint8Array, position: number): XptNamestr;
/**
 * A format spelled as ReadStat and R haven spell it: the name, then the width when non-zero, then
 * `.decimals` when the decimals are non-zero.
 *
 * @example
 * formatSpec("DATE", 9, 0) // => "DATE9"
 * formatSpec("", 8, 1) // => "8.1"
 * formatSpec("", 0, 0) // => ""
 */
export declare function formatSpec(name: string, width: number, decimals: number): string;
