/**
 * What the study pages should show, computed independently of the page: the built snapshot files
 * in dist/ read by DuckDB in Node (not the browser's DuckDB-WASM, not the estimator library).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { distDir } from "./harness.ts";

/** The built (content-hashed) file of a study-month member, e.g. `subjects.parquet`. */
export function builtMember(study: string, month: string, member: string): string {
  const dir = path.join(distDir, "_file", "data", "built", study, month);
  const [stem, ext] = [member.slice(0, member.lastIndexOf(".")), member.slice(member.lastIndexOf(".") + 1)];
  const file = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && f.endsWith(`.${ext}`));
  if (!file) throw new Error(`no built ${member} in ${dir}`);
  return path.join(dir, file);
}

export interface ExpectedStudyMonth {
  enrolled: number;
  byArm: Record<string, number>;
  consistent: true;
  consortEnrolled: number;
  snapshotSha: string;
}

export async function expectedStudyMonth(study: string, month: string): Promise<ExpectedStudyMonth> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const file = builtMember(study, month, "subjects.parquet").replaceAll("'", "''");
    const reader = await connection.runAndReadAll(`SELECT arm, count(*)::INTEGER AS n FROM read_parquet('${file}') GROUP BY arm ORDER BY arm`);
    const byArm = Object.fromEntries(reader.getRowObjects().map((r) => [String(r.arm), Number(r.n)]));
    const consort = JSON.parse(readFileSync(builtMember(study, month, "consort.json"), "utf-8")) as { enrolled: number };
    const snapshot = JSON.parse(readFileSync(builtMember(study, month, "snapshot.json"), "utf-8")) as { members: Array<{ name: string; sha256: string }> };
    return {
      enrolled: Object.values(byArm).reduce((s, n) => s + n, 0),
      byArm,
      consistent: true,
      consortEnrolled: consort.enrolled,
      snapshotSha: snapshot.members.find((m) => m.name === "subjects.parquet")!.sha256,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
