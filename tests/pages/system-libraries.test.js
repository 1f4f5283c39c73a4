/**
 * The System check page must resolve every library the build bundles: a package added to
 * BROWSER_PACKAGES but not to the page's `served` map shows as "mismatch" in the browser (the
 * e2e test catches that only after a full build; this catches it in a second).
 */
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { BROWSER_PACKAGES } from "../../src/build/fill-npm-cache.ts";
test("pages/system.md resolves every bundled browser package", () => {
    const page = readFileSync(new URL("../../pages/system.md", import.meta.url), "utf-8");
    const resolved = [...page.matchAll(/"([^"]+)": import\.meta\.resolve\("npm:([^"]+)"\)/g)].map((m) => {
        expect(m[1]).toBe(m[2]);
        return m[1];
    });
    expect([...resolved].sort()).toEqual(BROWSER_PACKAGES.map((p) => p.name).sort());
});
