/**
 * Loader for `/data/<study>/<month>/models.zip`: the prediction models of one study-month, trained
 * at build time from that month's snapshot (src/models/build-models.ts). Members: `dropout.json`,
 * `adverse-events.json` (weights, scaling, recalibration, metrics, test predictions, drift
 * reference), `model-card.json` and `monitoring.json` (the study's training-month models scored on
 * this month's later data: drift and decay across data cuts). A separate loader, so the snapshot zip is untouched. On any
 * failure: a message on stderr naming study, month and what broke, exit status 1, nothing on stdout.
 */
import { closeDuckDb } from "../../../../data-loaders/snapshot/duckdb.ts";
import { studyMonthArgs } from "../../../../data-loaders/snapshot/loader-args.ts";
import { zipMembers } from "../../../../data-loaders/snapshot/zip.ts";
import { buildModels } from "../../../../src/models/build-models.ts";
let label = "models loader";
try {
    const { study, month } = studyMonthArgs(process.argv.slice(2));
    label = `models loader ${study} ${month}`;
    const built = await buildModels(study, month);
    const json = (value) => new TextEncoder().encode(`${JSON.stringify(value)}\n`);
    process.stdout.write(zipMembers([
        { name: "dropout.json", bytes: json(built.dropout) },
        { name: "adverse-events.json", bytes: json(built.adverseEvents) },
        { name: "model-card.json", bytes: json(built.card) },
        { name: "monitoring.json", bytes: json(built.monitoring) },
    ]));
}
catch (error) {
    process.stderr.write(`${label}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
}
finally {
    await closeDuckDb();
}
