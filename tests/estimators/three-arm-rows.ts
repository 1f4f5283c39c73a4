/**
 * A three-arm study (placebo, low, high dose) confounded by age and site group, some outcomes
 * missing (every 9th subject, "discontinued"); `resp` is a binary outcome (chg < -1). With
 * `missingBaseline`, every 13th subject (from the 6th) lacks the baseline covariate.
 */
import { createPrng } from "../../estimators/src/index.ts";

export function threeArmRows(n: number, seed: number, options: { missingBaseline?: boolean } = {}): Array<Record<string, unknown>> {
  const rng = createPrng(seed);
  const normal = () => rng.normal();
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    const age = 70 + 8 * normal();
    const site = ["A", "B", "C"][rng.integer(3)] as string;
    const baseline = 20 + 5 * normal();
    const z = (age - 70) / 8 + (site === "C" ? 0.5 : 0);
    const u = rng.uniform();
    const pPbo = (1 / (1 + Math.exp(z))) * 0.5 + 0.15;
    const arm = u < pPbo ? "PBO" : u < pPbo + (1 - pPbo) / 2 ? "LOW" : "HIGH";
    const effect = arm === "HIGH" ? -2 : arm === "LOW" ? -1 : 0;
    const y = 0.5 * (age - 70) + 0.3 * (baseline - 20) + (site === "B" ? 1 : 0) + effect + normal();
    rows.push({
      subject_id: `S${String(i).padStart(4, "0")}`,
      arm,
      disposition: i % 9 === 0 ? "discontinued" : "completed",
      age,
      site_group: site,
      baseline: options.missingBaseline && i % 13 === 5 ? null : baseline,
      chg: i % 9 === 0 ? null : y,
      resp: y < -1 ? 1 : 0,
    });
  }
  return rows;
}
