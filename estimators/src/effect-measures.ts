/**
 * Effect measures of a binary outcome from the two estimated risks: risk difference, risk ratio
 * and odds ratio, with delta-method standard errors from the risks' influence functions.
 */
import type { MeanDifferenceEstimate } from "./effect-estimate.js";
import { waldInterval } from "./effect-estimate.js";
import { seFromInfluence } from "./influence.js";
import { checkNumberInRange, EstimatorInputError } from "./validate.js";
import { exp, ln } from "./elementary-functions.js";

export interface EffectMeasure {
  /** The measure (RD on the risk scale; RR and OR as ratios). */
  estimate: number;
  /** SE on the scale the interval is built on: the risk scale for RD, the log scale for RR and OR; null without influence functions. */
  se: number | null;
  /** Wald interval (for RR and OR, exponentiated from the log scale); null without an SE. */
  ci: [number, number] | null;
}

export interface BinaryEffectMeasures {
  riskDifference: EffectMeasure;
  riskRatio: EffectMeasure;
  oddsRatio: EffectMeasure;
}

/**
 * Risk difference p₁ − p₀, risk ratio p₁/p₀ and odds ratio [p₁/(1 − p₁)]/[p₀/(1 − p₀)] from
 * estimated risks. With influence functions ψ₁, ψ₀ of p̂₁, p̂₀ (delta method):
 * SE(log RR) = sd(ψ₁/p₁ − ψ₀/p₀)/√n, SE(log OR) = sd(ψ₁/(p₁(1 − p₁)) − ψ₀/(p₀(1 − p₀)))/√n;
 * intervals are exp(log θ̂ ± z·SE).
 *
 * @param risks a result of `hajek`, `horvitzThompson`, `aipw` or `gComputation` on a 0/1 outcome
 * @param level confidence level, default 0.95
 * @throws EstimatorInputError when a risk is not strictly between 0 and 1 (ratios undefined or infinite)
 * @example
 * binaryEffectMeasures({ mean1: 0.5, mean0: 0.25, estimate: 0.25, se: null, influence1: null, influence0: null }).oddsRatio.estimate // => 3
 */
export function binaryEffectMeasures(risks: MeanDifferenceEstimate, level = 0.95): BinaryEffectMeasures {
  checkNumberInRange("level", level, 0, 1, true);
  const { mean1: p1, mean0: p0 } = risks;
  if (!(p1 > 0 && p1 < 1)) throw new EstimatorInputError("risks.mean1", `the risk under treatment must be strictly between 0 and 1 for ratio measures, got ${p1}`);
  if (!(p0 > 0 && p0 < 1)) throw new EstimatorInputError("risks.mean0", `the risk under control must be strictly between 0 and 1 for ratio measures, got ${p0}`);
  const rr = p1 / p0;
  const or = p1 / (1 - p1) / (p0 / (1 - p0));
  const ratio = (value: number, se: number | null): EffectMeasure => {
    if (se === null) return { estimate: value, se: null, ci: null };
    const [lo, hi] = waldInterval(ln(value), se, level);
    return { estimate: value, se, ci: [exp(lo), exp(hi)] };
  };
  const i1 = risks.influence1;
  const i0 = risks.influence0;
  let seLogRr: number | null = null;
  let seLogOr: number | null = null;
  if (i1 !== null && i0 !== null) {
    seLogRr = seFromInfluence(i1.map((v, i) => v / p1 - (i0[i] as number) / p0));
    seLogOr = seFromInfluence(i1.map((v, i) => v / (p1 * (1 - p1)) - (i0[i] as number) / (p0 * (1 - p0))));
  }
  return {
    riskDifference: { estimate: p1 - p0, se: risks.se, ci: risks.se === null ? null : waldInterval(p1 - p0, risks.se, level) },
    riskRatio: ratio(rr, seLogRr),
    oddsRatio: ratio(or, seLogOr),
  };
}
