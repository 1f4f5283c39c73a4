/**
 * A data contract that fails halts the snapshot, so publishing refuses (PublishRefused, exit 2)
 * with the contract's message, and no override can publish it: a copy of the bring-your-own
 * example with one subject id duplicated, loaded through $TRIAL_BYO_CONFIGS.
 */
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, tempArchiveRoot } from "./archive-fixture.ts";
let dir;
let root;
beforeAll(async () => {
    dir = await tempArchiveRoot("byo-bad");
    root = await tempArchiveRoot("contract");
    await cp(path.join(projectRoot, "examples", "byo-study"), dir, { recursive: true });
    const config = JSON.parse(await readFile(path.join(dir, "study.json"), "utf-8"));
    config.id = "BYO-DUPLICATE-ID";
    await writeFile(path.join(dir, "study.json"), JSON.stringify(config, null, 2));
    const csv = (await readFile(path.join(dir, "subjects.csv"), "utf-8")).split("\n");
    await writeFile(path.join(dir, "subjects.csv"), [...csv.slice(0, 2), csv[1], ...csv.slice(2)].join("\n"));
    process.env.TRIAL_BYO_CONFIGS = path.join(dir, "study.json");
});
afterAll(async () => {
    delete process.env.TRIAL_BYO_CONFIGS;
    await rm(dir, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
});
describe("a failed data contract", () => {
    it("refuses publication, with or without --override, and writes nothing", async () => {
        const { publish, PublishRefused } = await import("../../src/archive/publish.ts");
        for (const override of [undefined, "ship it anyway"]) {
            const attempt = publish({ study: "BYO-DUPLICATE-ID", month: "2025-09", analyst: "Test Analyst", archiveRoot: root, projectRoot, allowDirty: true, override });
            await expect(attempt).rejects.toBeInstanceOf(PublishRefused);
            await expect(attempt).rejects.toThrow(/snapshot of BYO-DUPLICATE-ID 2025-09 halted.*no override.*P0001/s);
        }
        expect(await readdir(root)).toEqual([]);
    }, 120_000);
});
