/**
 * fitLogistic with a ridge penalty against scikit-learn (tests/reference/ridge-logistic.py →
 * expected/ridge-logistic.json): L2-penalised logistic regression of treatment on the fixture's
 * covariates, intercept unpenalised, three penalties, coefficients and fitted probabilities to 1e-6.
 */
import { describe, expect, it } from "vitest";
import { buildDesignMatrix, fitLogistic, withIntercept } from "../../estimators/src/index.ts";
import { expectClose, expected, readFixture } from "./reference.ts";
const reference = expected("ridge-logistic");
const rows = readFixture("trial400.csv");
const design = buildDesignMatrix(rows, ["age", "female", "bmi", "severity", "diabetes", "region"]);
const X = withIntercept(design.X);
const y = rows.map((r) => r.treat);
describe("fitLogistic with a ridge penalty matches scikit-learn", () => {
    it("codes the same columns", () => {
        expect(["(Intercept)", ...design.columnNames]).toEqual(reference.columns);
    });
    it.each(reference.fits.map((f) => [f.ridge, f]))("λ = %s", (ridge, f) => {
        const fit = fitLogistic(X, y, { ridge });
        expect(fit.converged).toBe(true);
        expect(fit.ridge).toBe(ridge);
        expectClose(fit.coefficients, f.coefficients, 1e-6, 1e-9);
        expectClose(fit.fitted.slice(0, 5), f.fitted, 1e-6);
    });
    it("shrinks the slopes more as λ grows", () => {
        const norms = reference.fits.map((f) => Math.hypot(...fitLogistic(X, y, { ridge: f.ridge }).coefficients.slice(1)));
        expect(norms[0]).toBeGreaterThan(norms[1]);
        expect(norms[1]).toBeGreaterThan(norms[2]);
    });
});
