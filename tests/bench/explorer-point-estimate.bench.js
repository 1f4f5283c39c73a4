/**
 * Issue 7: the what-if explorer's work on one change of a control, n = 5,000, p = 10 covariates:
 * the point estimate of the chosen estimator and the gates (balance of every covariate after
 * weighting, overlap, extreme weights), in Node on one thread; target ≤ 0.1 s. The browser figure
 * (same code, measured from the control's input event) comes from the e2e benchmark in
 * tests/e2e/sensitivity-pages.test.ts.
 */
import { estimateTreatmentEffect } from "@trial/estimators";
import { benchFixture } from "../../pages/components/bench-fixture.ts";
import { explorerGates } from "../../pages/components/explorer-gates.ts";
const n = 5000;
const cases = ["aipw", "ipw-hajek", "g-computation"].map((method) => ({
    name: `Explorer update (${method} point estimate + gates), n = ${n}, p = 10`,
    runs: 9,
    target: { seconds: 0.1, what: "issue 7 explorer latency" },
    prepare: () => benchFixture(n),
    run: (data) => {
        const r = estimateTreatmentEffect(data, { method, outcomeType: "continuous", trim: { rule: "crump" } });
        const gates = explorerGates("TRT-vs-PBO", data, r, { X: data.covariates, names: data.covariateNames });
        return { check: `τ̂ = ${r.difference.estimate.toFixed(4)}, n = ${r.nAnalysed}, gates ${gates.map((g) => `${g.id} ${g.passed ? "ok" : "FAIL"}`).join(", ")}` };
    },
}));
export default cases;
