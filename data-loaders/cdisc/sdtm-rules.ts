/**
 * SDTM consistency rules run on the CDISC source rows as read (every row of every domain, every
 * visit including screening and unscheduled ones, not only the analysed window), before anything
 * is derived from them. Each rule cites the published rule it implements: the FDA Validator Rules
 * v1.3 (October 2018) ids `SDxxxx` (the ids Pinnacle 21 reports), wording as in the open XQuery
 * implementation of those rules (github.com/JozefAerts/OpenRules4CRStandards,
 * FDA_SDTM_Validator_Rules_v1.3_October_2018/XQuery/SDxxxx_JA.xq). No CDISC CORE / SDTMIG
 * conformance-rule (CGxxxx) id was found for these checks in the sources searched, so none is
 * cited. A rule with no published id found is marked `project-…`. All violations are collected; {@link assertSdtmRules} throws one
 * error listing them (grouped by rule, capped per rule, with the totals).
 */
import path from "node:path";
import type { CellValue, Dataset, Row } from "../readers/types.ts";
import type { CdiscDomain, CdiscDomains } from "./read-domains.ts";

export interface SdtmRule {
  /** Published rule id (FDA Validator Rules), or `project-…` when none was found. */
  id: string;
  /** The rule's wording. */
  text: string;
}

export const SDTM_RULES = {
  requiredUsubjid: { id: "SD0002", text: "USUBJID must not be null (NULL value in variable marked as Required)" },
  isoDate: { id: "SD0003", text: "a --DTC value must be a valid ISO 8601 date/time" },
  startAfterEnd: { id: "SD0013", text: "--STDTC must be on or before --ENDTC" },
  testWithinTestcd: { id: "SD0040", text: "--TEST and --TESTCD must be one-to-one within a domain (inconsistent value for --TEST within --TESTCD)" },
  visitWithinVisitnum: { id: "SD0051", text: "VISITNUM and VISIT must be one-to-one within a domain (inconsistent value for VISIT within VISITNUM)" },
  subjectInDm: { id: "SD0064", text: "every USUBJID must be present in the Demographics (DM) domain" },
  duplicateUsubjid: { id: "SD0083", text: "USUBJID must be unique in DM (one DM record per subject)" },
  referenceDates: { id: "SD1002", text: "RFSTDTC must be on or before RFENDTC" },
  armWithinArmcd: { id: "SD1033", text: "ARM and ARMCD must be one-to-one in DM (inconsistent value for ARM within ARMCD)" },
  actarmWithinActarmcd: { id: "SD1133", text: "ACTARM and ACTARMCD must be one-to-one in DM (non-unique value for ACTARM within ACTARMCD)" },
  unitPerTestcd: { id: "project-stresu-per-testcd", text: "one standard unit --STRESU per --TESTCD within a domain (no published rule id found)" },
} as const satisfies Record<string, SdtmRule>;

/** One violation of a source-row rule. */
export interface SourceViolation {
  /** The file, relative to the source directory (`sdtm/dm.xpt`). */
  file: string;
  /** 1-based row of the file. */
  row?: number;
  subject?: string;
  variable?: string;
  value?: CellValue;
  rule: SdtmRule;
  /** The detail of this violation (what it conflicts with). */
  detail?: string;
  /** The snapshot table.column derived from the variable, where there is one. */
  derived?: string;
}

/** The snapshot columns each source variable feeds (docs/data-contracts.md, data-loaders/cdisc/cdisc-schema.ts). */
const DERIVED: Record<string, string> = {
  "dm.USUBJID": "subjects.subject_id",
  "dm.ARMCD": "subjects.arm",
  "dm.ARM": "subjects.arm",
  "dm.ACTARMCD": "subjects.arm",
  "dm.ACTARM": "subjects.arm",
  "dm.RFSTDTC": "subjects.enrol_date",
  "dm.RFENDTC": "subjects.end_date",
  "ae.USUBJID": "adverse_events.subject_id",
  "ae.AESTDTC": "adverse_events.onset_date",
  "ds.USUBJID": "subjects.disposition",
  "ds.DSSTDTC": "subjects.disc_date",
  "sv.USUBJID": "visits.subject_id",
  "sv.VISITNUM": "visits.visit_number",
  "sv.VISIT": "visits.visit_label",
  "sv.SVSTDTC": "visits.visit_date",
  "vs.USUBJID": "visits.subject_id",
  "vs.VSTESTCD": "visits.heart_rate, sbp, dbp, temperature, weight; subjects.height, weight, bmi",
  "vs.VSTEST": "visits.heart_rate, sbp, dbp, temperature, weight; subjects.height, weight, bmi",
  "vs.VSSTRESU": "visits.heart_rate, sbp, dbp, temperature, weight; subjects.height, weight, bmi",
  "vs.VISITNUM": "visits (vital signs by visit)",
  "lb.USUBJID": "visits.subject_id",
  "lb.LBTESTCD": "visits.alt, creatinine, hemoglobin",
  "lb.LBTEST": "visits.alt, creatinine, hemoglobin",
  "lb.LBSTRESU": "visits.alt, creatinine, hemoglobin",
  "lb.VISITNUM": "visits (laboratory values by visit)",
  "ex.USUBJID": "visits.dose_mg",
  "ex.EXSTDTC": "visits.dose_mg",
  "ex.EXENDTC": "visits.dose_mg",
  "mh.USUBJID": "subjects.disease_duration",
  "mh.MHSTDTC": "subjects.disease_duration",
};

