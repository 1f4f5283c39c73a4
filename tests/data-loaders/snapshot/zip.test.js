import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../../data-loaders/snapshot/sha256.ts";
import { zipMembers } from "../../../data-loaders/snapshot/zip.ts";
const members = [
    { name: "b.parquet", bytes: new Uint8Array([80, 65, 82, 49, 1, 2, 3, 80, 65, 82, 49]) },
    { name: "a.json", bytes: new TextEncoder().encode('{"x": 1}\n'.repeat(50)) },
];
describe("zipMembers", () => {
    it("is deterministic and keeps the member order and bytes", async () => {
        const a = zipMembers(members);
        await new Promise((r) => setTimeout(r, 1100)); // a different wall-clock second must not matter
        const b = zipMembers(members);
        expect(sha256Hex(b)).toBe(sha256Hex(a));
        const files = unzipSync(a);
        expect(Object.keys(files)).toEqual(["b.parquet", "a.json"]);
        expect(files["b.parquet"]).toEqual(members[0].bytes);
        expect(files["a.json"]).toEqual(members[1].bytes);
    });
    it("stores a fixed modification time (1980-01-01 00:00)", () => {
        const zip = zipMembers(members);
        const view = new DataView(zip.buffer, zip.byteOffset);
        expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
        expect(view.getUint16(10, true)).toBe(0); // DOS time 00:00:00
        expect(view.getUint16(12, true)).toBe((0 << 9) | (1 << 5) | 1); // DOS date 1980-01-01
    });
    it("refuses duplicate member names", () => {
        expect(() => zipMembers([members[0], members[0]])).toThrow(/duplicate/);
    });
});
