/**
 * Loader for `/data/<study>/<month>.zip`: one study-month snapshot (subjects.parquet,
 * visits.parquet, adverse_events.parquet, consort.json, truth.json, snapshot.json). Pages read the
 * members as FileAttachment(`/data/${study}/${month}/subjects.parquet`). On any failure: a message
 * on stderr naming study, month and what broke, exit status 1, nothing on stdout.
 */
import { buildSnapshot } from "../../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../../data-loaders/snapshot/duckdb.ts";
import { studyMonthArgs } from "../../../data-loaders/snapshot/loader-args.ts";
import { zipMembers } from "../../../data-loaders/snapshot/zip.ts";
let label = "snapshot loader";
try {
    const { study, month } = studyMonthArgs(process.argv.slice(2));
    label = `snapshot loader ${study} ${month}`;
    const snapshot = await buildSnapshot(study, month);
    const zip = zipMembers(snapshot.members);
    process.stdout.write(zip);
}
catch (error) {
    process.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
}
finally {
    await closeDuckDb();
}
