/**
 * The CSR's tests of tables and groups (cmh, fisher-exact, pearson-chi-square, one-way-anova)
 * against R (tests/reference/csr/tables-expected.R → tables-expected.json), to 1e-6 relative,
 * and their documented examples and input errors.
 */
import { describe, expect, it } from "vitest";
import { cmhTests, createPrng, EstimatorInputError, fisherExactTest, mantelHaenszelOddsRatio, oneWayAnova, pearsonChiSquareTest } from "../../estimators/src/index.ts";
import { expectClose } from "./reference.ts";
import expectedJson from "../reference/csr/tables-expected.json" with { type: "json" };

const r = expectedJson as any;

/** Fisher's p-value by listing every table with the margins (independent of the network algorithm). */
function enumeratedFisherP(table: number[][]): number {
  const rows = table.map((row) => row.reduce((a, b) => a + b, 0));
  const cols = table[0]!.map((_, j) => table.reduce((a, row) => a + row[j]!, 0));
  const N = rows.reduce((a, b) => a + b, 0);
  const fact = [1];
  for (let k = 1; k <= N; k++) fact.push(fact[k - 1]! * k);
  const prob = (t: number[][]) => (rows.reduce((a, v) => a * fact[v]!, 1) * cols.reduce((a, v) => a * fact[v]!, 1)) / fact[N]! / t.flat().reduce((a, v) => a * fact[v]!, 1);
  const observed = prob(table);
  let p = 0;
  const cells = table.map((row) => row.map(() => 0));
  const visit = (i: number, j: number): void => {
    const r = table.length;
    const c = cols.length;
    if (i === r - 1) {
      for (let jj = 0; jj < c; jj++) {
        const rest = cols[jj]! - cells.slice(0, r - 1).reduce((a, row) => a + row[jj]!, 0);
        if (rest < 0) return;
        cells[r - 1]![jj] = rest;
      }
      const pr = prob(cells);
      if (pr <= observed * (1 + 1e-7)) p += pr;
      return;
    }
    if (j === c - 1) {
      const rest = rows[i]! - cells[i]!.slice(0, c - 1).reduce((a, b) => a + b, 0);
      if (rest < 0) return;
      cells[i]![j] = rest;
      visit(i + 1, 0);
      return;
    }
    for (let x = 0; x <= Math.min(rows[i]!, cols[j]!); x++) {
      cells[i]![j] = x;
      visit(i, j + 1);
    }
  };
  visit(0, 0);
  return p;
}

describe("cmhTests", () => {
  it.each(Object.keys(r.cmh))("%s: the three statistics as the matrix formulas in R; general association as mantelhaen.test", (name) => {
    const e = r.cmh[name];
    const res = cmhTests(e.tables, { columnScores: e.column_scores });
    for (const [mine, theirs] of [
      [res.generalAssociation, e.general],
      [res.rowMeanScores, e.rowmeans],
      [res.correlation, e.correlation],
    ] as const) {
      expectClose(mine.statistic, theirs.statistic);
      expect(mine.df).toBe(theirs.df);
      expectClose(mine.p, theirs.p);
    }
    expectClose(res.generalAssociation.statistic, e.mantelhaen.statistic);
    expect(res.generalAssociation.df).toBe(e.mantelhaen.df);
    expectClose(res.generalAssociation.p, e.mantelhaen.p);
  });
  it("the ordinal case as coin (cmh_test nominal and scored, lbl_test²)", () => {
    const e = r.cmh.fixture_ordinal;
    const res = cmhTests(e.tables, { columnScores: e.column_scores });
    expectClose(res.generalAssociation.statistic, e.coin.general);
    expectClose(res.rowMeanScores.statistic, e.coin.rowmeans);
    expectClose(res.correlation.statistic, e.coin.correlation);
  });
  it("the documented example", () => {
    expectClose(
      cmhTests([
        [
          [10, 5],
          [5, 10],
        ],
        [
          [8, 4],
          [4, 8],
        ],
      ]).generalAssociation.statistic,
      r.cmh.example.general.statistic,
    );
  });
  it("checks its inputs", () => {
    expect(() =>
      cmhTests([
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2, 3],
          [3, 4, 5],
        ],
      ]),
    ).toThrow(/tables\[1\]\[0\]: must have 2 columns/);
    expect(() =>
      cmhTests([
        [
          [1, 2.5],
          [3, 4],
        ],
      ]),
    ).toThrow(/tables\[0\]\[0\]\[1\]: must be a count/);
    expect(() =>
      cmhTests(
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        { columnScores: [1] },
      ),
    ).toThrow(EstimatorInputError);
    expect(() =>
      cmhTests([
        [
          [0, 0],
          [3, 4],
        ],
      ]),
    ).toThrow(/singular covariance/);
  });
});

