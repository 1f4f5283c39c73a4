/**
 * The portfolio step: one row per study-month with the counts the portfolio home shows, from the
 * snapshots' CONSORT logs (data-loaders/snapshot/portfolio.ts). Files: portfolio.parquet (the table
 * with its loader metadata, for SQL) and portfolio.json (the same rows, a few kilobytes: the
 * portfolio home reads it, so its numbers need no Parquet reader, whose WebAssembly is 1.6 MB).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ConsortLog } from "../../../data-loaders/snapshot/consort.ts";
import { writeParquet } from "../../../data-loaders/snapshot/parquet-writer.ts";
import { portfolioRows, portfolioTable } from "../../../data-loaders/snapshot/portfolio.ts";
import { LOADER_NAME, LOADER_VERSION, SCHEMA_VERSION } from "../../../data-loaders/snapshot/version.ts";
import { studies } from "../../foundation/registry.ts";
import type { StepRun } from "../step-context.ts";

export const run: StepRun = async ({ inputDir, inputs }) => {
  // The study-months of this build (its inputs), in the registry's order.
  const built = new Set(inputs.map((i) => `${i.study}:${i.month}`));
  const selected = studies.map((s) => ({ ...s, dataCuts: s.dataCuts.filter((m) => built.has(`${s.id}:${m}`)) })).filter((s) => s.dataCuts.length > 0);
  const rows = await portfolioRows(
    selected,
    async (study, month) => JSON.parse(await readFile(path.join(inputDir({ step: "snapshot", study, month }), "consort.json"), "utf-8")) as ConsortLog,
  );
  const bytes = await writeParquet(portfolioTable, rows, {
    loader: LOADER_NAME,
    loader_version: LOADER_VERSION,
    schema_version: SCHEMA_VERSION,
    table: portfolioTable.name,
    row_count: String(rows.length),
    studies: selected.map((s) => s.id).join(","),
  });
  const json = new TextEncoder().encode(`${JSON.stringify(rows)}\n`);
  return [
    { name: "portfolio.parquet", bytes },
    { name: "portfolio.json", bytes: json },
  ];
};
