/**
 * Treatment-emergent adverse events by system organ class and preferred term, in the layout of
 * the CDISC pilot CSR's Table 14-5.01: per arm the subjects with at least one event, n (%) of the
 * arm's N (safety population), and the number of events [AEs]; Fisher's exact p-value of each
 * treated arm vs the control arm (2 × 2: subjects with vs without the event), an asterisk below
 * 0.15, blank when neither arm has the event. "ANY BODY SYSTEM" first, then the classes in
 * alphabetical order, each followed by its terms by descending count (in the arm named by
 * `sortBy`, the published table's high-dose arm, or in total by default), ties alphabetical.
 *
 * The caller chooses the events: treatment-emergent ones for Table 14-5.01, serious ones for the
 * serious-AE table (Table 14-5.02), with `title` naming it.
 */
import { fisherExactTest } from "@trial/estimators";
import type { StudyConfig } from "../../foundation/study-config.ts";
import { groupByArm, type SubjectRow } from "./arm-columns.ts";
import { countPercent, pValue3 } from "./csr-format.ts";
import { blankRow, describe, numberCell, textCell, TrialTableInputError, type TableCell, type TableRow, type TrialTable } from "./trial-table.ts";

export interface AdverseEventOptions {
  armColumn?: string;
  /** Subject identifier column, in both the subjects and the events (default "subject_id"). */
  subjectColumn?: string;
  /** Event column of the system organ class (default "soc"); absent → one class "ALL EVENTS". */
  socColumn?: string | null;
  /** Event column of the preferred term (default "term"). */
  termColumn?: string;
  /** Order terms by descending count in this arm (an arm code) or in total (default). */
  sortBy?: string;
  /** P-values below it get an asterisk (default 0.15, the CSR's). */
  flagBelow?: number;
  title?: string;
  id?: string;
  population?: string;
}

interface Counts {
  subjects: Array<Set<string>>;
  events: number[];
}

/**
 * Table 14-5.01 from subject rows (the population: every subject counts in its arm's N) and event
 * rows (one per event), with the study entry.
 *
 * @throws TrialTableInputError for a subject of an unknown arm, an event of a subject not in
 *   `subjects`, an event without a term, or a `sortBy` that is not an arm code (each named)
 */
export function adverseEventTable(subjects: readonly SubjectRow[], events: readonly SubjectRow[], study: Pick<StudyConfig, "arms">, options: AdverseEventOptions = {}): TrialTable {
  const subjectColumn = options.subjectColumn ?? "subject_id";
  const socColumn = options.socColumn === undefined ? "soc" : options.socColumn;
  const termColumn = options.termColumn ?? "term";
  const groups = groupByArm(subjects, study.arms, options.armColumn ?? "arm");
  const armOf = new Map<string, number>();
  groups.forEach((g, i) => g.rows.forEach((r) => armOf.set(String(r[subjectColumn]), i)));
  const k = groups.length;
  const control = study.arms.findIndex((a) => a.role === "control");
  if (control < 0) throw new TrialTableInputError("study.arms", "has no control arm");
  const sortArm = options.sortBy === undefined ? -1 : study.arms.findIndex((a) => a.code === options.sortBy);
  if (options.sortBy !== undefined && sortArm < 0)
    throw new TrialTableInputError("options.sortBy", `is ${describe(options.sortBy)}, not an arm code (${study.arms.map((a) => a.code).join(", ")})`);

  const empty = (): Counts => ({ subjects: Array.from({ length: k }, () => new Set<string>()), events: new Array<number>(k).fill(0) });
  const any = empty();
  const bySoc = new Map<string, { counts: Counts; terms: Map<string, Counts> }>();
  const add = (c: Counts, arm: number, id: string) => {
    c.subjects[arm]!.add(id);
    c.events[arm]! += 1;
  };
  events.forEach((e, i) => {
    const id = String(e[subjectColumn]);
    const arm = armOf.get(id);
    if (arm === undefined) throw new TrialTableInputError(`events[${i}].${subjectColumn}`, `is ${describe(e[subjectColumn])}, not a subject of the population`);
    const term = e[termColumn];
    if (typeof term !== "string" || term === "") throw new TrialTableInputError(`events[${i}].${termColumn}`, `must be a non-empty term, got ${describe(term)}`);
    const soc = socColumn === null ? "ALL EVENTS" : String(e[socColumn] ?? "");
    if (soc === "") throw new TrialTableInputError(`events[${i}].${socColumn}`, `must be a non-empty class, got ${describe(e[socColumn as string])}`);
    const s = bySoc.get(soc) ?? { counts: empty(), terms: new Map<string, Counts>() };
    bySoc.set(soc, s);
    const t = s.terms.get(term) ?? empty();
    s.terms.set(term, t);
    add(any, arm, id);
    add(s.counts, arm, id);
    add(t, arm, id);
  });

  const sizes = groups.map((g) => g.rows.length);
  const treated = study.arms.map((_, i) => i).filter((i) => i !== control);
  const columns = [
    "System Organ Class/ Preferred Term",
    ...groups.flatMap((g) => [`${g.arm.label} (N=${g.rows.length}) n(%)`, "[AEs]"]),
    ...treated.map((i) => `Fisher's exact p: ${study.arms[control]!.label} vs. ${study.arms[i]!.label}`),
  ];
  const row = (label: string, c: Counts): TableRow => {
    const cells: TableCell[] = [textCell(label)];
    c.subjects.forEach((s, j) => {
      cells.push(numberCell(s.size, countPercent(s.size, sizes[j]!, { digits: 1 }), { n: s.size, percent: (100 * s.size) / sizes[j]! }));
      cells.push(c.events[j]! > 0 ? numberCell(c.events[j]!, `[${c.events[j]}]`) : numberCell(0, ""));
    });
    for (const j of treated) {
      const a = c.subjects[control]!.size;
      const b = c.subjects[j]!.size;
      if (a === 0 && b === 0) {
        cells.push(textCell(""));
        continue;
      }
      const p = fisherExactTest([
        [a, sizes[control]! - a],
        [b, sizes[j]! - b],
      ]).p;
      cells.push(numberCell(p, pValue3(p, options.flagBelow ?? 0.15)));
    }
    return { cells };
  };
  const count = (c: Counts): number => (sortArm < 0 ? c.subjects.reduce((a, s) => a + s.size, 0) : c.subjects[sortArm]!.size);
  const rows: TableRow[] = [row("ANY BODY SYSTEM", any)];
  for (const soc of [...bySoc.keys()].sort()) {
    const s = bySoc.get(soc)!;
    rows.push(blankRow(columns.length), row(soc, s.counts));
    const terms = [...s.terms].sort(([ta, a], [tb, b]) => count(b) - count(a) || (ta < tb ? -1 : ta > tb ? 1 : 0));
    for (const [term, c] of terms) rows.push(row(term, c));
  }
  return {
    id: options.id ?? "14-5.01",
    title: options.title ?? "Incidence of Treatment Emergent Adverse Events by Treatment Group",
    population: options.population ?? "Safety",
    columns,
    rows,
    footnotes: [
      "Percentages are based on the number of subjects in the population within each treatment group.",
      `P-values are based on Fisher's exact test for the comparison of ${study.arms[control]!.label.toLowerCase()} versus each active treatment group. An asterisk is appended to p-values that are less than ${options.flagBelow ?? 0.15}.`,
      "The column [AEs] represents the total number of times an event was recorded.",
    ],
  };
}
