/**
 * Shared helpers of the estimator tests: the committed fixture data (tests/reference/fixtures),
 * the values R computed from it (tests/reference/expected, by tests/reference/compute-expected.R),
 * and a relative-tolerance comparison.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
const referenceDir = fileURLToPath(new URL("../reference/", import.meta.url));
/** Reads a fixture CSV written by R's write.csv (quoted strings, empty = missing, no embedded commas). */
export function readFixture(name) {
    const text = readFileSync(`${referenceDir}fixtures/${name}`, "utf8").trim();
    const [header, ...lines] = text.split("\n");
    const columns = header.split(",").map((c) => c.replace(/^"|"$/g, ""));
    return lines.map((line) => {
        const cells = line.split(",");
        const row = {};
        columns.forEach((c, j) => {
            const raw = cells[j];
            row[c] = raw === "" || raw === "NA" ? null : raw.startsWith('"') ? raw.slice(1, -1) : Number(raw);
        });
        return row;
    });
}
/** Reads tests/reference/expected/<name>.json. */
export function expected(name) {
    return JSON.parse(readFileSync(`${referenceDir}expected/${name}.json`, "utf8"));
}
/** |actual − expected| ≤ rel·|expected| + abs, element-wise for arrays. */
export function expectClose(actual, wanted, rel = 1e-6, abs = 1e-12) {
    if (Array.isArray(wanted)) {
        expect(Array.isArray(actual), `expected an array, got ${String(actual)}`).toBe(true);
        const a = actual;
        expect(a.length).toBe(wanted.length);
        wanted.forEach((w, i) => expectClose(a[i], w, rel, abs));
        return;
    }
    const w = wanted;
    expect(typeof actual, `expected a number close to ${w}`).toBe("number");
    const diff = Math.abs(actual - w);
    expect(diff, `${actual} vs ${w} (relative ${diff / Math.abs(w)})`).toBeLessThanOrEqual(rel * Math.abs(w) + abs);
}
/** The fixture's columns as the estimators take them. */
export function trialData() {
    const rows = readFixture("trial400.csv");
    const col = (name) => rows.map((r) => r[name]);
    return {
        rows,
        treat: col("treat"),
        age: col("age"),
        female: col("female"),
        bmi: col("bmi"),
        severity: col("severity"),
        diabetes: col("diabetes"),
        region: rows.map((r) => r.region),
        w: col("w"),
        y: col("y"),
        ybin: col("ybin"),
    };
}
/** Covariates of the reference models, in R's model.matrix order (region reference "Americas"). */
export const modelCovariates = ["age", "female", "bmi", "severity", "diabetes", "region"];
import { buildDesignMatrix, fitOutcomeModels, fitPropensity } from "../../estimators/src/index.ts";
/** The fixture's covariate matrix (no intercept), the fitted propensity scores and outcome models. */
export function causalFixture() {
    const d = trialData();
    const m = buildDesignMatrix(d.rows, modelCovariates);
    const ps = fitPropensity(m.X, d.treat, { covariateNames: m.columnNames }).scores;
    return {
        ...d,
        X: m.X,
        names: m.columnNames,
        ps,
        continuous: fitOutcomeModels(m.X, d.treat, d.y, "continuous", m.columnNames),
        binary: fitOutcomeModels(m.X, d.treat, d.ybin, "binary", m.columnNames),
    };
}
