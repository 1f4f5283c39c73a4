/**
 * Windows-1252 (SAS "wlatin1") decoding. Node 20's `TextDecoder("windows-1252")` decodes it as
 * ISO-8859-1 (0x92 becomes U+0092 instead of U+2019 ’) and with `fatal: true` returns an empty
 * string, so the readers use this table instead.
 */

/** Code points of bytes 0x80-0x9F; `-1` for the five bytes Windows-1252 leaves undefined. */
const HIGH_CONTROL_RANGE = [
  0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1, -1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178,
];

/**
 * Decodes `bytes[start, end)` as Windows-1252; `null` when a byte is one of the five the encoding
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 *
 * @example
 * decodeWindows1252(Uint8Array.of(0x69, 0x74, 0x92, 0x73), 0, 4) // => "it’s"
 */
export function decodeWindows1252(bytes: Uint8Array, start: number, end: number): string | null {
  let out = "";
  for (let i = start; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 0x80 || b > 0x9f) out += String.fromCharCode(b);
    else {
      const cp = HIGH_CONTROL_RANGE[b - 0x80] as number;
      if (cp < 0) return null;
      out += String.fromCharCode(cp);
    }
  }
  return out;
}
