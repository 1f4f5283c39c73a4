/**
 * The primary analysis of CDISCPILOT01 (each Xanomeline dose vs placebo, ADAS-Cog(11) change to
 * week 24, adjusted for baseline ADAS-Cog and pooled site group) against R computing the same from
 * the sponsor's ADaM files (tests/reference/cdisc-pilot/compute-expected.R → expected.json): the
 * project derives its snapshot from SDTM, R reads ADSL and ADADAS, and both must give the same
 * subjects, pooling and estimates (to 1e-6). Needs the real files (see cdisc-data.ts).
 */
import { afterAll, describe, expect, it } from "vitest";
import { analyseStudyMonth } from "../../estimators/src/index.ts";
import { analysisInput } from "../../src/foundation/analysis-input.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { prepareCdiscSnapshot } from "../../data-loaders/sources/cdisc-snapshot.ts";
import { getStudy } from "../../src/foundation/registry.ts";
import { cdiscDataDir } from "../data-loaders/readers/cdisc-data.ts";
import { expectClose } from "../estimators/reference.ts";
import expectedJson from "../reference/cdisc-pilot/expected.json" with { type: "json" };

interface Expected {
  comparison: string;
  n_analysed: number;
  n_treated: number;
  n_missing_outcome: number;
  pooled: string[];
  design_columns: string[];
  aipw: number;
  aipw_se: number;
  gcomp: number;
  ht: number;
  ht_se: number;
  hajek: number;
  hajek_se: number;
}

afterAll(async () => {
  await closeDuckDb();
});

describe("CDISCPILOT01 primary analysis matches R on the sponsor's ADaM", () => {
  cdiscDataDir();
  const config = getStudy("CDISCPILOT01");
  const analysis = (async () => {
    const prepared = await prepareCdiscSnapshot(config, "2015-03", "2015-03-31");
    return analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, "2015-03", prepared.tables.subjects), { bootstrap: "skip" }).result;
  })();

  it.each((expectedJson as Expected[]).map((e) => [e.comparison, e] as const))(
    "%s",
    async (id, e) => {
      const result = await analysis;
      const c = result.comparisons.find((x) => x.id === id)!;
      expect(c.status, c.error ?? "").toBe("ok");
      expect(c.gates.filter((g) => !g.passed).map((g) => g.message)).toEqual([]);
      expect(c.counts.analysed.total).toBe(e.n_analysed);
      expect(c.counts.analysed.treated).toBe(e.n_treated);
      expect(c.counts.missingOutcome.total).toBe(e.n_missing_outcome);
      expect(c.pooledLevels.flatMap((p) => p.levels)).toEqual(e.pooled);
      expect(c.designColumns).toEqual(e.design_columns.map((n) => (n === "BASE" ? "baseline_adas" : n.replace(/^site/, "site_group="))));
      const est = c.estimates!;
      expectClose(est.aipw.difference.estimate, e.aipw);
      expectClose(est.aipw.difference.se!, e.aipw_se);
      expectClose(est.gComputation.difference.estimate, e.gcomp);
      expectClose(est.ipwHt.difference.estimate, e.ht);
      expectClose(est.ipwHt.difference.se!, e.ht_se);
      expectClose(est.ipwHajek.difference.estimate, e.hajek);
      expectClose(est.ipwHajek.difference.se!, e.hajek_se);
    },
    120_000,
  );
});
