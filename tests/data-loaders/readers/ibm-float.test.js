import { describe, expect, it } from "vitest";
import { ibmToIeee, ieeeToIbm, sasMissingCode } from "../../../data-loaders/readers/ibm-float.ts";
const bytes = (...b) => Uint8Array.from(b);
const hex = (u) => Buffer.from(u).toString("hex");
/** A seeded generator (mulberry32) so the property checks are reproducible. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
describe("ibmToIeee", () => {
    it("decodes the worked examples of TS-140 and a few by hand", () => {
        expect(ibmToIeee(bytes(0x41, 0x10, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(1);
        expect(ibmToIeee(bytes(0xc1, 0x10, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(-1);
        expect(ibmToIeee(bytes(0xc2, 0x76, 0xa0, 0, 0, 0, 0, 0), 0, 8)).toBe(-118.625);
        expect(ibmToIeee(bytes(0x40, 0x19, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a), 0, 8)).toBe(0.1);
        expect(ibmToIeee(bytes(0x44, 0x4d, 0x0d, 0, 0, 0, 0, 0), 0, 8)).toBe(19725);
        expect(ibmToIeee(bytes(0, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(0);
    });
    it("reads values at an offset and short (2-7 byte) numerics padded with zero bytes", () => {
        expect(ibmToIeee(bytes(0xff, 0xff, 0x41, 0x20, 0), 2, 3)).toBe(2);
        expect(ibmToIeee(bytes(0x42, 0x64), 0, 2)).toBe(100);
    });
    it("truncates the 3 extra fraction bits as TS-140 (and so haven) does", () => {
        // fraction 0xFFFFFFFFFFFFFF (56 one-bits) × 16: 53 bits survive, truncated, not rounded up to 16
        expect(ibmToIeee(bytes(0x41, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), 0, 8)).toBe(16 - 2 ** -49);
        // fraction 2^55 + 7: the 3 low bits do not fit; truncation gives 8, rounding would give 8 + 2^-49
        expect(ibmToIeee(bytes(0x41, 0x80, 0, 0, 0, 0, 0, 0x07), 0, 8)).toBe(8);
        // fraction 2^52 + 1 has exactly 53 bits: nothing is lost
        expect(ibmToIeee(bytes(0x41, 0x10, 0, 0, 0, 0, 0, 0x01), 0, 8)).toBe(1 + 2 ** -52);
    });
    it("converts unnormalized numbers (leading hex digit 0) exactly", () => {
        expect(ibmToIeee(bytes(0x42, 0x01, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(1);
        expect(ibmToIeee(bytes(0x41, 0, 0, 0, 0, 0, 0, 0x01), 0, 8)).toBe(2 ** -52);
    });
    it("reads a zero fraction as 0 whatever the exponent", () => {
        expect(ibmToIeee(bytes(0x80, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(0);
    });
});
describe("ieeeToIbm", () => {
    it("encodes 0.1 as haven writes it", () => {
        expect(hex(ieeeToIbm(0.1))).toBe("401999999999999a");
        expect(hex(ieeeToIbm(-118.625))).toBe("c276a00000000000");
        expect(hex(ieeeToIbm(0))).toBe("0000000000000000");
    });
    it("round-trips 20,000 random doubles across the IBM range exactly", () => {
        const random = mulberry32(20240101);
        for (let i = 0; i < 20_000; i++) {
            const exponent = Math.floor(random() * 500) - 250; // magnitudes 2^-250 to 2^250
            const x = (random() < 0.5 ? -1 : 1) * (1 + random()) * 2 ** exponent;
            const back = ibmToIeee(ieeeToIbm(x), 0, 8);
            if (back !== x)
                expect({ x, back }).toEqual({ x, back: x });
        }
    });
    it("underflows to 0 below the IBM range and refuses what it cannot represent", () => {
        expect(hex(ieeeToIbm(1e-300))).toBe("0000000000000000");
        expect(ibmToIeee(ieeeToIbm(2 ** -260), 0, 8)).toBe(2 ** -260); // the smallest normalized IBM number
        expect(hex(ieeeToIbm(2 ** -261))).toBe("0000000000000000");
        expect(ibmToIeee(ieeeToIbm(2 ** 251), 0, 8)).toBe(2 ** 251);
        expect(() => ieeeToIbm(2 ** 252)).toThrow(/beyond the IBM range/);
        expect(() => ieeeToIbm(1e300)).toThrow(RangeError);
        expect(() => ieeeToIbm(Number.NaN)).toThrow(RangeError);
        expect(() => ieeeToIbm(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    });
});
describe("sasMissingCode", () => {
    it("recognises ., ._ and .A-.Z followed by zero bytes", () => {
        expect(sasMissingCode(bytes(0x2e, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBe(".");
        expect(sasMissingCode(bytes(0x5f, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBe("_");
        expect(sasMissingCode(bytes(0x41, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBe("A");
        expect(sasMissingCode(bytes(0x5a, 0, 0), 0, 3)).toBe("Z");
    });
    it("does not mistake numbers that start with those bytes for missing values", () => {
        expect(sasMissingCode(bytes(0x41, 0x10, 0, 0, 0, 0, 0, 0), 0, 8)).toBeNull(); // 1
        expect(sasMissingCode(bytes(0x2e, 0, 0, 0, 0, 0, 0, 1), 0, 8)).toBeNull();
        expect(sasMissingCode(bytes(0x5b, 0, 0, 0, 0, 0, 0, 0), 0, 8)).toBeNull();
    });
});
