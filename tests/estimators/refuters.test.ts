import { describe, expect, it } from "vitest";
import { createPrng, placeboTreatment, randomPermutation, refute, refuteAll } from "../../estimators/src/index.ts";
import { causalFixture } from "./reference.ts";

describe("the placebo refuter's permutation", () => {
  it("is a permutation, reproducible by seed, different across seeds", () => {
    const p = randomPermutation(50, createPrng(1));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(randomPermutation(50, createPrng(1))).toEqual(p);
    expect(randomPermutation(50, createPrng(2))).not.toEqual(p);
  });
  it("is uniform: each element lands in each position about equally often", () => {
    const n = 5;
    const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const rng = createPrng(42);
    const R = 20000;
    for (let r = 0; r < R; r++) randomPermutation(n, rng).forEach((v, pos) => counts[v]![pos]!++);
    // Each count ~ Binomial(R, 1/5): mean 4000, sd ≈ 57; 5 sd bound.
    for (const row of counts) for (const c of row) expect(Math.abs(c - R / n)).toBeLessThan(5 * Math.sqrt(R * (1 / n) * (1 - 1 / n)));
  });
  it("keeps the arm sizes and breaks the link between treatment and subjects", () => {
    const t = Array.from({ length: 200 }, (_, i) => (i < 80 ? 1 : 0));
    const placebo = placeboTreatment(t, createPrng(9));
    expect(placebo.reduce((a, b) => a + b, 0)).toBe(80);
    const agreement = placebo.filter((v, i) => v === t[i]).length / t.length;
    // Expected agreement under independence: 0.4² + 0.6² = 0.52.
    expect(Math.abs(agreement - 0.52)).toBeLessThan(0.12);
  });
});

describe("refuters on the fixture (true effect far from 0)", () => {
  const f = causalFixture();
  const input = { covariates: f.X, treatment: f.treat, outcome: f.y, covariateNames: f.names };
  const options = { method: "aipw", outcomeType: "continuous" } as const;
  const results = refuteAll(input, options, { seed: 100, simulations: 20 });
  const by = (name: string) => results.find((r) => r.refuter === name)!;
  it("placebo treatment: the permuted-treatment effects centre on 0, far from the original estimate, and the refuter passes", () => {
    const r = by("placebo-treatment");
    expect(r.expected).toBe(0);
    expect(Math.abs(r.original)).toBeGreaterThan(4 * r.observedSd);
    // The mean of 20 placebo effects has SD observedSd/√20; 4 of those is a generous bound.
    expect(Math.abs(r.observed)).toBeLessThan((4 * r.observedSd) / Math.sqrt(r.simulations));
    expect(r.passed).toBe(true);
  });
  it("random common cause and data subsets leave the estimate where it was; dummy outcome gives 0", () => {
    expect(by("random-common-cause").expected).toBe(by("random-common-cause").original);
    expect(Math.abs(by("random-common-cause").observed - by("random-common-cause").original)).toBeLessThan(0.1 * Math.abs(by("random-common-cause").original));
    expect(by("data-subset").passed).toBe(true);
    expect(by("dummy-outcome").expected).toBe(0);
    expect(results.every((r) => r.passed)).toBe(true);
  });
  it("fails when the expectation is violated: a placebo refuter whose 'expected' effect is the original estimate would be rejected", () => {
    const r = by("placebo-treatment");
    const z = Math.abs(r.original - r.observed) / r.observedSd;
    expect(z).toBeGreaterThan(1.96);
  });
  it("skips simulations that cannot be analysed up to maxFailureFraction, then stops naming the first failure", () => {
    // Subsets of 0.5 % of the 400 subjects (2 of them) cannot be analysed: the second failure of 5 simulations stops.
    expect(() => refute("data-subset", input, options, { seed: 1, simulations: 5, subsetFraction: 0.005 })).toThrow(
      /refuter data-subset \(seed 1\): 2 of 2 simulations failed \(allowed 1 of 5\); first: simulation 1: /,
    );
    expect(by("placebo-treatment").failures).toEqual([]);
  });
  it("is reproducible by seed", () => {
    expect(refute("placebo-treatment", input, options, { seed: 100, simulations: 20 }).estimates).toEqual(by("placebo-treatment").estimates);
  });
});
