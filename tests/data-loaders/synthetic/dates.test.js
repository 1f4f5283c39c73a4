import { describe, expect, it } from "vitest";
import { cutDateIso, dayToIso, isoToDay, monthStartDay } from "../../../data-loaders/synthetic/dates.ts";
describe("dates", () => {
    it("converts ISO dates and day numbers both ways", () => {
        expect(isoToDay("1970-01-01")).toBe(0);
        expect(dayToIso(0)).toBe("1970-01-01");
        for (let d = -1000; d < 30_000; d += 7)
            expect(dayToIso(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
        for (const iso of ["2024-02-29", "2025-12-31", "2000-03-01"])
            expect(dayToIso(isoToDay(iso))).toBe(iso);
    });
    it("refuses impossible dates", () => {
        expect(() => isoToDay("2025-02-29")).toThrow(/calendar date/);
        expect(() => isoToDay("2025-13-01")).toThrow(/calendar date/);
        expect(() => isoToDay("2025-1-01")).toThrow(/ISO date/);
    });
    it("puts the data cut on the last day of the month", () => {
        expect(cutDateIso("2025-02")).toBe("2025-02-28");
        expect(cutDateIso("2024-02")).toBe("2024-02-29");
        expect(cutDateIso("2025-12")).toBe("2025-12-31");
        expect(dayToIso(monthStartDay("2025-11", 2))).toBe("2026-01-01");
    });
});
