import { describe, expect, it } from "vitest";
import { decodeWindows1252 } from "../../../data-loaders/readers/windows-1252.ts";
describe("decodeWindows1252", () => {
    it("maps 0x80-0x9F to the Windows-1252 characters and the rest byte for byte", () => {
        const all = Uint8Array.from({ length: 256 }, (_, i) => i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
        const text = decodeWindows1252(all, 0, all.length);
        expect(text.length).toBe(251);
        expect(text.slice(0x80, 0x80 + 4)).toBe("€‚ƒ„");
        expect(decodeWindows1252(Uint8Array.of(0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x9f), 0, 7)).toBe("‘’“”–—Ÿ");
        expect(decodeWindows1252(Uint8Array.of(0x41, 0xa0, 0xe9, 0xff), 0, 4)).toBe("A\u00a0éÿ");
    });
    it("returns null for the five undefined bytes", () => {
        for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d])
            expect(decodeWindows1252(Uint8Array.of(0x41, b), 0, 2)).toBeNull();
    });
});
