import { describe, expect, it } from "vitest";
import { cutDate, formatCountPercent, formatDate, formatFixed, formatMeanSd, formatPercent, withoutNegativeZero } from "../../pages/components/format.ts";
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

describe("no sign on a printed zero", () => {
  it("a small negative number that rounds to zero prints without its minus sign", () => {
    expect(formatFixed(-0.0004, 3)).toBe("0.000");
    expect(formatFixed(-0, 2)).toBe("0.00");
    expect(formatFixed(-0.0006, 3)).toBe("-0.001");
    expect(formatFixed(-1e-9, 0)).toBe("0");
    expect(formatPercent(-0.00001)).toBe("0.0%");
    expect(withoutNegativeZero("-0.000")).toBe("0.000");
    expect(withoutNegativeZero("-0.010")).toBe("-0.010");
  });
});
