/**
 * The trial-table functions on small synthetic inputs (no study files needed): the CSR number
 * formats, descriptive statistics, the tests they call (against the estimators directly), the
 * multi-visit efficacy table's structure, and the input errors, which name the argument and value.
 */
import { describe, expect, it } from "vitest";
import { cmhTests, fisherExactTest, oneWayAnova, pearsonChiSquareTest } from "@trial/estimators";
import { adverseEventTable } from "../../../src/analysis/trial-tables/adverse-event-table.ts";
import { categoricalResponseTable } from "../../../src/analysis/trial-tables/categorical-response-table.ts";
import { countPercent, fixed, pValue3, pValue4 } from "../../../src/analysis/trial-tables/csr-format.ts";
import { demographicsTable } from "../../../src/analysis/trial-tables/demographics-table.ts";
import { descriptives } from "../../../src/analysis/trial-tables/descriptive-statistics.ts";
import { dispositionTable } from "../../../src/analysis/trial-tables/disposition-table.ts";
import { efficacyTable } from "../../../src/analysis/trial-tables/efficacy-table.ts";

const study = {
  arms: [
    { code: "PBO", label: "Placebo", role: "control" as const },
    { code: "LO", label: "Low", role: "treated" as const },
    { code: "HI", label: "High", role: "treated" as const },
  ],
};
const ARMS = ["PBO", "LO", "HI"];
const subjects = Array.from({ length: 60 }, (_, i) => ({
  subject_id: `S${i}`,
  arm: ARMS[i % 3]!,
  age: 50 + ((i * 13) % 29),
  sex: i % 4 === 0 ? "F" : "M",
  site_group: `G${i % 4}`,
  completed: i % 5 === 0 ? "N" : "Y",
  reason: i % 5 === 0 ? (i % 2 === 0 ? "AE" : "WC") : null,
}));

describe("CSR number formats", () => {
  it("rounds exact ties to even and others to nearest, without a negative zero", () => {
    expect(fixed(40.25, 1)).toBe("40.2");
    expect(fixed(40.35, 1)).toBe(Number(40.35).toFixed(1)); // 40.35 is not a tie in binary
    expect(fixed(0.125, 2)).toBe("0.12");
    expect(fixed(0.375, 2)).toBe("0.38");
    expect(fixed(-0.04, 1)).toBe("0.0");
    expect(fixed(-2.25, 1)).toBe("-2.2");
    expect(fixed(null, 1)).toBe("");
  });

  it("prints counts with percentages as the CSR", () => {
    expect(countPercent(14, 86)).toBe("14 ( 16%)");
    expect(countPercent(1, 254)).toBe("1 ( <1%)");
    expect(countPercent(1, 254, { lessThanOne: false, zero: "percent" })).toBe("1 (  0%)");
    expect(countPercent(0, 86)).toBe("0");
    expect(countPercent(0, 86, { zero: "percent" })).toBe("0 (  0%)");
    expect(countPercent(2, 86, { digits: 1 })).toBe("2 ( 2.3%)");
    expect(countPercent(65, 86, { digits: 1 })).toBe("65 (75.6%)");
  });

  it("prints p-values as the CSR", () => {
    expect(pValue4(0.00001)).toBe("<.0001");
    expect(pValue4(0.59341)).toBe("0.5934");
    expect(pValue3(0.995)).toBe(">.99");
    expect(pValue3(0.0002)).toBe("0.000*");
    expect(pValue3(0.2)).toBe("0.200");
  });
});

describe("descriptive statistics", () => {
  it("n, mean, SD (n − 1), median, min, max", () => {
    const d = descriptives([4, 1, 3, 2]);
    expect(d).toEqual({ n: 4, mean: 2.5, sd: Math.sqrt(5 / 3), median: 2.5, min: 1, max: 4 });
    expect(descriptives([]).n).toBe(0);
  });
});

