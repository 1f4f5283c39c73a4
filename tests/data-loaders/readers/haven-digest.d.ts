import type { Dataset } from "../../../data-loaders/readers/types.ts";
/** 16 hex digits of a double's IEEE 754 bits, big-endian. */
export declare function hexDouble(x: number): string;
export declare function sha256(bytes: Uint8Array | string): string;
/**
 * The numeric tokens of a column as haven holds it: `.`, `.A`..`.Z`/`._`, or the hex of the
 * value after haven's origin shift for its R class (`Date`, `POSIXct/POSIXt`, others unshifted).
 */
export declare function numericTokens(dataset: Dataset, column: string, havenClass: string): string[];
/** SHA-256 of tokens, one per line (each followed by "\n"). */
export declare function linesDigest(tokens: string[]): string;
/**
 * SHA-256 of a character column as `<byte count>:<bytes>\n` per value. The dataset must have
 * been read with `encoding: "latin1"` so that each character is one original byte.
 */
export declare function charDigest(dataset: Dataset, column: string): string;
/** How the reference script shows a character value: the UTF-8 text, or `hex:` and its bytes. */
export declare function charDisplay(latin1Text: string): string;
