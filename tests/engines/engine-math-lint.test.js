/**
 * Keeps the engine-dependent elementary functions out of every number the build and the pages
 * compute (see estimators/src/elementary-functions.ts). ECMAScript leaves Math.exp, log, pow,
 * tanh, sin, … and the `**` operator implementation-approximated, so Node and a browser may
 * disagree in the last bit; the code must use the estimators' exp, ln, pow, … instead.
 *
 * Scanned: every TypeScript/JavaScript source file of estimators/src, data-loaders, src, pages
 * and examples, the JavaScript cells of every page, and the bundled estimator library with its
 * stdlib dependencies. Each goes through esbuild first, which drops the comments (prose may name
 * the functions) and, told that the target lacks `**`, rewrites every `a ** b` as `Math.pow(a, b)`
 * (so the operator is caught without mistaking a "**" inside a string for it).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FORBIDDEN = /\bMath\.(exp|expm1|log|log1p|log2|log10|pow|tanh|sinh|cosh|asinh|acosh|atanh|sin|cos|tan|asin|acos|atan|atan2|cbrt|hypot)\b|\b__pow\(/g;
function sourceFiles(dir) {
    const out = [];
    for (const name of readdirSync(dir)) {
        if (name === "node_modules" || name === "dist" || name.startsWith("."))
            continue;
        const full = path.join(dir, name);
        if (statSync(full).isDirectory())
            out.push(...sourceFiles(full));
        else if (/\.(ts|js|mjs|md)$/.test(name))
            out.push(full);
    }
    return out;
}
/** The code of a file without comments: TypeScript and JavaScript through esbuild; the ```js cells of a page. */
function codeOf(file) {
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".md")) {
        const cells = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
        // Inline ${…} expressions of the page's Markdown are JavaScript too.
        const inline = [...text.replace(/```js\n[\s\S]*?```/g, "").matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]);
        // An inline expression cut short by a nested brace is scanned as written.
        return [...cells.map((c) => stripComments(c, "js")), ...inline.map((c) => tryStripComments(c))].join("\n");
    }
    return stripComments(text, file.endsWith(".ts") ? "ts" : "js");
}
const ESBUILD = { target: "esnext", supported: { "exponent-operator": false }, minifyWhitespace: true, legalComments: "none", format: "esm" };
function stripComments(code, loader) {
    return transformSync(code, { ...ESBUILD, loader }).code;
}
function tryStripComments(code) {
    try {
        return stripComments(code, "js");
    }
    catch {
        return code;
    }
}
/** Each forbidden call with a little of the code around it. */
function violations(code) {
    return [...code.matchAll(FORBIDDEN)].map((m) => code.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 60));
}
describe("no engine-dependent elementary functions", () => {
    const dirs = ["estimators/src", "data-loaders", "src", "pages", "examples"];
    const files = dirs.flatMap((d) => sourceFiles(path.join(root, d)));
    it("scans the sources it is meant to scan", () => {
        expect(files.length).toBeGreaterThan(200);
        expect(files.some((f) => f.endsWith("replicate-engine.ts"))).toBe(true);
        expect(files.some((f) => f.endsWith("analysis.md"))).toBe(true);
    });
    it("no source file calls Math.exp, Math.log, Math.pow, … or uses the ** operator", () => {
        const bad = [];
        for (const f of files)
            for (const v of violations(codeOf(f)))
                bad.push(`${path.relative(root, f)}: ${v}`);
        expect(bad, "use exp, ln, log1p, pow, tanh, … from @trial/estimators (estimators/src/elementary-functions.ts)").toEqual([]);
    });
    it("the bundled estimator library, stdlib included, calls none of them either", async () => {
        const result = await build({
            ...ESBUILD,
            entryPoints: [path.join(root, "estimators/src/index.ts")],
            bundle: true,
            write: false,
            platform: "neutral",
            mainFields: ["module", "main"],
            legalComments: "none",
            logLevel: "silent",
        });
        const code = result.outputFiles[0]?.text ?? "";
        expect(code.length).toBeGreaterThan(100_000);
        expect(violations(code)).toEqual([]);
    });
    it("the check itself catches what it forbids", () => {
        expect(violations(stripComments("const y = Math.exp(x);", "ts"))).toHaveLength(1);
        expect(violations(stripComments("const y = x ** 2;", "ts")).length).toBeGreaterThan(0);
        expect(violations(stripComments("let y = 2; y **= 3;", "ts")).length).toBeGreaterThan(0);
        expect(violations(stripComments("/** Math.exp */ const y = Math.sqrt(x) * Math.abs(z) + '**/*'.length;", "ts"))).toEqual([]);
        expect(codeOf(path.join(root, "estimators/src/exp.ts"))).not.toContain("Math.exp");
    });
});
