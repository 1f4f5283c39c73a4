/**
 * One study-month's snapshot, alone: `npm run snapshot -- --study <id> --month <YYYY-MM>` writes a
 * zip of its members (subjects.parquet, visits.parquet, adverse_events.parquet, consort.json,
 * truth.json, snapshot.json) to stdout. The site build runs the same snapshot step through its
 * pipeline (src/pipeline); this entry is for a data manager or a test that wants the snapshot and
 * nothing else. On any failure: a message on stderr naming study, month and what broke, exit
 * status 1, nothing on stdout.
 */
import { buildSnapshot } from "./build-snapshot.ts";
import { closeDuckDb } from "./duckdb.ts";
import { studyMonthArgs } from "./loader-args.ts";
import { zipMembers } from "./zip.ts";

let label = "snapshot";
try {
  const { study, month } = studyMonthArgs(process.argv.slice(2));
  label = `snapshot ${study} ${month}`;
  const snapshot = await buildSnapshot(study, month);
  const zip = zipMembers(snapshot.members);
  process.stdout.write(zip);
} catch (error) {
  process.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDuckDb();
}
