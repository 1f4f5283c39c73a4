/**
 * The check behind `npm run check`: read a study's source files, run the source-row rules (the
 * SDTM rules for the CDISC source) and the snapshot contracts, and report every violation,
 * without building or writing a snapshot. A reader that halts on a malformed file, or a BYO file
 * that breaks its config, is one finding (the readers stop at the first); the SDTM rules and the
 * contracts report every violating row. Synthetic studies have no source files.
 */
import path from "node:path";
import { ByoConfigError, readByoConfig } from "../../src/foundation/byo-config.ts";
import type { ByoSource, CdiscSource, StudyConfig } from "../../src/foundation/study-config.ts";
import { ByoSourceRuleError, formatByoSourceViolation } from "../byo/source-row-rules.ts";
import { cdiscAccounting, formatAccounting } from "../cdisc/accounting.ts";
import type { RecordAccounting } from "../snapshot/exclusion-log.ts";
import { cdiscSnapshotTables } from "../cdisc/cdisc-schema.ts";
import { deriveCdiscTables } from "../cdisc/derive-tables.ts";
import { readCdiscDomains, type CdiscDomains } from "../cdisc/read-domains.ts";
import { checkSdtmRules, formatSourceViolation, type SourceViolation } from "../cdisc/sdtm-rules.ts";
import { collectContractViolations, type ContractViolation, type SnapshotTables } from "../contracts/index.ts";
import { ReaderError } from "../readers/errors.ts";
import type { TableSpec } from "../snapshot/schema.ts";
import { prepareByoSnapshot } from "../sources/byo-snapshot.ts";
import { cutDateIso } from "../synthetic/dates.ts";

/** One finding of the check. */
export interface CheckFinding {
  /** `sdtm` (source-row rule), `byo-source` (a BYO source-row rule on rows the criteria exclude), `reader` (a file that cannot be read as declared), `config`, `contract`. */
  kind: "sdtm" | "byo-source" | "reader" | "config" | "contract" | "derivation";
  /** Rule id: SDTM/FDA rule id, contract id, or the kind for reader and config errors. */
  rule: string;
  /** The rule's wording. */
  ruleText: string;
  file?: string;
  row?: number;
  subject?: string;
  variable?: string;
  value?: unknown;
  /** Snapshot table and column concerned (contracts) or derived from the variable (SDTM rules). */
  derived?: string;
  /** The finding as one line. */
  message: string;
}

export interface CheckReport {
  study: string;
  month: string;
  sourceKind: StudyConfig["source"]["kind"];
  /** Files read (relative to the source directory for CDISC, as given for BYO). */
  files: string[];
  /** What was run, in order. */
  steps: string[];
  findings: CheckFinding[];
  /** A note for studies with nothing to check (synthetic). */
  note?: string;
  /**
   * Where every source record ends (kept in the snapshot or excluded, with the rule): CDISC (DM,
   * DS, AE, SV) and bring-your-own (the subjects, visits and adverse-events files); the same
   * accounting the snapshot step writes as exclusions.json. Absent when the source rows halt.
   */
  accounting?: RecordAccounting;
}

const fromSource = (v: SourceViolation): CheckFinding => ({
  kind: "sdtm",
  rule: v.rule.id,
  ruleText: v.rule.text,
  file: v.file,
  ...(v.row !== undefined ? { row: v.row } : {}),
  ...(v.subject !== undefined ? { subject: v.subject } : {}),
  ...(v.variable !== undefined ? { variable: v.variable, value: v.value } : {}),
  ...(v.derived !== undefined ? { derived: v.derived } : {}),
  message: formatSourceViolation(v),
});

const fromContract = (v: ContractViolation): CheckFinding => {
  const d = v.details;
  const id = d.rule.split(":")[0] ?? d.rule;
  return {
    kind: "contract",
    rule: id,
    ruleText: d.rule,
    ...(d.row !== undefined ? { row: d.row } : {}),
    ...(d.subject !== undefined ? { subject: d.subject } : {}),
    ...(d.column !== undefined ? { variable: d.column, value: d.value } : {}),
    derived: d.column === undefined ? d.table : `${d.table}.${d.column}`,
    message: v.message,
  };
};

