/**
 * Rules on the bring-your-own subjects rows as read that the snapshot contracts never see (issue
 * 13, requirement 2). The contracts (data-loaders/contracts/) check every row the snapshot keeps;
 * a subjects row that the eligibility criteria exclude (a screen failure) never reaches them, so
 * without these rules an impossible age, a date after the data cut, an undeclared treatment value
 * or a second row for an enrolled subject's id would pass without a word as long as a criterion
 * excluded the row. Each rule is the contract of the same name applied to those rows, with the
 * same ranges (defaults plus the study's own, data-loaders/contracts/plausibility.ts):
 *
 * | rule | check |
 * | --- | --- |
 * | `byo-subject-id` | the subject id is not blank and names one row of the subjects file |
 * | `byo-treatment-value` | a treatment value, when given, is a declared arm value (screen failures may leave it blank) |
 * | `byo-dates-within-cut` | no date after the data cut |
 * | `byo-plausibility` | numbers within their plausibility range |
 *
 * Every violation is collected and listed at once (grouped by rule, at most 10 lines per rule with
 * the totals), each naming file, row, subject, column, value and rule, and the snapshot column the
 * value would feed; the load halts before anything is derived or written.
 */
import type { ByoStudyFile } from "../../src/foundation/byo-config.ts";
import type { PlausibilityRange } from "../../src/foundation/study-config.ts";
import { effectivePlausibility } from "../contracts/plausibility.ts";
import type { Row } from "../snapshot/schema.ts";

export interface ByoSourceViolation {
  /** The subjects file as the config names it. */
  file: string;
  /** 1-based data row of the file. */
  row: number;
  subject: string;
  column: string;
  value: Row[string] | undefined;
  rule: { id: string; text: string };
  /** What is wrong with this value. */
  detail: string;
  /** The snapshot column the value would feed. */
  derived: string;
}

export const BYO_SOURCE_RULES = {
  subjectId: { id: "byo-subject-id", text: "every subjects row has a subject id, and each id one row" },
  treatmentValue: { id: "byo-treatment-value", text: "a treatment value is a declared arm value (or blank for a screen failure)" },
  datesWithinCut: { id: "byo-dates-within-cut", text: "no date after the data cut" },
  plausibility: { id: "byo-plausibility", text: "numbers within their plausibility range" },
} as const;

/**
 * @param config the study's config
 * @param rows the subjects file's rows as read (file order; row = index + 1)
 * @param kept the rows the criteria keep (the contracts check those)
 * @param cutDate ISO date of the data cut
 * @param plausibility the study's own ranges (they add to and override the defaults)
 */
export function checkExcludedSubjectRows(
  config: ByoStudyFile,
  rows: readonly Row[],
  kept: ReadonlySet<Row>,
  cutDate: string,
  plausibility: readonly PlausibilityRange[] = [],
): ByoSourceViolation[] {
  const file = config.files.subjects.path;
  const columns = config.files.subjects.columns;
  const id = config.subjectId;
  const found: ByoSourceViolation[] = [];
  const count = new Map<string, number>();
  for (const r of rows) if (typeof r[id] === "string") count.set(r[id] as string, (count.get(r[id] as string) ?? 0) + 1);
  const arms = new Set(config.treatment.arms.map((a) => a.value));
  const ranges = effectivePlausibility([{ name: "subjects", columns }], plausibility);
  const derivedOf = (column: string) =>
    column === id
      ? "subjects.subject_id"
      : column === config.treatment.column
        ? "subjects.arm"
        : column === config.dates.enrolment
          ? "subjects.enrol_date"
          : column === config.dates.discontinuation
            ? "subjects.disc_date"
            : `subjects.${column}`;

  rows.forEach((r, i) => {
    if (kept.has(r)) return;
    const subject = typeof r[id] === "string" ? (r[id] as string) : "";
    const add = (rule: ByoSourceViolation["rule"], column: string, detail: string) =>
      found.push({ file, row: i + 1, subject, column, value: r[column], rule, detail, derived: derivedOf(column) });
    if (subject === "") add(BYO_SOURCE_RULES.subjectId, id, "blank subject id");
    else if ((count.get(subject) ?? 0) > 1) add(BYO_SOURCE_RULES.subjectId, id, `subject id on ${count.get(subject)} rows of ${file}`);
    const arm = r[config.treatment.column];
    if (arm !== null && arm !== undefined && !arms.has(String(arm)))
      add(BYO_SOURCE_RULES.treatmentValue, config.treatment.column, `not one of the declared arm values ${[...arms].join(", ")}`);
    for (const c of columns) {
      const value = r[c.name];
      if (c.type === "date" && typeof value === "string" && value > cutDate) add(BYO_SOURCE_RULES.datesWithinCut, c.name, `after the data cut ${cutDate}`);
    }
    for (const range of ranges) {
      const value = r[range.column];
      if (typeof value === "number" && (value < range.min || value > range.max))
        add(BYO_SOURCE_RULES.plausibility, range.column, `${range.label} must be between ${range.min} and ${range.max}`);
    }
  });
  return found;
}

const show = (value: unknown) => (value === undefined ? "undefined" : JSON.stringify(value));

/** `subjects.csv row 5, subject P9, column age, value 130: age, years must be between 18 and 110 (rule byo-plausibility: …) → derived subjects.age`. */
export function formatByoSourceViolation(v: ByoSourceViolation): string {
  return `${v.file} row ${v.row}, subject ${v.subject === "" ? "(blank)" : v.subject}, column ${v.column}, value ${show(v.value)}: ${v.detail} (rule ${v.rule.id}: ${v.rule.text}; a row the criteria exclude) → derived ${v.derived}`;
}

/** The error that halts a load: every violation counted, listed per rule (at most `perRule` lines each). */
export class ByoSourceRuleError extends Error {
  constructor(
    readonly violations: readonly ByoSourceViolation[],
    perRule = 10,
  ) {
    const byRule = new Map<string, ByoSourceViolation[]>();
    for (const v of violations) byRule.set(v.rule.id, [...(byRule.get(v.rule.id) ?? []), v]);
    const lines = [
      `${violations.length} source-row violation${violations.length === 1 ? "" : "s"} of ${byRule.size} rule${byRule.size === 1 ? "" : "s"} in rows the criteria exclude; nothing was written:`,
    ];
    for (const [ruleId, list] of byRule) {
      lines.push(`rule ${ruleId} (${list[0]?.rule.text}): ${list.length} violation${list.length === 1 ? "" : "s"}`);
      for (const v of list.slice(0, perRule)) lines.push(`  ${formatByoSourceViolation(v)}`);
      if (list.length > perRule) lines.push(`  … and ${list.length - perRule} more of rule ${ruleId}`);
    }
    super(lines.join("\n"));
    this.name = "ByoSourceRuleError";
  }
}
