/**
 * The header records of a SAS transport file, version 5 (SAS technical note TS-140, "The record
 * layout of a data set in SAS transport (XPORT) format"). A file is a sequence of 80-byte records:
 *
 *   LIBRARY header, 2 library records (SAS version, OS, created and modified date-times), then per
 *   member: MEMBER header (namestr size 140, or 136 on VAX/VMS), DSCRPTR header, 2 member records
 *   (name, created; modified, label, type), NAMESTR header (variable count), one namestr per
 *   variable (padded with blanks to a record boundary), OBS header, then the observations (padded
 *   with blanks to a record boundary).
 *
 * Every parser here checks the record it reads and throws a {@link ReaderError} naming the byte
 * position, the record's text and the rule it broke.
 */
import { ReaderError } from "./errors.ts";

/** Every XPT record is this long, and so is the file a multiple of it. */
export const RECORD_LENGTH = 80;

export const LIBRARY_HEADER = "HEADER RECORD*******LIBRARY HEADER RECORD!!!!!!!000000000000000000000000000000  ";
export const LIBV8_HEADER_PREFIX = "HEADER RECORD*******LIBV8   HEADER RECORD!!!!!!!";
export const MEMBER_HEADER_PREFIX = "HEADER RECORD*******MEMBER  HEADER RECORD!!!!!!!000000000000000001600000000";
export const DSCRPTR_HEADER = "HEADER RECORD*******DSCRPTR HEADER RECORD!!!!!!!000000000000000000000000000000  ";
export const NAMESTR_HEADER_PREFIX = "HEADER RECORD*******NAMESTR HEADER RECORD!!!!!!!";
export const OBS_HEADER = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!000000000000000000000000000000  ";

/** Where a record starts and its text (bytes as Latin-1, so each byte is one character). */
export interface RawRecord {
  position: number;
  text: string;
}

/** Reads the 80-byte record at `position` as Latin-1 text. */
export function recordAt(bytes: Uint8Array, position: number): RawRecord {
  return { position, text: Buffer.from(bytes.buffer, bytes.byteOffset + position, RECORD_LENGTH).toString("latin1") };
}

/** Latin-1 text of `bytes[start, end)` with trailing blanks (and NULs) removed. */
export function trimmedLatin1(bytes: Uint8Array, start: number, end: number): string {
  let e = end;
  while (e > start && (bytes[e - 1] === 0x20 || bytes[e - 1] === 0x00)) e--;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, e - start).toString("latin1");
}

function fail(file: string, record: RawRecord, rule: string): never {
  throw new ReaderError({ file, position: record.position, value: record.text.trimEnd(), rule });
}

/** The library (file) header: the SAS version and OS that wrote it, and its date-times. */
export interface XptLibraryHeader {
  sasVersion: string;
  operatingSystem: string;
  /** As written, `ddMMMyy:hh:mm:ss` (e.g. `04APR12:22:16:21`). */
  created: string;
  modified: string;
}

/** Parses the first three records. */
export function parseLibraryHeader(bytes: Uint8Array, file: string): XptLibraryHeader {
  const first = recordAt(bytes, 0);
  if (first.text.startsWith(LIBV8_HEADER_PREFIX)) {
    fail(file, first, "SAS transport version 8/9 (LIBV8) files are not supported; only version 5 (LIBRARY header)");
  }
  if (first.text !== LIBRARY_HEADER) fail(file, first, `first record must be the XPT v5 library header "${LIBRARY_HEADER.trimEnd()}"`);
  const second = recordAt(bytes, RECORD_LENGTH);
  if (!second.text.startsWith("SAS     SAS     SASLIB  ")) {
    fail(file, second, 'second record must start with "SAS     SAS     SASLIB  " (library header data)');
  }
  const third = recordAt(bytes, 2 * RECORD_LENGTH);
  return {
    sasVersion: second.text.slice(24, 32).trimEnd(),
    operatingSystem: second.text.slice(32, 40).trimEnd(),
    created: second.text.slice(64, 80).trimEnd(),
    modified: third.text.slice(0, 16).trimEnd(),
  };
}

