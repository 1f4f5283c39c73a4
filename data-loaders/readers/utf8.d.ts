/**
 * The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all of it is valid
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences).
 *
 * @example
 * firstInvalidUtf8Offset(Uint8Array.of(0x61, 0xc3, 0xa9)) // => -1 ("aé")
 * firstInvalidUtf8Offset(Uint8Array.of(0x61, 0x92, 0x73)) // => 1 (a Windows-1252 quote)
 */
export declare function firstInvalidUtf8Offset(bytes: Uint8Array): number;
/**
 * Decodes UTF-8 (a leading byte-order mark is dropped) or throws a {@link ReaderError} naming the
 * byte offset and the offending bytes.
 *
 * @param bytes the file's bytes
 * @param file the file name for the error
 */
export declare function decodeUtf8Strict(bytes: Uint8Array, file: string): string;