describe("mantelHaenszelOddsRatio", () => {
  it.each(["example", "fixture_2x2"])("%s as mantelhaen.test's estimate and conf.int", (name) => {
    const e = r.cmh[name];
    const res = mantelHaenszelOddsRatio(e.tables);
    expectClose(res.estimate, e.mh_odds_ratio.estimate);
    expectClose(res.lower, e.mh_odds_ratio.lower);
    expectClose(res.upper, e.mh_odds_ratio.upper);
  });
  it("the documented example; inputs are checked", () => {
    expectClose(
      mantelHaenszelOddsRatio([
        [
          [10, 5],
          [5, 10],
        ],
        [
          [8, 4],
          [4, 8],
        ],
      ]).estimate,
      4,
      1e-12,
    );
    expect(() =>
      mantelHaenszelOddsRatio([
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
      ]),
    ).toThrow(/tables\[0\]: must be a 2 × 2 table/);
    expect(() =>
      mantelHaenszelOddsRatio([
        [
          [0, 2],
          [3, 4],
        ],
      ]),
    ).toThrow(/zero Mantel–Haenszel odds ratio/);
  });
});

describe("fisherExactTest", () => {
  it.each((r.fisher as any[]).map((e, k) => [k, e] as [number, any]))("table %i as fisher.test", (_, e) => {
    expectClose(fisherExactTest(e.table).p, e.p);
  });
  it("the documented example is 17/35", () => {
    expectClose(
      fisherExactTest([
        [3, 1],
        [1, 3],
      ]).p,
      17 / 35,
      1e-12,
    );
  });
  it("agrees with plain enumeration on 40 random small tables (to 1e-10)", () => {
    const rng = createPrng(2026);
    for (let k = 0; k < 40; k++) {
      const r = 2 + rng.integer(2);
      const c = 2 + rng.integer(3);
      const table = Array.from({ length: r }, () => Array.from({ length: c }, () => rng.integer(5)));
      if (table.flat().every((v) => v === 0)) continue;
      expectClose(fisherExactTest(table).p, enumeratedFisherP(table), 1e-10, 1e-15);
    }
  });
  it("stops beyond maxNodes and checks its inputs", () => {
    expect(() =>
      fisherExactTest(
        [
          [60, 40, 40, 20],
          [20, 40, 40, 60],
          [40, 40, 40, 40],
        ],
        { maxNodes: 1000 },
      ),
    ).toThrow(/more than 1000 network steps/);
    expect(() =>
      fisherExactTest([
        [1, -1],
        [2, 2],
      ]),
    ).toThrow(/table\[0\]\[1\]: must be a count/);
    expect(() =>
      fisherExactTest([
        [0, 0],
        [0, 0],
      ]),
    ).toThrow(/empty/);
  });
});

describe("pearsonChiSquareTest", () => {
  it.each((r.chisq as any[]).map((e, k) => [k, e] as [number, any]))("table %i as chisq.test (with and without Yates)", (_, e) => {
    const u = pearsonChiSquareTest(e.table);
    expectClose(u.statistic, e.statistic);
    expect(u.df).toBe(e.df);
    expectClose(u.p, e.p);
    (e.expected as number[][]).forEach((row, i) => expectClose(u.expected[i], row));
    const y = pearsonChiSquareTest(e.table, true);
    expectClose(y.statistic, e.yates_statistic);
    expectClose(y.p, e.yates_p);
  });
  it("the documented example; an empty column is an error", () => {
    expectClose(
      pearsonChiSquareTest([
        [10, 20],
        [20, 10],
      ]).statistic,
      20 / 3,
      1e-12,
    );
    expect(() =>
      pearsonChiSquareTest([
        [0, 2],
        [0, 3],
      ]),
    ).toThrow(/empty column 0/);
  });
});

describe("oneWayAnova", () => {
  it("baseline by arm as anova(lm(baseline ~ arm))", () => {
    const e = r.anova;
    const res = oneWayAnova(e.groups);
    expectClose(res.ssBetween, e.ss_between);
    expectClose(res.ssWithin, e.ss_within);
    expect([res.dfBetween, res.dfWithin]).toEqual([e.df_between, e.df_within]);
    expectClose(res.f, e.f);
    expectClose(res.p, e.p);
  });
  it("the documented example; inputs are checked", () => {
    expectClose(
      oneWayAnova([
        [1, 2, 3],
        [2, 3, 4],
        [5, 6, 7],
      ]).f,
      13,
      1e-12,
    );
    expect(() => oneWayAnova([[1, 2, 3]])).toThrow(/at least two groups/);
    expect(() =>
      oneWayAnova([
        [1, NaN],
        [2, 3],
      ]),
    ).toThrow(/groups\[0\]\[1\]: must be a finite number/);
    expect(() =>
      oneWayAnova([
        [1, 1],
        [2, 2],
      ]),
    ).toThrow(/no variation within groups/);
  });
});