/** The SDTM domains the rules run over (subject-level data; the ADaM datasets are not SDTM). */
const SUBJECT_DOMAINS = ["dm", "ae", "ds", "ex", "sv", "vs", "lb", "mh"] as const satisfies readonly CdiscDomain[];
type SubjectDomain = (typeof SUBJECT_DOMAINS)[number];

/** A domain's rows with the file they came from (relative path) and typed access. */
interface DomainRows {
  domain: SubjectDomain;
  file: string;
  dataset: Dataset;
}

const text = (row: Row, column: string): string => {
  const v = row[column];
  return typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v);
};

const has = (d: Dataset, column: string) => d.variables.some((v) => v.name === column);

function violationAt(d: DomainRows, index: number, variable: string | undefined, rule: SdtmRule, detail?: string): SourceViolation {
  const row = d.dataset.rows[index] as Row;
  const subject = text(row, "USUBJID");
  const derived = variable === undefined ? undefined : DERIVED[`${d.domain}.${variable}`];
  return {
    file: d.file,
    row: index + 1,
    ...(subject !== "" ? { subject } : {}),
    ...(variable !== undefined ? { variable, value: row[variable] ?? null } : {}),
    rule,
    ...(detail !== undefined ? { detail } : {}),
    ...(derived !== undefined ? { derived } : {}),
  };
}

/** SD0002: USUBJID is not blank, in every subject-level domain. */
function requiredUsubjid(domains: DomainRows[]): SourceViolation[] {
  const out: SourceViolation[] = [];
  for (const d of domains)
    d.dataset.rows.forEach((row, i) => text(row, "USUBJID") === "" && out.push(violationAt(d, i, "USUBJID", SDTM_RULES.requiredUsubjid, "USUBJID is blank")));
  return out;
}

/** SD0083: one DM row per USUBJID. */
function duplicateUsubjid(dm: DomainRows): SourceViolation[] {
  const out: SourceViolation[] = [];
  const first = new Map<string, number>();
  dm.dataset.rows.forEach((row, i) => {
    const id = text(row, "USUBJID");
    if (id === "") return;
    const seen = first.get(id);
    if (seen !== undefined) out.push(violationAt(dm, i, "USUBJID", SDTM_RULES.duplicateUsubjid, `also in row ${seen + 1}`));
    else first.set(id, i);
  });
  return out;
}

/** SD0064: every USUBJID of the other domains is a DM subject. */
function subjectInDm(dm: DomainRows, others: DomainRows[]): SourceViolation[] {
  const ids = new Set(dm.dataset.rows.map((r) => text(r, "USUBJID")));
  const out: SourceViolation[] = [];
  for (const d of others) {
    d.dataset.rows.forEach((row, i) => {
      const id = text(row, "USUBJID");
      if (id !== "" && !ids.has(id)) out.push(violationAt(d, i, "USUBJID", SDTM_RULES.subjectInDm, `no DM record has USUBJID ${id}`));
    });
  }
  return out;
}

/**
 * A one-to-one relationship between two variables of a domain: every row whose pair departs from
 * the first pair seen for its key (in either direction) is reported on the second variable.
 */
