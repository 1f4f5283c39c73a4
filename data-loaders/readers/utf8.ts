/**
 * Strict UTF-8 decoding for the text formats (Dataset-JSON, CSV): invalid bytes stop the read
 * with an error that names the byte offset and the bytes, instead of becoming U+FFFD.
 */
import { ReaderError } from "./errors.ts";

const strictDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all of it is valid
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequences).
 *
 * @example
 * firstInvalidUtf8Offset(Uint8Array.of(0x61, 0xc3, 0xa9)) // => -1 ("aé")
 * firstInvalidUtf8Offset(Uint8Array.of(0x61, 0x92, 0x73)) // => 1 (a Windows-1252 quote)
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80; // no overlong forms
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f; // nothing above U+10FFFF
    } else {
      return i;
    }
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes UTF-8 (a leading byte-order mark is dropped) or throws a {@link ReaderError} naming the
 * byte offset and the offending bytes.
 *
 * @param bytes the file's bytes
 * @param file the file name for the error
 */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const at = Math.max(offset, 0);
    throw new ReaderError({
      file,
      position: at,
      value: bytes.subarray(at, Math.min(bytes.length, at + 4)),
      rule: `file is not valid UTF-8 (invalid byte sequence at byte ${at}; the format requires UTF-8, convert the file or fix its writer)`,
    });
  }
}
