import { describe, expect, it } from "vitest";
import { cutDate, formatCountPercent, formatDate, formatFixed, formatMeanSd } from "../../pages/components/format.ts";
import { toCsv } from "../../pages/components/download.ts";
describe("format", () => {
    it("gives the last day of the month as the data-cut date", () => {
        expect(cutDate("2025-02")).toBe("2025-02-28");
        expect(cutDate("2024-02")).toBe("2024-02-29");
        expect(cutDate("2025-12")).toBe("2025-12-31");
    });
    it("prints statistics the way Table 1 shows them", () => {
        expect(formatMeanSd(61.234, 9.87)).toBe("61.2 (9.9)");
        expect(formatCountPercent(45, 120)).toBe("45 (37.5%)");
        expect(formatFixed(Number.NaN)).toBe("–");
        expect(formatDate(new Date(Date.UTC(2025, 0, 31)))).toBe("2025-01-31");
    });
});
describe("toCsv", () => {
    it("quotes fields per RFC 4180 and prints dates and missing values plainly", () => {
        const csv = toCsv([
            { a: 'say "hi", then', b: 1.5, c: null, d: new Date(Date.UTC(2025, 5, 1)) },
            { a: "plain", b: Number.NaN, c: "x", d: undefined },
        ]);
        expect(csv).toBe('a,b,c,d\n"say ""hi"", then",1.5,,2025-06-01\nplain,,x,');
    });
});
