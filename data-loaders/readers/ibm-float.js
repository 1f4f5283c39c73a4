/**
 * IBM System/370 hexadecimal floating point, the number format of SAS transport (XPORT) files,
 * to and from IEEE 754 doubles.
 *
 * An IBM double is 8 bytes: a sign bit, a 7-bit exponent of 16 in excess-64, and a 56-bit
 * fraction with the radix point before its first hex digit:
 *   value = (-1)^sign × 0.F × 16^(exponent − 64).
 * XPT numeric variables may be stored in 2 to 8 bytes; the missing low-order bytes are zero.
 * SAS missing values are a single byte (`.` = 0x2E, `._` = 0x5F, `.A`..`.Z` = 0x41..0x5A)
 * followed by zero bytes (SAS technical note TS-140).
 */
import { ldexp } from "@trial/estimators";
const TWO_POW_32 = 4294967296;
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
export function sasMissingCode(bytes, offset, length) {
    const first = bytes[offset];
    if (first !== 0x2e && first !== 0x5f && (first < 0x41 || first > 0x5a))
        return null;
    for (let i = 1; i < length; i++)
        if (bytes[offset + i] !== 0)
            return null;
    return String.fromCharCode(first);
}
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
export function ibmToIeee(bytes, offset, length) {
    const b0 = bytes[offset];
    let hi = 0;
    for (let i = 1; i < 4; i++)
        hi = hi * 256 + (i < length ? bytes[offset + i] : 0);
    let lo = 0;
    for (let i = 4; i < 8; i++)
        lo = lo * 256 + (i < length ? bytes[offset + i] : 0);
    if (hi === 0 && lo === 0)
        return 0;
    // Significant bits of the 56-bit fraction F = hi·2^32 + lo; keep at most 53 (truncating).
    const bitLength = hi !== 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(lo);
    const excess = bitLength - 53;
    if (excess > 0)
        lo -= lo & ((1 << excess) - 1);
    const fraction = hi * TWO_POW_32 + lo; // exact: at most 53 significant bits
    const exponent = (b0 & 0x7f) - 64;
    const magnitude = ldexp(fraction, 4 * exponent - 56); // exact: scaling by a power of two
    return b0 & 0x80 ? -magnitude : magnitude;
}
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
export function ieeeToIbm(value) {
    const out = new Uint8Array(8);
    if (!Number.isFinite(value))
        throw new RangeError(`ieeeToIbm: ${value} has no IBM representation`);
    if (value === 0)
        return out;
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, Math.abs(value));
    const high = view.getUint32(0);
    const biased = high >>> 20;
    if (biased === 0)
        return out; // subnormal: far below the IBM range
    // |value| = M · 2^p with M a 53-bit integer (implicit leading 1 restored).
    const mantissa = ((high & 0xfffff) + 0x100000) * TWO_POW_32 + view.getUint32(4);
    const p = biased - 1023 - 52;
    const shift = (((p + 56) % 4) + 4) % 4;
    const ibmExponent = (p - shift + 56) / 4 + 64;
    if (ibmExponent < 0)
        return out;
    if (ibmExponent > 127)
        throw new RangeError(`ieeeToIbm: ${value} is beyond the IBM range`);
    const fraction = ldexp(mantissa, shift); // < 2^56, exact
    const fracHigh = Math.floor(fraction / TWO_POW_32);
    const fracLow = fraction - fracHigh * TWO_POW_32;
    out[0] = (value < 0 ? 0x80 : 0) | ibmExponent;
    out[1] = (fracHigh >>> 16) & 0xff;
    out[2] = (fracHigh >>> 8) & 0xff;
    out[3] = fracHigh & 0xff;
    new DataView(out.buffer).setUint32(4, fracLow);
    return out;
}
