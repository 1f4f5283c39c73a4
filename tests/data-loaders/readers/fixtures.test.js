import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFixtures, fixturesDir } from "./fixtures/make-fixtures.ts";
describe("reader fixtures", () => {
    it("are exactly what make-fixtures.ts builds (regenerate with: npx tsx tests/data-loaders/readers/fixtures/make-fixtures.ts)", () => {
        const built = buildFixtures();
        const onDisk = readdirSync(fixturesDir).filter((f) => !f.endsWith(".ts"));
        expect(onDisk.sort()).toEqual([...built.keys()].sort());
        for (const [name, bytes] of built) {
            expect({ name, same: Buffer.compare(readFileSync(path.join(fixturesDir, name)), bytes) === 0 }).toEqual({ name, same: true });
        }
    });
});
