/**
 * Writes tests/reference/fixtures/scores400.csv: 400 predictions with known signal for the
 * classification-metric references (R pROC and scikit-learn). Deterministic (seed 20260101):
 *   x ~ N(0, 1); label ~ Bernoulli(plogis(-1 + 1.2 x)); prob = plogis(-0.8 + 1.5 x) rounded to 3
 *   decimals (ties on purpose); score = prob rounded to 2 decimals (many ties);
 *   drift_a ~ N(0, 1), drift_b ~ N(0.3, 1.2) rounded to 2 decimals (two samples for KS).
 * Run: npx tsx tests/reference/classification/make-fixture.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createPrng, plogis } from "@trial/estimators";
const rng = createPrng(20260101);
const lines = ["id,label,prob,score,drift_a,drift_b"];
for (let i = 1; i <= 400; i++) {
    const x = rng.normal();
    const label = rng.uniform() < plogis(-1 + 1.2 * x) ? 1 : 0;
    const prob = Math.min(0.999, Math.max(0.001, Math.round(plogis(-0.8 + 1.5 * x) * 1000) / 1000));
    const score = Math.round(prob * 100) / 100;
    const a = Math.round(rng.normal() * 100) / 100;
    const b = Math.round((0.3 + 1.2 * rng.normal()) * 100) / 100;
    lines.push([i, label, prob, score, a, b].join(","));
}
writeFileSync(fileURLToPath(new URL("../fixtures/scores400.csv", import.meta.url)), `${lines.join("\n")}\n`);