function oneToOne(d: DomainRows, key: string, value: string, rule: SdtmRule): SourceViolation[] {
  if (!has(d.dataset, key) || !has(d.dataset, value)) return [];
  const out: SourceViolation[] = [];
  const forward = new Map<string, { value: string; row: number }>();
  const backward = new Map<string, { key: string; row: number }>();
  d.dataset.rows.forEach((row, i) => {
    const k = text(row, key);
    const v = text(row, value);
    if (k === "" && v === "") return;
    const f = forward.get(k);
    if (f === undefined) forward.set(k, { value: v, row: i });
    else if (f.value !== v) {
      out.push(violationAt(d, i, value, rule, `${key} ${JSON.stringify(k)} has ${value} ${JSON.stringify(f.value)} in row ${f.row + 1}`));
      return;
    }
    const b = backward.get(v);
    if (b === undefined) backward.set(v, { key: k, row: i });
    else if (b.key !== k) out.push(violationAt(d, i, key, rule, `${value} ${JSON.stringify(v)} has ${key} ${JSON.stringify(b.key)} in row ${b.row + 1}`));
  });
  return out;
}

/** One --STRESU per --TESTCD (blank units, for results not collected, are ignored). */
function unitPerTestcd(d: DomainRows, prefix: string): SourceViolation[] {
  const testcd = `${prefix}TESTCD`;
  const unit = `${prefix}STRESU`;
  if (!has(d.dataset, testcd) || !has(d.dataset, unit)) return [];
  const first = new Map<string, { unit: string; row: number }>();
  const out: SourceViolation[] = [];
  d.dataset.rows.forEach((row, i) => {
    const u = text(row, unit);
    if (u === "") return;
    const code = text(row, testcd);
    const f = first.get(code);
    if (f === undefined) first.set(code, { unit: u, row: i });
    else if (f.unit !== u)
      out.push(violationAt(d, i, unit, SDTM_RULES.unitPerTestcd, `${testcd} ${JSON.stringify(code)} has ${unit} ${JSON.stringify(f.unit)} in row ${f.row + 1}`));
  });
  return out;
}

const ISO_8601 = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?)?$/;

/** Whether a --DTC value is an ISO 8601 date/time (complete or truncated on the right), with a real calendar date. */
export function isIso8601DateTime(value: string): boolean {
  const m = ISO_8601.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  if (h !== undefined && Number(h) > 23) return false;
  if (mi !== undefined && Number(mi) > 59) return false;
  if (s !== undefined && Number(s) > 59) return false;
  return true;
}

/** SD0003: every --DTC value that is not blank is ISO 8601. */
function isoDates(domains: DomainRows[]): SourceViolation[] {
  const out: SourceViolation[] = [];
  for (const d of domains) {
    const columns = d.dataset.variables.filter((v) => v.name.endsWith("DTC") && v.type === "char").map((v) => v.name);
    d.dataset.rows.forEach((row, i) => {
      for (const column of columns) {
        const v = text(row, column);
        if (v !== "" && !isIso8601DateTime(v)) out.push(violationAt(d, i, column, SDTM_RULES.isoDate, `${column} is not an ISO 8601 date/time`));
      }
    });
  }
  return out;
}

/**
 * `start` after `end`, compared at the precision both have (a partial date is not after a
 * complete date in the same month); values that are not ISO 8601 are left to SD0003.
 */
export function startAfterEnd(start: string, end: string): boolean {
  if (start === "" || end === "" || !isIso8601DateTime(start) || !isIso8601DateTime(end)) return false;
  const n = Math.min(start.length, end.length);
  return start.slice(0, n) > end.slice(0, n);
}

/** SD0013 (--STDTC ≤ --ENDTC) and SD1002 (RFSTDTC ≤ RFENDTC): reported on the end variable. */
function datePairs(domains: DomainRows[]): SourceViolation[] {
  const out: SourceViolation[] = [];
  for (const d of domains) {
    const pairs: Array<[string, string, SdtmRule]> = [];
    if (d.domain === "dm") pairs.push(["RFSTDTC", "RFENDTC", SDTM_RULES.referenceDates]);
    const prefix = d.domain.toUpperCase();
    pairs.push([`${prefix}STDTC`, `${prefix}ENDTC`, SDTM_RULES.startAfterEnd]);
    for (const [start, end, rule] of pairs) {
      if (!has(d.dataset, start) || !has(d.dataset, end)) continue;
      d.dataset.rows.forEach((row, i) => {
        const s = text(row, start);
        const e = text(row, end);
        if (startAfterEnd(s, e)) out.push(violationAt(d, i, end, rule, `${end} before ${start} ${JSON.stringify(s)}`));
      });
    }
  }
  return out;
}