/** A reader, config or derivation error as one finding (these halt at the first problem). */
function fromError(error: unknown, base: string): CheckFinding {
  if (error instanceof ReaderError) {
    const file = path.isAbsolute(error.file) ? path.relative(base, error.file).split(path.sep).join("/") : error.file;
    return {
      kind: "reader",
      rule: "reader",
      ruleText: error.rule,
      file,
      ...(error.row !== undefined ? { row: error.row } : {}),
      ...(error.column !== undefined ? { variable: error.column, value: error.value } : {}),
      message: error.message,
    };
  }
  if (error instanceof ByoConfigError) return { kind: "config", rule: "byo-config", ruleText: error.message, message: error.message };
  if (error instanceof Error) return { kind: "derivation", rule: "derivation", ruleText: error.message, message: error.message };
  throw error;
}

function contracts(config: StudyConfig, month: string, tables: SnapshotTables, schema: TableSpec[]): CheckFinding[] {
  const context = { study: config.id, month, cutDate: cutDateIso(month), arms: config.arms, schema, ...(config.plausibility ? { plausibility: config.plausibility } : {}) };
  return collectContractViolations(tables, context).map(fromContract);
}

function checkCdisc(config: StudyConfig, month: string, report: CheckReport): void {
  const source = config.source as CdiscSource;
  let domains: CdiscDomains;
  try {
    domains = readCdiscDomains(source);
  } catch (error) {
    report.steps.push("read the SDTM and ADaM files (halted)");
    report.findings.push(fromError(error, source.dir));
    return;
  }
  report.files = domains.files.map((f) => path.relative(source.dir, f).split(path.sep).join("/"));
  report.steps.push(`read ${domains.files.length} files`);
  const violations = checkSdtmRules(domains, source.dir);
  report.steps.push("SDTM source-row rules");
  report.findings.push(...violations.map(fromSource));
  if (violations.length > 0) {
    // The loader halts here; deriving from rows that break the rules would report their consequences again.
    report.steps.push("derivation and contracts skipped (the source rows break the SDTM rules; the loader halts before deriving)");
    return;
  }
  try {
    const { tables, screened } = deriveCdiscTables(config, domains);
    report.steps.push("derive the snapshot tables", "snapshot contracts", "record accounting");
    report.findings.push(...contracts(config, month, tables, cdiscSnapshotTables(config.primaryOutcome)));
    report.accounting = cdiscAccounting(domains, tables, screened, source.dir);
  } catch (error) {
    report.steps.push("derive the snapshot tables (halted)");
    report.findings.push(fromError(error, source.dir));
  }
}

/**
 * A BYO contract finding with the source file and row it comes from: the subjects table holds the
 * eligible rows of the subjects file in file order (the row is found by subject id among every
 * screened row); visits and adverse events hold every row of their files in file order. Rows are
 * numbered as the readers number them (first data row 1).
 */
function withByoSourceRow(finding: CheckFinding, config: StudyConfig, screened: ReadonlyArray<Record<string, unknown>>): CheckFinding {
  const table = finding.derived?.split(".")[0];
  const files = readByoConfig((config.source as ByoSource).configFile).config.files;
  let file: string | undefined;
  let row: number | undefined;
  if (table === "subjects" && finding.subject !== undefined) {
    const index = screened.findIndex((r) => r.subject_id === finding.subject);
    if (index >= 0) [file, row] = [files.subjects.path, index + 1];
  } else if ((table === "visits" || table === "adverse_events") && finding.row !== undefined) {
    file = files[table]?.path;
    row = finding.row;
  }
  if (file === undefined || row === undefined) return finding;
  return { ...finding, file, row, message: `${file} row ${row}: ${finding.message}` };
}

