/**
 * The model cache (src/models/model-cache.ts): a second request for the same key reads the stored
 * value instead of training again, any changed snapshot byte changes the key, and a damaged cache
 * file stops with a message naming it rather than being silently used.
 */
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cachedJson, modelCacheKey } from "../../src/models/model-cache.ts";
describe("model cache", () => {
    let dir;
    const saved = process.env.TRIAL_MODEL_CACHE;
    beforeEach(() => {
        dir = mkdtempSync(path.join(tmpdir(), "model-cache-"));
        process.env.TRIAL_MODEL_CACHE = dir;
    });
    afterEach(() => {
        if (saved === undefined)
            delete process.env.TRIAL_MODEL_CACHE;
        else
            process.env.TRIAL_MODEL_CACHE = saved;
    });
    it("computes once per key and returns the stored value after", async () => {
        let calls = 0;
        const compute = async () => ({ calls: ++calls, weights: [0.1, 1 / 3] });
        const first = await cachedJson("k1", compute);
        const second = await cachedJson("k1", compute);
        expect(calls).toBe(1);
        expect(second).toEqual(first);
        expect(readdirSync(dir)).toEqual(["k1.json"]);
    });
    it("keys on every snapshot byte, the study and the month", () => {
        const members = [{ name: "subjects.parquet", bytes: new Uint8Array([1, 2, 3]) }, { name: "visits.parquet", bytes: new Uint8Array([4]) }];
        const key = modelCacheKey("S", "2025-01", members);
        expect(modelCacheKey("S", "2025-01", [...members].reverse())).toBe(key);
        expect(modelCacheKey("S", "2025-01", [members[0], { name: "visits.parquet", bytes: new Uint8Array([5]) }])).not.toBe(key);
        expect(modelCacheKey("S", "2025-02", members)).not.toBe(key);
        expect(modelCacheKey("T", "2025-01", members)).not.toBe(key);
    });
    it("stops on a damaged cache file, naming it", async () => {
        writeFileSync(path.join(dir, "k2.json"), "{\"trunc");
        await expect(cachedJson("k2", async () => 1)).rejects.toThrow(`model cache ${path.join(dir, "k2.json")}`);
    });
});