/** Whether the record at `position` is a MEMBER header (the start of a new member). */
export function isMemberHeader(bytes: Uint8Array, position: number): boolean {
  if (position + RECORD_LENGTH > bytes.length) return false;
  // Compare bytes directly: this runs once per record of observation data.
  for (let i = 0; i < MEMBER_HEADER_PREFIX.length; i++) {
    if (bytes[position + i] !== MEMBER_HEADER_PREFIX.charCodeAt(i)) return false;
  }
  return true;
}

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
export function parseMemberHeader(bytes: Uint8Array, position: number, file: string): XptMemberHeader {
  const member = recordAt(bytes, position);
  if (!member.text.startsWith(MEMBER_HEADER_PREFIX)) fail(file, member, `expected a MEMBER header record "${MEMBER_HEADER_PREFIX}..."`);
  const sizeText = member.text.slice(MEMBER_HEADER_PREFIX.length, MEMBER_HEADER_PREFIX.length + 3);
  if (sizeText !== "140" && sizeText !== "136") fail(file, member, `MEMBER header must declare a namestr length of 140 or 136, not "${sizeText}"`);
  const dscrptr = recordAt(bytes, position + RECORD_LENGTH);
  if (dscrptr.text !== DSCRPTR_HEADER) fail(file, dscrptr, `expected the DSCRPTR header record "${DSCRPTR_HEADER.trimEnd()}"`);
  const data1Position = position + 2 * RECORD_LENGTH;
  const data1 = recordAt(bytes, data1Position);
  if (!data1.text.startsWith("SAS     ") || data1.text.slice(16, 24) !== "SASDATA ") {
    fail(file, data1, 'member header data must start with "SAS     " and have "SASDATA " in bytes 16-23');
  }
  // The second member header record: modified date, label and type (read below).
  const data2Position = position + 3 * RECORD_LENGTH;
  const namestr = recordAt(bytes, position + 4 * RECORD_LENGTH);
  const digits = namestr.text.slice(NAMESTR_HEADER_PREFIX.length, 78);
  if (!namestr.text.startsWith(NAMESTR_HEADER_PREFIX) || !/^[0-9]{30}$/.test(digits)) {
    fail(file, namestr, `expected a NAMESTR header record "${NAMESTR_HEADER_PREFIX}" followed by 30 digits`);
  }
  const name = trimmedLatin1(bytes, data1Position + 8, data1Position + 16);
  if (name === "") fail(file, data1, "member name (bytes 8-15 of the member header data) must not be blank");
  return {
    namestrLength: Number(sizeText),
    name,
    sasVersion: trimmedLatin1(bytes, data1Position + 24, data1Position + 32),
    operatingSystem: trimmedLatin1(bytes, data1Position + 32, data1Position + 40),
    created: trimmedLatin1(bytes, data1Position + 64, data1Position + 80),
    modified: trimmedLatin1(bytes, data2Position, data2Position + 16),
    label: trimmedLatin1(bytes, data2Position + 32, data2Position + 72),
    type: trimmedLatin1(bytes, data2Position + 72, data2Position + 80),
    variableCount: Number(digits.slice(5, 10)),
  };
}

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
export function parseNamestr(bytes: Uint8Array, position: number): XptNamestr {
  const view = new DataView(bytes.buffer, bytes.byteOffset + position, 88);
  return {
    ntype: view.getInt16(0),
    length: view.getInt16(4),
    varnum: view.getInt16(6),
    name: trimmedLatin1(bytes, position + 8, position + 16),
    label: trimmedLatin1(bytes, position + 16, position + 56),
    formatName: trimmedLatin1(bytes, position + 56, position + 64),
    formatWidth: view.getInt16(64),
    formatDecimals: view.getInt16(66),
    formatJustification: view.getInt16(68),
    informatName: trimmedLatin1(bytes, position + 72, position + 80),
    informatWidth: view.getInt16(80),
    informatDecimals: view.getInt16(82),
    position: view.getInt32(84),
  };
}

/**
 * A format spelled as ReadStat and R haven spell it: the name, then the width when non-zero, then
 * `.decimals` when the decimals are non-zero.
 *
 * @example
 * formatSpec("DATE", 9, 0) // => "DATE9"
 * formatSpec("", 8, 1) // => "8.1"
 * formatSpec("", 0, 0) // => ""
 */
export function formatSpec(name: string, width: number, decimals: number): string {
  if (decimals !== 0) return `${name}${width}.${decimals}`;
  if (width !== 0) return `${name}${width}`;
  return name;
}
