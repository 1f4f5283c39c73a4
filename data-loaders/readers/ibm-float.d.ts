/**
 * The SAS missing-value code stored at `bytes[offset, offset + length)`, or `null` when the
 * bytes hold a number. `"."` is the ordinary missing value; `"_"` and `"A"`..`"Z"` are special
 * missing values.
 *
 * @param bytes the buffer holding the value
 * @param offset where the value starts
 * @param length its stored length (2 to 8)
 * @example
 * sasMissingCode(Uint8Array.of(0x2e, 0, 0, 0, 0, 0, 0, 0), 0, 8) // => "."
 * sasMissingCode(Uint8Array.of(0x41, 0x10, 0, 0, 0, 0, 0, 0), 0, 8) // => null (the number 1)
 */
export declare function sasMissingCode(bytes: Uint8Array, offset: number, length: number): string | null;
/**
 * Converts the IBM hexadecimal float stored at `bytes[offset, offset + length)` to a double.
 * Call {@link sasMissingCode} first: this function reads every pattern as a number.
 *
 * The 56-bit IBM fraction can carry up to 3 more bits than a double's 53; like the SAS reference
 * routine (TS-140 `xpt2ieee`, also used by ReadStat and so by R haven) the extra low-order bits
 * are truncated, so results agree bit for bit with haven for normalized numbers (all that SAS
 * writes). Unnormalized numbers (leading hex digit 0), which TS-140 mishandles, are converted
 * exactly as well. A zero fraction is 0 whatever the exponent.
 *
 * @param bytes the buffer holding the value
 * @param offset where the value starts
 * @param length its stored length (2 to 8 bytes; shorter values are padded with zero bytes)
 * @example
 * ibmToIeee(Uint8Array.of(0x41, 0x10, 0, 0, 0, 0, 0, 0), 0, 8) // => 1
 * ibmToIeee(Uint8Array.of(0xc2, 0x76, 0xa0, 0, 0, 0, 0, 0), 0, 8) // => -118.625
 */
export declare function ibmToIeee(bytes: Uint8Array, offset: number, length: number): number;
/**
 * Converts a double to an 8-byte IBM hexadecimal float (TS-140 `ieee2xpt`). Every double whose
 * magnitude lies in the IBM range (about 5.4e-79 to 7.2e75) converts exactly, because the IBM
 * fraction has room for all 53 bits; smaller magnitudes become 0, as in SAS.
 *
 * @param value a finite double
 * @returns 8 bytes, big-endian
 * @throws RangeError for NaN, ±Infinity, or a magnitude beyond the IBM range
 * @example
 * ieeeToIbm(0.1) // => Uint8Array [0x40, 0x19, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a]
 */
export declare function ieeeToIbm(value: number): Uint8Array;
