/**
 * What the sensitivity, explorer and explore pages should show, computed in Node: the built
 * subjects.parquet read by DuckDB (node-api, not DuckDB-WASM) and analysed with the estimator
 * library, as the build does.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eValueRiskRatio, eValueStandardizedDifference, estimateTreatmentEffect, type TreatmentEffectResult } from "../../estimators/src/index.ts";
import { contrastData, treatedArms, type StudyFields } from "../../pages/components/sensitivity-input.ts";
import { distDir } from "./harness.ts";
import { builtMember } from "./snapshot-expectations.ts";

export async function subjectRows(study: string, month: string): Promise<Array<Record<string, unknown>>> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const file = builtMember(study, month, "subjects.parquet").replaceAll("'", "''");
    const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file}') ORDER BY subject_id`);
    return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export function builtStudies(): StudyFields[] {
  // studies.json is a file of the site's data folder (a loader), not of a study-month.
  const dir = path.join(distDir, "_file", "data");
  const file = readdirSync(dir).find((f) => /^studies\.[0-9a-f]+\.json$/.test(f));
  if (!file) throw new Error(`no built studies.json in ${dir}`);
  return JSON.parse(readFileSync(path.join(dir, file), "utf-8")) as StudyFields[];
}

export interface ExpectedSensitivity {
  primary: TreatmentEffectResult;
  eValuePoint: number;
  subjects: number;
}

/** The primary AIPW estimate of the first treated arm and its E-value, as the sensitivity page computes them. */
export async function expectedSensitivity(
  study: StudyFields,
  month: string,
  trim: { rule: "none" } | { rule: "crump" } | { rule: "symmetric"; threshold: number } = { rule: "none" },
): Promise<ExpectedSensitivity> {
  const rows = await subjectRows(study.id, month);
  const data = contrastData(study, rows, treatedArms(study)[0]!.code);
  const primary = estimateTreatmentEffect(data.input, { method: "aipw", outcomeType: study.outcome, trim });
  let eValuePoint: number;
  if (study.outcome === "binary") eValuePoint = eValueRiskRatio(primary.riskRatio!.estimate).point;
  else {
    const y = Array.from(data.input.outcome);
    const t = Array.from(data.input.treatment as ArrayLike<number>);
    const ss = (a: number) => {
      const v = y.filter((_, i) => t[i] === a);
      const m = v.reduce((s, x) => s + x, 0) / v.length;
      return { n: v.length, ss: v.reduce((s, x) => s + (x - m) ** 2, 0) };
    };
    const a = ss(1);
    const b = ss(0);
    const sd = Math.sqrt((a.ss + b.ss) / (a.n + b.n - 2));
    eValuePoint = eValueStandardizedDifference(primary.difference.estimate / sd, primary.difference.se! / sd).point;
  }
  return { primary, eValuePoint, subjects: rows.length };
}
