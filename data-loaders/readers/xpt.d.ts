import type { Dataset } from "./types.ts";
import { type XptLibraryHeader } from "./xpt-header.ts";
/**
 * How character bytes become text. XPT v5 does not record its encoding, so the reader does not
 * assume one: with the default `"ascii"` any byte above 0x7F stops the read with an error naming
 * the cell, and the caller must say which encoding the file was written in.
 * - `"windows-1252"`: SAS on Windows (`wlatin1`), e.g. the CDISC pilot's TS (`Alzheimer’s`); the
 *   five bytes it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are an error.
 * - `"utf-8"`: files written by R haven or SAS in a UTF-8 session; invalid sequences are an error.
 * - `"latin1"`: one character per byte (U+0000-U+00FF); never fails, preserves the bytes exactly.
 */
export type XptEncoding = "ascii" | "windows-1252" | "utf-8" | "latin1";
export interface XptReadOptions {
    /** Character encoding of values and labels (default `"ascii"`: any other byte is an error). */
    encoding?: XptEncoding;
}
/** Descriptor fields of a member beyond the common {@link Dataset} shape. */
export interface XptMemberInfo {
    /** Dataset type from the member header (usually `""`). */
    type: string;
    sasVersion: string;
    operatingSystem: string;
    /** As written, `ddMMMyy:hh:mm:ss`. */
    created: string;
    modified: string;
    /** 140, or 136 for VAX/VMS. */
    namestrLength: number;
    /** Byte offset of the member's first observation. */
    dataPosition: number;
}
/** One member (dataset) of an XPT file. */
export type XptMember = Dataset & {
    xpt: XptMemberInfo;
};
/** A whole XPT file: its library header and every member, in file order. */
export interface XptFile {
    file: string;
    library: XptLibraryHeader;
    members: XptMember[];
}
/** Reads an XPT file from disk: see {@link parseXpt}. */
export declare function readXpt(file: string, options?: XptReadOptions): XptFile;
/**
 * Reads the one member of an XPT file, or the member named `options.member`. A file with several
 * members and no member named is an error rather than a guess at which one was meant.
 */
export declare function readXptDataset(file: string, options?: XptReadOptions & {
    member?: string;
}): XptMember;
/** The member named `member`, or the only member when `member` is not given. */
export declare function selectMember(xpt: XptFile, member?: string): XptMember;
/**
 * Parses the bytes of an XPT v5 file.
 *
 * @param bytes the whole file
 * @param file the name to use in error messages and `source.file`
 * @param options character encoding (see {@link XptEncoding})
 * @throws ReaderError when the file breaks TS-140: length not a multiple of 80, a header record
 *   missing or malformed, an inconsistent namestr, a member whose data ends inside an
 *   observation (truncation), or a byte the encoding cannot decode
 */
export declare function parseXpt(bytes: Uint8Array, file: string, options?: XptReadOptions): XptFile;