async function checkByo(config: StudyConfig, month: string, report: CheckReport): Promise<void> {
  try {
    const prepared = await prepareByoSnapshot(config, month, cutDateIso(month));
    report.files = prepared.sourceFiles.map((f) => f.path);
    report.steps.push("read the files against the config's columns", "eligibility criteria", "snapshot contracts", "record accounting");
    report.findings.push(...contracts(config, month, prepared.tables, prepared.schema).map((f) => withByoSourceRow(f, config, prepared.screened)));
    report.accounting = prepared.accounting;
  } catch (error) {
    if (error instanceof ByoSourceRuleError) {
      report.steps.push(
        "read the files against the config's columns",
        "eligibility criteria",
        "source-row rules on the rows the criteria exclude (contracts skipped: the loader halts here)",
      );
      report.findings.push(
        ...error.violations.map(
          (v): CheckFinding => ({
            kind: "byo-source",
            rule: v.rule.id,
            ruleText: v.rule.text,
            file: v.file,
            row: v.row,
            subject: v.subject,
            variable: v.column,
            value: v.value,
            derived: v.derived,
            message: formatByoSourceViolation(v),
          }),
        ),
      );
      return;
    }
    report.steps.push("read the files against the config's columns (halted)");
    report.findings.push(fromError(error, process.cwd()));
  }
}

/** Checks one study at one data cut (the month is assumed to be one of its data cuts). */
export async function checkStudy(config: StudyConfig, month: string): Promise<CheckReport> {
  const report: CheckReport = { study: config.id, month, sourceKind: config.source.kind, files: [], steps: [], findings: [] };
  switch (config.source.kind) {
    case "synthetic":
      report.note = `${config.id} is a synthetic study: it has no source files to check (its tables are generated; the contracts run when its snapshot is built).`;
      break;
    case "cdisc":
      checkCdisc(config, month, report);
      break;
    case "byo":
      await checkByo(config, month, report);
      break;
  }
  return report;
}

/** The readable report: a summary line, then every finding grouped by rule (at most `perRule` lines each, with the total). */
export function formatCheckReport(report: CheckReport, perRule = 20): string {
  const lines = [`check ${report.study} ${report.month} (${report.sourceKind} source)`];
  if (report.note !== undefined) lines.push(report.note);
  if (report.files.length > 0) lines.push(`files: ${report.files.join(", ")}`);
  if (report.steps.length > 0) lines.push(`ran: ${report.steps.join("; ")}`);
  if (report.accounting !== undefined) lines.push("records (read = kept + excluded):", ...formatAccounting(report.accounting).map((l) => `  ${l}`));
  const byRule = new Map<string, CheckFinding[]>();
  for (const f of report.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  if (report.findings.length === 0) lines.push("clean: no violation");
  else lines.push(`${report.findings.length} violation${report.findings.length === 1 ? "" : "s"} of ${byRule.size} rule${byRule.size === 1 ? "" : "s"}:`);
  for (const [rule, list] of byRule) {
    const first = list[0] as CheckFinding;
    const title = first.kind === "sdtm" ? `rule ${rule} (${first.ruleText})` : first.kind === "contract" ? `contract ${rule}` : `${first.kind} error`;
    lines.push(`${title}: ${list.length}`);
    for (const f of list.slice(0, perRule)) lines.push(`  ${f.message}`);
    if (list.length > perRule) lines.push(`  … and ${list.length - perRule} more (${list.length} in all) of ${rule}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The JSON report: the findings in full (not capped), with counts per rule. */
export function checkReportJson(report: CheckReport): Record<string, unknown> {
  const counts: Record<string, number> = {};
  for (const f of report.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return {
    study: report.study,
    month: report.month,
    source_kind: report.sourceKind,
    status: report.findings.length === 0 ? "clean" : "violations",
    ...(report.note !== undefined ? { note: report.note } : {}),
    files: report.files,
    steps: report.steps,
    ...(report.accounting !== undefined ? { accounting: report.accounting.files } : {}),
    total: report.findings.length,
    counts,
    findings: report.findings,
  };
}
