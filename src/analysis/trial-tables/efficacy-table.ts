/**
 * The primary efficacy table of a continuous endpoint, in the layout of the CDISC pilot CSR's
 * Table 14-3.01, at every scheduled visit the data has: per arm n, mean (SD) and median (range)
 * of the baseline, the visit value and the change from baseline; the ANCOVA of the change on
 * treatment + site group + baseline (the CSR's footnote [1]) with the LS means (SE) per arm, each
 * treated arm vs control and each higher treated arm vs each lower one (difference of LS means
 * (SE), 95% CI, unadjusted p), and the dose-response p (the arm's dose as a continuous term in
 * the same model, footnote [2]). The statistics are the estimators' `fitLinearModel`, `lsMeans`
 * (observed-margin weights, the sponsor's `OM`) and `doseResponseTest`.
 */
import { doseResponseTest, fitLinearModel, lsMeans, type LinearModelSpec } from "@trial/estimators";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { armHeader, groupByArm, type SubjectRow } from "./arm-columns.ts";
import { fixed } from "./csr-format.ts";
import { descriptives, numericValues, type Descriptives } from "./descriptive-statistics.ts";
import { blankRow, describe, numberCell, textCell, TrialTableInputError, type TableCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface EfficacyOptions {
  armColumn?: string;
  /** Subject identifier column (default "subject_id"), for the arms' N. */
  subjectColumn?: string;
  /** Column of the visit (number), default "visit". */
  visitColumn?: string;
  /** The visits to report, with their labels; default every visit value in the rows, "Week <v>". */
  visits?: Array<{ value: number; label: string }>;
  /** Baseline column (default "base"); null for an endpoint without a baseline (CIBIC+, Table 14-3.02): the visit value alone is summarised and modelled. */
  baselineColumn?: string | null;
  valueColumn?: string;
  changeColumn?: string;
  /** Site-group factor of the model (null: none). Default "site_group". */
  siteColumn?: string | null;
  /** The dose of each arm code, for the dose-response test (absent: no dose-response row). */
  doses?: Readonly<Record<string, number>>;
  /** Print the LS means (SE) of each arm (default true; the published pilot table does not). */
  lsMeanRows?: boolean;
  /** The treated arms' common name in the "vs control" label, e.g. "Xan" (default "Treatment"). */
  treatedLabel?: string;
  /** Short arm names for the comparison labels, e.g. { Xan_Hi: "Xan High" } (default the labels). */
  shortLabels?: Readonly<Record<string, string>>;
  id?: string;
  title?: string;
  population?: string;
}

const meanSd = (d: Descriptives): TableCell => numberCell(d.mean, d.n === 0 ? "" : `${fixed(d.mean, 1)} (${fixed(d.sd, 2).padStart(5, " ")})`, { mean: d.mean, sd: d.sd });
const medianRange = (d: Descriptives): TableCell =>
  numberCell(d.median, d.n === 0 ? "" : `${fixed(d.median, 1)} (${fixed(d.min, 0).padStart(3, " ")};${fixed(d.max, 0).padStart(2, " ")})`, {
    median: d.median,
    min: d.min,
    max: d.max,
  });
const p3 = (p: number): string => (p < 0.001 ? "<.001" : p.toFixed(3));

/**
 * Table 14-3.01 (or, without a baseline, 14-3.02) from one row per subject and visit (the analysis rows: LOCF already applied by
 * the caller) and the study entry.
 *
 * @throws TrialTableInputError for a row of an unknown arm or a non-numeric value (named), or a
 *   requested visit without rows
 */
export function efficacyTable(rows: readonly SubjectRow[], study: Pick<StudyConfig, "arms">, options: EfficacyOptions = {}): TrialTable {
  const armColumn = options.armColumn ?? "arm";
  const visitColumn = options.visitColumn ?? "visit";
  const base = options.baselineColumn === undefined ? "base" : options.baselineColumn;
  const value = options.valueColumn ?? "aval";
  const change = options.changeColumn ?? "chg";
  const site = options.siteColumn === undefined ? "site_group" : options.siteColumn;
  const arms = study.arms;
  const control = arms.findIndex((a) => a.role === "control");
  if (control < 0) throw new TrialTableInputError("study.arms", "has no control arm");
  const short = (i: number): string => options.shortLabels?.[arms[i]!.code] ?? arms[i]!.label;
  const visits = options.visits ?? [...new Set(numericValues(rows, visitColumn))].sort((a, b) => a - b).map((v) => ({ value: v, label: `Week ${v}` }));
  const width = arms.length + 1;
  const text = (label: string, cells: TableCell[]): TableRow => ({ cells: [textCell(label), ...cells] });
  const at = (i: number, cell: TableCell): TableCell[] => arms.map((_, j) => (j === i ? cell : textCell("")));
  const subjectsPerArm = groupByArm(rows, arms, armColumn).map((g) => new Set(g.rows.map((r) => r[options.subjectColumn ?? "subject_id"])).size);
  const columns = ["", ...arms.map((a, i) => armHeader(a.label, subjectsPerArm[i]!))];

  const out: TableRow[] = [];
  for (const visit of visits) {
    const visitRows = rows.filter((r) => r[visitColumn] === visit.value);
    if (visitRows.length === 0) throw new TrialTableInputError("options.visits", `has ${describe(visit.value)}, a visit without rows`);
    const groups = groupByArm(visitRows, arms, armColumn).map((g) => g.rows);
    if (out.length > 0) out.push(blankRow(width));
    out.push(
      text(
        `${visit.label}:`,
        arms.map(() => textCell("")),
      ),
    );
    const blocks: Array<[string, string]> =
      base === null
        ? [[visit.label, value]]
        : [
            ["Baseline", base],
            [visit.label, value],
            ["Change from Baseline", change],
          ];
    for (const [label, column] of blocks) {
      const d = groups.map((g) => descriptives(numericValues(g, column)));
      out.push(
        text(
          label,
          arms.map(() => textCell("")),
        ),
      );
      out.push(
        text(
          "n",
          d.map((x) => numberCell(x.n, String(x.n))),
        ),
      );
      out.push(text("Mean (SD)", d.map(meanSd)));
      out.push(text("Median (Range)", d.map(medianRange)));
    }
    const outcome = base === null ? value : change;
    const present = (r: SubjectRow, c: string | null): boolean => c === null || (r[c] !== null && r[c] !== undefined);
    const model = visitRows.filter((r) => present(r, outcome) && present(r, base));
    const spec: LinearModelSpec = {
      outcome,
      factors: [{ name: armColumn, levels: arms.map((a) => a.code) }, ...(site === null ? [] : [site])],
      covariates: base === null ? [] : [base],
    };
    const fit = fitLinearModel(model, spec);
    out.push(blankRow(width));
    if (options.lsMeanRows ?? true) {
      const m = lsMeans(fit, armColumn, { weights: "proportional" });
      out.push(
        text(
          "LS Mean (SE) [1]",
          m.means.map((x) => numberCell(x.estimate, `${fixed(x.estimate, 1)} (${fixed(x.se, 2)})`, { estimate: x.estimate, se: x.se })),
        ),
      );
      out.push(blankRow(width));
    }
    if (options.doses !== undefined) {
      const { slope } = doseResponseTest(model, spec, { factor: armColumn, doses: options.doses });
      out.push(
        text("p-value(Dose Response) [1][2]", at(arms.length - 1, numberCell(slope.p, p3(slope.p), { slope: slope.estimate, se: slope.se, t: slope.t, df: slope.df, p: slope.p }))),
      );
      out.push(blankRow(width));
    }
    const treated = arms.map((_, i) => i).filter((i) => i !== control);
    const comparisons: Array<[number, number]> = [...treated.map((i): [number, number] => [i, control])];
    for (let a = 0; a < treated.length; a++) for (let b = a + 1; b < treated.length; b++) comparisons.push([treated[b]!, treated[a]!]);
    const byControl = new Map<number, ReturnType<typeof lsMeans>>();
    const controlsOf = [...new Set(comparisons.map(([, c]) => c))];
    for (const c of controlsOf) byControl.set(c, lsMeans(fit, armColumn, { weights: "proportional", control: arms[c]!.code }));
    for (const c of controlsOf) {
      const pairs = comparisons.filter(([, k]) => k === c);
      const diffs = pairs.map(([i]) => ({ i, d: byControl.get(c)!.differences.find((x) => x.level === arms[i]!.code)! }));
      const label =
        c === control
          ? `p-value(${options.treatedLabel ?? "Treatment"} - ${short(c)}) [1][3]`
          : `p-value(${pairs.length > 1 ? "Treatment" : short(pairs[0]![0])} - ${short(c)}) [1][3]`;
      const row = (f: (d: (typeof diffs)[number]["d"]) => TableCell): TableCell[] =>
        arms.map((_, j) => {
          const hit = diffs.find((x) => x.i === j);
          return hit === undefined ? textCell("") : f(hit.d);
        });
      out.push(
        text(
          label,
          row((d) => numberCell(d.p, p3(d.p))),
        ),
      );
      out.push(
        text(
          "Diff of LS Means (SE)",
          row((d) => numberCell(d.estimate, `${fixed(d.estimate, 1)} (${fixed(d.se, 2)})`, { estimate: d.estimate, se: d.se, t: d.t, df: d.df })),
        ),
      );
      out.push(
        text(
          "95% CI",
          row((d) => numberCell(d.lower, `(${fixed(d.lower, 1)};${fixed(d.upper, 1)})`, { lower: d.lower, upper: d.upper })),
        ),
      );
      out.push(blankRow(width));
    }
    out.pop();
  }
  return {
    id: options.id ?? "14-3.01",
    title: options.title ?? "Primary Endpoint Analysis: Change from Baseline",
    population: options.population ?? "Efficacy",
    columns,
    rows: out,
    footnotes: [
      `[1] Based on Analysis of covariance (ANCOVA) model with treatment${site === null ? "" : " and site group"} as factors${base === null ? "" : " and baseline value as a covariate"}; LS means with observed-margin weights.`,
      "[2] Test for a non-zero coefficient for treatment (dose) as a continuous variable.",
      "[3] Pairwise comparison with treatment as a categorical variable: p-values without adjustment for multiple comparisons.",
    ],
  };
}