describe("demographics table", () => {
  const table = demographicsTable(subjects, study, [
    { kind: "continuous", column: "age", label: "Age" },
    {
      kind: "categorical",
      column: "sex",
      label: "Sex",
      showN: true,
      levels: [
        { value: "M", label: "Male" },
        { value: "F", label: "Female" },
      ],
    },
    {
      kind: "categorical",
      column: "sex",
      label: "Sex (Fisher)",
      levels: [
        { value: "M", label: "Male" },
        { value: "F", label: "Female" },
      ],
      test: "fisher",
    },
  ]);

  it("carries the ANOVA and chi-square p-values of the estimators", () => {
    const ages = ARMS.map((a) => subjects.filter((s) => s.arm === a).map((s) => s.age));
    expect(table.rows[0]!.cells[6]!.value).toBe(oneWayAnova(ages).p);
    const counts = ["M", "F"].map((v) => ARMS.map((a) => subjects.filter((s) => s.arm === a && s.sex === v).length));
    expect(table.rows[7]!.cells[6]!.value).toBe(pearsonChiSquareTest(counts).p);
    expect(table.rows[11]!.cells[6]!.value).toBe(fisherExactTest(counts).p);
    expect(table.columns).toEqual(["", "", "Placebo (N=20)", "Low (N=20)", "High (N=20)", "Total (N=60)", "p-value [1]"]);
  });

  it("names a subject of an unknown arm, a non-numeric value and an unknown level", () => {
    expect(() => demographicsTable([...subjects, { ...subjects[0]!, arm: "XX" }], study, [])).toThrow(/rows\[60\]\.arm is "XX", not one of the study's arms/);
    expect(() => demographicsTable([{ ...subjects[0]!, age: "old" as unknown as number }, ...subjects], study, [{ kind: "continuous", column: "age", label: "Age" }])).toThrow(
      /rows\[0\]\.age must be a finite number or null, got "old"/,
    );
    expect(() =>
      demographicsTable(subjects, study, [
        {
          kind: "categorical",
          column: "sex",
          label: "Sex",
          levels: [
            { value: "M", label: "M" },
            { value: "X", label: "X" },
          ],
        },
      ]),
    ).toThrow(/sex has "F", not one of the levels/);
  });
});

describe("disposition table", () => {
  it("counts completion and reasons and tests them with Fisher's exact test", () => {
    const table = dispositionTable(subjects, study, {
      completedColumn: "completed",
      reasonColumn: "reason",
      reasons: [
        { value: "AE", label: "Adverse event", test: true },
        { value: "WC", label: "Withdrew" },
      ],
      visit: "Week 12",
    });
    const completed = table.rows.find((r) => r.cells[0]!.text === "Completed Week 12")!;
    const yes = ARMS.map((a) => subjects.filter((s) => s.arm === a && s.completed === "Y").length);
    expect(completed.cells.slice(1, 4).map((c) => c.value)).toEqual(yes);
    expect(completed.cells[5]!.value).toBe(fisherExactTest([yes, yes.map((y) => 20 - y)]).p);
  });
});

describe("adverse-event table", () => {
  const events = [
    { subject_id: "S1", soc: "B", term: "b1" },
    { subject_id: "S1", soc: "B", term: "b1" },
    { subject_id: "S2", soc: "B", term: "b2" },
    { subject_id: "S0", soc: "A", term: "a1" },
  ];
  const table = adverseEventTable(subjects, events, study);

  it("orders classes alphabetically and terms by descending total, counting subjects and events", () => {
    expect(table.rows.filter((r) => !r.blank).map((r) => r.cells[0]!.text)).toEqual(["ANY BODY SYSTEM", "A", "a1", "B", "b1", "b2"]);
    const b1 = table.rows.find((r) => r.cells[0]!.text === "b1")!;
    expect(b1.cells.slice(1, 7).map((c) => c.text)).toEqual(["0", "", "1 ( 5.0%)", "[2]", "0", ""]);
    expect(b1.cells[7]!.value).toBe(
      fisherExactTest([
        [0, 20],
        [1, 19],
      ]).p,
    );
    expect(b1.cells[8]!.text).toBe("");
  });

  it("names an event without a term", () => {
    expect(() => adverseEventTable(subjects, [{ subject_id: "S1", soc: "A", term: "" }], study)).toThrow(/events\[0\]\.term must be a non-empty term/);
  });
});

describe("efficacy table", () => {
  const rows = subjects.flatMap((s, i) =>
    [4, 8].map((visit) => {
      const base = 20 + (i % 7);
      const chg = (s.arm === "PBO" ? 1 : s.arm === "LO" ? 0 : -1) * (visit / 4) + ((i * 5) % 3) - 1;
      return { subject_id: s.subject_id, arm: s.arm, site_group: s.site_group, visit, base, aval: base + chg, chg };
    }),
  );

  it("has one block per visit with LS means, comparisons and the dose response", () => {
    const table = efficacyTable(rows, study, { doses: { PBO: 0, LO: 1, HI: 2 } });
    const labels = table.rows.filter((r) => !r.blank).map((r) => r.cells[0]!.text);
    expect(labels.filter((l) => /^Week \d+:$/.test(l))).toEqual(["Week 4:", "Week 8:"]);
    expect(labels.filter((l) => l.startsWith("LS Mean"))).toHaveLength(2);
    expect(labels.filter((l) => l.startsWith("p-value(Dose"))).toHaveLength(2);
    expect(labels.filter((l) => l === "p-value(Treatment - Placebo) [1][3]")).toHaveLength(2);
    expect(labels.filter((l) => l === "p-value(High - Low) [1][3]")).toHaveLength(2);
  });

  it("names a requested visit without rows", () => {
    expect(() => efficacyTable(rows, study, { visits: [{ value: 12, label: "Week 12" }] })).toThrow(/options.visits has 12, a visit without rows/);
  });
});

describe("categorical response table", () => {
  const categories = [
    { value: 1, label: "Better" },
    { value: 2, label: "Same" },
    { value: 3, label: "Worse" },
    { value: 4, label: "Much worse" },
  ];
  const rows = subjects.flatMap((s, i) => [4, 8].map((visit) => ({ subject_id: s.subject_id, arm: s.arm, site_group: s.site_group, visit, aval: 1 + ((i * 7 + visit) % 3) })));

  it("counts each category per arm and visit, and tests the arms with the CMH row-mean-scores statistic by site group", () => {
    const table = categoricalResponseTable(rows, study, { categories });
    expect(table.columns).toEqual(["", "Assessment", "Placebo (N=20)", "Low (N=20)", "High (N=20)", "p-value [1]"]);
    const week4 = rows.filter((r) => r.visit === 4);
    const strata = [...new Set(week4.map((r) => r.site_group))].sort();
    // Category 4 is never observed: printed as 0, left out of the test.
    const expected = cmhTests(
      strata.map((g) => ARMS.map((a) => [1, 2, 3].map((c) => week4.filter((r) => r.site_group === g && r.arm === a && r.aval === c).length))),
      { columnScores: [1, 2, 3] },
    ).rowMeanScores.p;
    const first = table.rows[0]!;
    expect(first.cells.map((c) => c.text).slice(0, 5)).toEqual(["Week 4", "n", "20", "20", "20"]);
    expect(first.cells[5]!.value).toBe(expected);
    const muchWorse = table.rows.filter((r) => r.cells[1]!.text === "Much worse");
    expect(muchWorse.map((r) => r.cells[2]!.text)).toEqual(["0", "0"]);
    const levels = table.rows.slice(1, 5).map((r) => r.cells[2]!.parts!.n as number);
    expect(levels.reduce((a, b) => a + b, 0)).toBe(20);
    expect(table.rows.filter((r) => r.blank)).toHaveLength(1);
  });

  it("names a response outside the categories, a row without a site group and an unknown arm", () => {
    expect(() => categoricalResponseTable([...rows, { ...rows[0]!, aval: 9 }], study, { categories })).toThrow(
      /rows\[120\]\.aval is 9, not one of the categories' codes \(1, 2, 3, 4\)/,
    );
    expect(() => categoricalResponseTable([{ ...rows[0]!, site_group: null as unknown as string }], study, { categories })).toThrow(/rows\[0\]\.site_group is missing/);
    expect(() => categoricalResponseTable([{ ...rows[0]!, arm: "XX" }], study, { categories })).toThrow(/rows\[0\]\.arm is "XX", not one of the study's arms/);
  });
});

describe("cells printing several numbers keep them all", () => {
  it("mean (SD), differences, CIs and the CSV's value form", async () => {
    const { tableToCsv } = await import("../../../src/analysis/trial-tables/csv-writer.ts");
    const rows = subjects.map((s, i) => ({
      subject_id: s.subject_id,
      arm: s.arm,
      site_group: s.site_group,
      visit: 4,
      base: 20 + (i % 7),
      chg: (i * 7) % 5,
      aval: 20 + (i % 7) + ((i * 7) % 5),
    }));
    const table = efficacyTable(rows, study);
    const ci = table.rows.find((r) => r.cells[0]!.text === "95% CI")!.cells[2]!;
    expect(ci.parts!.lower).toBe(ci.value);
    expect(ci.parts!.upper).toBeGreaterThan(ci.parts!.lower!);
    const meanSd = table.rows.find((r) => r.cells[0]!.text === "Mean (SD)")!.cells[1]!;
    expect(Object.keys(meanSd.parts!)).toEqual(["mean", "sd"]);
    expect(tableToCsv(table, { content: "value" })).toContain(`,lower=${ci.parts!.lower}; upper=${ci.parts!.upper},`);
  });
});
