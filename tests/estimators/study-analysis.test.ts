import { describe, expect, it } from "vitest";
import {
  analyseStudyMonth,
  bootstrapComparison,
  bootstrapReplicateRange,
  bootstrapStreamStates,
  buildDesignMatrix,
  combineBootstrap,
  comparisonBootstrapOutcome,
  comparisonBootstrapRequest,
  createResampler,
  estimateTreatmentEffect,
  resolveAnalysisParameters,
  withBootstrap,
  type AnalysisInput,
  type StudyAnalysisSpec,
} from "../../estimators/src/index.ts";
import { threeArmRows } from "./three-arm-rows.ts";

const spec: StudyAnalysisSpec = {
  study: "TEST-3ARM",
  month: "2026-01",
  arms: [
    { code: "PBO", label: "Placebo", role: "control" },
    { code: "LOW", label: "Low dose", role: "treated" },
    { code: "HIGH", label: "High dose", role: "treated" },
  ],
  covariates: ["age", "site_group", "baseline"],
  outcome: { column: "chg", type: "continuous", label: "Change from baseline" },
};

const input: AnalysisInput = { spec, rows: threeArmRows(600, 7), parameters: { bootstrap: { replicates: 30, seed: 11 } } };

describe("analyseStudyMonth", () => {
  const { result, details } = analyseStudyMonth(input);

  it("makes one comparison per treated arm against the control arm", () => {
    expect(result.schema).toBe("trial-analysis/1");
    expect(result.comparisons.map((c) => c.id)).toEqual(["LOW-vs-PBO", "HIGH-vs-PBO"]);
    expect(details.map((d) => d.id)).toEqual(["LOW-vs-PBO", "HIGH-vs-PBO"]);
    expect(result.comparisons[1]!.designColumns).toEqual(["age", "site_group=B", "site_group=C", "baseline"]);
  });

  it("excludes and counts subjects without the outcome, by arm and status", () => {
    const rows = input.rows as Array<Record<string, unknown>>;
    for (const c of result.comparisons) {
      const inArms = rows.filter((r) => r.arm === c.treated.code || r.arm === "PBO");
      const missing = inArms.filter((r) => r.chg === null);
      expect(c.counts.inArms.total).toBe(inArms.length);
      expect(c.counts.missingOutcome.total).toBe(missing.length);
      expect(c.counts.missingOutcome.treated).toBe(missing.filter((r) => r.arm === c.treated.code).length);
      expect(c.missingOutcomeByStatus).toEqual({ discontinued: missing.length });
      expect(c.counts.analysed.total).toBe(inArms.length - missing.length);
      expect(c.estimand.intercurrentEvents).toContain(`${missing.length} in these arms`);
    }
  });

  it("gives the same estimates as estimateTreatmentEffect on the comparison's complete cases", () => {
    const rows = (input.rows as Array<Record<string, unknown>>).filter((r) => (r.arm === "HIGH" || r.arm === "PBO") && r.chg !== null);
    const design = buildDesignMatrix(rows, spec.covariates);
    const direct = estimateTreatmentEffect(
      { covariates: design.X, treatment: rows.map((r) => (r.arm === "HIGH" ? 1 : 0)), outcome: rows.map((r) => r.chg as number), covariateNames: design.columnNames },
      { method: "aipw", outcomeType: "continuous" },
    );
    const high = result.comparisons[1]!;
    expect(high.estimates!.aipw.difference).toEqual(direct.difference);
    expect(high.estimates!.aipw.difference.estimate).toBeCloseTo(-2, 0);
    expect(high.propensity!.coefficients).toEqual(direct.propensity!.coefficients);
    expect(high.bootstrap!.requested).toBe(30);
    expect(high.bootstrap!.seed).toBe(11);
  });

  it("does not depend on the order of the rows (subjects are sorted by id first)", () => {
    const reversed = analyseStudyMonth({ ...input, rows: [...(input.rows as Array<Record<string, unknown>>)].reverse() });
    expect(reversed.result).toEqual(result);
  });

  it("equals the point analysis with each comparison's bootstrap added (the page's path)", () => {
    let stepwise = analyseStudyMonth(input, { bootstrap: "skip" }).result;
    expect(stepwise.comparisons.every((c) => c.bootstrap === null)).toBe(true);
    for (const c of stepwise.comparisons) stepwise = withBootstrap(stepwise, c.id, bootstrapComparison(input, c.id));
    expect(JSON.stringify(stepwise)).toBe(JSON.stringify(result));
  });

  it("equals the analysis when each comparison's bootstrap is computed in pieces elsewhere (the page's worker path)", () => {
    let stepwise = analyseStudyMonth(input, { bootstrap: "skip" }).result;
    for (const c of stepwise.comparisons) {
      const request = comparisonBootstrapRequest(input, c.id);
      if (request === null) continue;
      const { input: data, options, bootstrap } = request;
      const states = bootstrapStreamStates(createResampler(data.treatment, bootstrap.strata ?? "none"), bootstrap.seed, bootstrap.replicates!);
      const half = Math.floor(bootstrap.replicates! / 2);
      // Two "workers" in reverse order: replicates depend only on (seed, replicate number).
      const outcomes = [
        ...bootstrapReplicateRange(data, options, bootstrap, states, half, bootstrap.replicates!),
        ...bootstrapReplicateRange(data, options, bootstrap, states, 0, half),
      ];
      const estimate = estimateTreatmentEffect(data, { ...options, level: bootstrap.level ?? 0.95 });
      stepwise = withBootstrap(stepwise, c.id, comparisonBootstrapOutcome(input, { result: combineBootstrap(data, options, bootstrap, estimate, outcomes) }));
    }
    expect(JSON.stringify(stepwise)).toBe(JSON.stringify(result));
  });

  it("records every parameter and the gates of every comparison", () => {
    expect(result.parameters).toEqual(resolveAnalysisParameters({ bootstrap: { replicates: 30, seed: 11 } }));
    expect(result.gates.map((g) => `${g.comparison}:${g.id}`)).toContain("HIGH-vs-PBO:balance");
    expect(result.passed).toBe(result.gates.every((g) => g.passed));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("trims and counts the trimmed subjects", () => {
    const trimmed = analyseStudyMonth({ ...input, parameters: { trim: { rule: "symmetric", threshold: 0.35 }, bootstrap: { replicates: 0 } } }, { bootstrap: "skip" });
    const c = trimmed.result.comparisons[1]!;
    const d = trimmed.details[1]!;
    const dropped = d.kept.filter((k) => !k).length;
    expect(dropped).toBeGreaterThan(0);
    expect(c.counts.trimmed.total).toBe(dropped);
    expect(c.counts.analysed.total).toBe(d.subjectIds.length - dropped);
    expect(c.propensity!.trimThreshold).toBe(0.35);
    expect(c.estimand.population).toContain("[0.35, 0.65]");
  });
});

describe("analyseStudyMonth on degenerate data", () => {
  it("keeps the point estimates but fails the bootstrap gate when too many replicates fail", () => {
    // A rare binary covariate: resamples without any treated subject having it make the treated
    // outcome model collinear.
    const rows = (input.rows as Array<Record<string, unknown>>).map((r, i) => ({ ...r, rare: i === 3 || i === 10 ? 1 : 0 }));
    const withRare = { ...input, rows, spec: { ...spec, covariates: [...spec.covariates, "rare"] } };
    const { result } = analyseStudyMonth(withRare);
    const failed = result.comparisons.filter((c) => c.bootstrapError !== null);
    expect(failed.length).toBeGreaterThan(0);
    for (const c of failed) {
      expect(c.status).toBe("ok");
      expect(c.estimates).not.toBeNull();
      expect(c.bootstrap).toBeNull();
      expect(c.gates.find((g) => g.id === "bootstrap")!.passed).toBe(false);
      expect(c.gates.find((g) => g.id === "estimation")!.passed).toBe(true);
    }
    expect(result.passed).toBe(false);
    let stepwise = analyseStudyMonth(withRare, { bootstrap: "skip" }).result;
    for (const c of stepwise.comparisons) stepwise = withBootstrap(stepwise, c.id, bootstrapComparison(withRare, c.id));
    expect(JSON.stringify(stepwise)).toBe(JSON.stringify(result));
  });

  it("reports separation as a failed comparison with failed gates, not NaN", () => {
    const rows = (input.rows as Array<Record<string, unknown>>).map((r) => ({ ...r, marker: r.arm === "HIGH" ? 1 : 0 }));
    const { result } = analyseStudyMonth({ ...input, rows, spec: { ...spec, covariates: [...spec.covariates, "marker"] } }, { bootstrap: "skip" });
    const high = result.comparisons[1]!;
    expect(high.status).toBe("failed");
    expect(high.estimates).toBeNull();
    expect(high.gates.find((g) => g.id === "separation")!.passed).toBe(false);
    expect(high.gates.find((g) => g.id === "estimation")!.passed).toBe(false);
    expect(result.passed).toBe(false);
  });

  it("stops on a row whose arm is not one of the study's arms, naming the subject", () => {
    const rows = [...(input.rows as Array<Record<string, unknown>>)];
    rows[3] = { ...rows[3], arm: "XYZ" };
    expect(() => analyseStudyMonth({ ...input, rows })).toThrow(/subject S0003 \(rows\[3\]\)\.arm: must be one of the study's arm codes PBO, LOW, HIGH, got "XYZ"/);
  });

  it("stops on a non-numeric outcome and on a duplicate subject id", () => {
    const rows = [...(input.rows as Array<Record<string, unknown>>)];
    rows[5] = { ...rows[5], chg: "n/a" };
    expect(() => analyseStudyMonth({ ...input, rows })).toThrow(/subject S0005\.chg: a continuous outcome must be a finite number, got "n\/a"/);
    const dup = [...(input.rows as Array<Record<string, unknown>>), (input.rows as Array<Record<string, unknown>>)[0]!];
    expect(() => analyseStudyMonth({ ...input, rows: dup })).toThrow(/S0000" appears more than once/);
  });

  it("names the subject with a missing covariate, or excludes and counts them when configured", () => {
    const rows = [...(input.rows as Array<Record<string, unknown>>)];
    rows[1] = { ...rows[1], age: null };
    const failed = analyseStudyMonth({ ...input, rows }, { bootstrap: "skip" }).result;
    const affected = failed.comparisons.find((c) => c.treated.code === rows[1]!.arm || rows[1]!.arm === "PBO")!;
    expect(affected.status).toBe("failed");
    expect(affected.error).toContain("subject S0001.age");
    const excluded = analyseStudyMonth({ ...input, rows, parameters: { missingCovariates: "exclude" } }, { bootstrap: "skip" }).result;
    const c = excluded.comparisons.find((x) => x.id === affected.id)!;
    expect(c.status).toBe("ok");
    expect(c.counts.missingCovariates.total).toBe(rows[1]!.chg === null ? 0 : 1);
  });

  it("rejects a spec without exactly one control arm", () => {
    expect(() => analyseStudyMonth({ ...input, spec: { ...spec, arms: spec.arms.filter((a) => a.role === "treated") } })).toThrow(/exactly one control arm/);
  });
});
