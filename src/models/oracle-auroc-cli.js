/**
 * Prints the oracle AUROCs (src/models/oracle-auroc.ts) of synthetic study-months:
 *   npx tsx src/models/oracle-auroc-cli.ts STUDY@YYYY-MM ...
 */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { getSyntheticStudy } from "../foundation/registry.ts";
import { aeRows } from "./ae-features.ts";
import { dropoutRows } from "./dropout-features.ts";
import { oracleAdverseEventAuroc, oracleDropoutAuroc } from "./oracle-auroc.ts";
import { tablesFromSnapshot } from "./snapshot-tables.ts";
import { epochDay, subjectHistories } from "./subject-history.ts";
for (const target of process.argv.slice(2)) {
    const [study, month] = target.split("@");
    const source = getSyntheticStudy(study).source;
    const snapshot = await buildSnapshot(study, month);
    const tables = await tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
    const histories = subjectHistories(tables);
    const cut = epochDay(tables.cutDate, "cut");
    const options = { adverseEventModel: source.adverseEventModel ?? "standard", informativeDropout: source.process === "selection", aeWindowDays: 14 };
    const ae = aeRows(histories, cut);
    const drop = dropoutRows(histories, cut);
    console.log(`${study} ${month}: oracle AUROC adverse events ${oracleAdverseEventAuroc(histories, ae, options).toFixed(3)} (${ae.length} rows, ${ae.filter((r) => r.label).length} events), ` +
        `dropout ${oracleDropoutAuroc(histories, drop, options).toFixed(3)} (${drop.length} rows, ${drop.filter((r) => r.label).length} events)`);
}
await closeDuckDb();
