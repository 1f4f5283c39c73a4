/** One small real snapshot (SYN-LIN-B, its first data cut) read as the models read it, built once per test file. */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { tablesFromSnapshot } from "../../src/models/snapshot-tables.ts";
export const STUDY = "SYN-LIN-B";
export const MONTH = "2025-09";
export async function snapshotTables() {
    const snapshot = await buildSnapshot(STUDY, MONTH);
    await closeDuckDb();
    return tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
}
