/**
 * `npm run check -- --study <id> [--month <YYYY-MM>] [--json <file>]`: the check of one study's
 * source files (data-loaders/check/check-study.ts) as a command. Exit status 0 when clean, 1 on
 * any violation, 2 on a usage error (unknown option or study, a month that is not a data cut).
 * The month defaults to the study's last data cut. The readable report goes to stdout (every
 * violation grouped by rule, capped per rule with the total); `--json` also writes the full report
 * as JSON; `--exclusions` writes the record-level exclusion log (CDISC: every record of DM, DS, AE
 * and SV; bring-your-own: of the subjects, visits and adverse-events files) not in the snapshot,
 * with its rule, and per file read = kept + excluded: what the snapshot step would write as
 * exclusions.json. No snapshot is built or written.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import { checkReportJson, checkStudy, formatCheckReport } from "./check-study.ts";

export interface CheckRun {
  status: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

const USAGE = "usage: npm run check -- --study <id> [--month <YYYY-MM>] [--json <file>] [--exclusions <file>]";

/**
 * @param argv the command's arguments
 * @param resolve finds a study by id (the registry's getStudy; tests pass their own)
 */
export async function runCheck(argv: readonly string[], resolve: (id: string) => StudyConfig): Promise<CheckRun> {
  let values: { study?: string; month?: string; json?: string; exclusions?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { study: { type: "string" }, month: { type: "string" }, json: { type: "string" }, exclusions: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { status: 2, stdout: "", stderr: `check: ${(error as Error).message}\n${USAGE}\n` };
  }
  if (!values.study) return { status: 2, stdout: "", stderr: `check: --study is required\n${USAGE}\n` };
  let config: StudyConfig;
  try {
    config = resolve(values.study);
  } catch (error) {
    return { status: 2, stdout: "", stderr: `check: ${(error as Error).message}\n` };
  }
  const month = values.month ?? config.dataCuts[config.dataCuts.length - 1];
  if (month === undefined || !config.dataCuts.includes(month)) {
    return {
      status: 2,
      stdout: "",
      stderr: `check ${config.id}: month ${JSON.stringify(values.month)} is not a published data cut of ${config.id} (data cuts: ${config.dataCuts.join(", ")})\n`,
    };
  }
  const report = await checkStudy(config, month);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(checkReportJson(report), null, 2)}\n`);
  if (values.exclusions) {
    if (report.accounting === undefined)
      return {
        status: 2,
        stdout: formatCheckReport(report),
        stderr:
          config.source.kind === "synthetic"
            ? `check ${config.id}: --exclusions needs source files; a synthetic study's exclusion log is written with its snapshot (exclusions.json)\n`
            : `check ${config.id}: --exclusions needs source rows that pass the checks above: no record accounting was made\n`,
      };
    writeFileSync(values.exclusions, `${JSON.stringify({ study: config.id, month, files: report.accounting.files, excluded: report.accounting.excluded }, null, 2)}\n`);
  }
  return { status: report.findings.length === 0 ? 0 : 1, stdout: formatCheckReport(report), stderr: "" };
}
