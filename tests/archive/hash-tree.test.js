import { createHash } from "node:crypto";
import { mkdir, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTree, listFiles } from "../../src/archive/hash-tree.ts";
import { tempArchiveRoot } from "./archive-fixture.ts";
let dir;
beforeAll(async () => {
    dir = await tempArchiveRoot("hash-tree");
    await mkdir(path.join(dir, "b", "c"), { recursive: true });
    await writeFile(path.join(dir, "b", "c", "z.txt"), "zz");
    await writeFile(path.join(dir, "a.txt"), "abc");
    await writeFile(path.join(dir, "B.txt"), "");
});
afterAll(() => rm(dir, { recursive: true, force: true }));
describe("hashTree", () => {
    it("lists every file by relative /-path in code-unit order, with size and SHA-256", async () => {
        const files = await hashTree(dir);
        expect(files.map((f) => f.path)).toEqual(["B.txt", "a.txt", "b/c/z.txt"]);
        expect(files[1]).toEqual({ path: "a.txt", bytes: 3, sha256: createHash("sha256").update("abc").digest("hex") });
        expect(files[0]?.sha256).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    });
    it("leaves out the excluded paths", async () => {
        expect((await hashTree(dir, new Set(["a.txt"]))).map((f) => f.path)).toEqual(["B.txt", "b/c/z.txt"]);
    });
    it("refuses a symbolic link (an archive holds only files)", async () => {
        await symlink(path.join(dir, "a.txt"), path.join(dir, "link"));
        await expect(listFiles(dir)).rejects.toThrow(/link: not a regular file or folder/);
        await rm(path.join(dir, "link"));
    });
});
