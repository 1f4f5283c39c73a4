/**
 * Loader for `system-libraries.json`: the browser libraries this build serves and the exact
 * versions they were bundled from (`node_modules`, checked against `package-lock.json` by
 * `src/build/fill-npm-cache.ts`), plus the Framework version that built the site. The System
 * check page (`pages/system.md`) compares them with the versions the libraries report in the browser.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BROWSER_PACKAGES, installedVersion } from "../../src/build/fill-npm-cache.ts";
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const framework = JSON.parse(readFileSync(path.join(projectRoot, "node_modules/@observablehq/framework/package.json"), "utf-8"));
const libraries = {
    framework: { name: "@observablehq/framework", version: framework.version },
    packages: BROWSER_PACKAGES.map(({ name }) => ({ name, version: installedVersion(name, projectRoot) })),
};
process.stdout.write(`${JSON.stringify(libraries, null, 2)}\n`);