/** Every SDTM rule over the domains read; the violations in rule order, then file and row order. */
export function checkSdtmRules(domains: CdiscDomains, sourceDir: string): SourceViolation[] {
  const rows: DomainRows[] = SUBJECT_DOMAINS.map((domain) => {
    const dataset = domains.datasets[domain];
    return { domain, dataset, file: path.relative(sourceDir, dataset.source.file).split(path.sep).join("/") };
  });
  const dm = rows.find((d) => d.domain === "dm") as DomainRows;
  const others = rows.filter((d) => d.domain !== "dm");
  return [
    ...requiredUsubjid(rows),
    ...duplicateUsubjid(dm),
    ...subjectInDm(dm, others),
    ...oneToOne(dm, "ARMCD", "ARM", SDTM_RULES.armWithinArmcd),
    ...oneToOne(dm, "ACTARMCD", "ACTARM", SDTM_RULES.actarmWithinActarmcd),
    ...rows.flatMap((d) => oneToOne(d, "VISITNUM", "VISIT", SDTM_RULES.visitWithinVisitnum)),
    ...rows.flatMap((d) => oneToOne(d, `${d.domain.toUpperCase()}TESTCD`, `${d.domain.toUpperCase()}TEST`, SDTM_RULES.testWithinTestcd)),
    ...rows.flatMap((d) => unitPerTestcd(d, d.domain.toUpperCase())),
    ...isoDates(rows),
    ...datePairs(rows),
  ];
}

const show = (value: unknown): string => (value === null || value === undefined ? "null" : (JSON.stringify(value) ?? String(value)));

/**
 * One line per violation.
 * @example
 * formatSourceViolation({ file: "sdtm/dm.xpt", row: 17, subject: "01-701-1015", variable: "RFENDTC", value: "2013-12-01", rule: SDTM_RULES.referenceDates, detail: "RFENDTC before RFSTDTC \"2014-01-02\"", derived: "subjects.end_date" })
 * // => 'sdtm/dm.xpt row 17, USUBJID 01-701-1015, variable RFENDTC, value "2013-12-01": RFENDTC before RFSTDTC "2014-01-02" (rule SD1002: RFSTDTC must be on or before RFENDTC) → derived subjects.end_date'
 */
export function formatSourceViolation(v: SourceViolation): string {
  const where = [v.row === undefined ? v.file : `${v.file} row ${v.row}`];
  if (v.subject !== undefined) where.push(`USUBJID ${v.subject}`);
  if (v.variable !== undefined) where.push(`variable ${v.variable}`, `value ${show(v.value)}`);
  const what = v.detail === undefined ? `rule ${v.rule.id}: ${v.rule.text}` : `${v.detail} (rule ${v.rule.id}: ${v.rule.text})`;
  return `${where.join(", ")}: ${what}${v.derived === undefined ? "" : ` → derived ${v.derived}`}`;
}

/** The lines of a report: grouped by rule (in rule order), at most `perRule` lines each, with the totals. */
export function formatSourceViolations(violations: readonly SourceViolation[], perRule = 10): string[] {
  const byRule = new Map<string, SourceViolation[]>();
  for (const v of violations) byRule.set(v.rule.id, [...(byRule.get(v.rule.id) ?? []), v]);
  const lines: string[] = [];
  for (const [id, list] of byRule) {
    lines.push(`rule ${id} (${list[0]?.rule.text}): ${list.length} violation${list.length === 1 ? "" : "s"}`);
    for (const v of list.slice(0, perRule)) lines.push(`  ${formatSourceViolation(v)}`);
    if (list.length > perRule) lines.push(`  … and ${list.length - perRule} more of rule ${id}`);
  }
  return lines;
}

/** The error that halts a load on source-row violations: every violation counted, listed per rule (capped). */
export class SourceRuleError extends Error {
  constructor(readonly violations: readonly SourceViolation[]) {
    const rules = new Set(violations.map((v) => v.rule.id)).size;
    super(
      [
        `${violations.length} source-row violation${violations.length === 1 ? "" : "s"} of ${rules} SDTM rule${rules === 1 ? "" : "s"}; nothing was written:`,
        ...formatSourceViolations(violations),
      ].join("\n"),
    );
    this.name = "SourceRuleError";
  }
}

/** Runs the rules and throws a {@link SourceRuleError} listing every violation, if there is any. */
export function assertSdtmRules(domains: CdiscDomains, sourceDir: string): void {
  const violations = checkSdtmRules(domains, sourceDir);
  if (violations.length > 0) throw new SourceRuleError(violations);
}
