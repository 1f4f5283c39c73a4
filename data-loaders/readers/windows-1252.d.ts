/**
 * Windows-1252 (SAS "wlatin1") decoding. Node 20's `TextDecoder("windows-1252")` decodes it as
 * ISO-8859-1 (0x92 becomes U+0092 instead of U+2019 ’) and with `fatal: true` returns an empty
 * string, so the readers use this table instead.
 */
/**
 * Decodes `bytes[start, end)` as Windows-1252; `null` when a byte is one of the five the encoding
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 *
 * @example
 * decodeWindows1252(Uint8Array.of(0x69, 0x74, 0x92, 0x73), 0, 4) // => "it’s"
 */
export declare function decodeWindows1252(bytes: Uint8Array, start: number, end: number): string | null;
