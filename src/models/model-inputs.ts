/**
 * The inputs of a study-month's prediction models, from its snapshot members (the snapshot step's
 * output): the tables read back from the Parquet bytes, and the dropout and adverse-event prediction
 * rows derived from them on first use.
 */
import type { ModelInputs, ModelRows } from "./models-build.ts";
import { AE_FEATURES, aeRows } from "./ae-features.ts";
import { DROPOUT_FEATURES, dropoutRows } from "./dropout-features.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { tablesFromSnapshot } from "./snapshot-tables.ts";
import { epochDay, MissingModelInputError, subjectHistories, type SubjectHistory } from "./subject-history.ts";

export { AE_FEATURES, DROPOUT_FEATURES };

/** A feature to 6 significant digits (integers, most features, are already exact). */
const round6 = (v: number | null): number | null => (v === null || Number.isInteger(v) ? v : Number(v.toPrecision(6)));

/** Rounds every feature to 6 significant digits once, so that the page sees exactly what was scored. */
function rounded(rows: PredictionRow[]): PredictionRow[] {
  return rows.map((r) => {
    const features: Record<string, number | null> = {};
    for (const k in r.features) features[k] = round6(r.features[k] as number | null);
    return { ...r, features };
  });
}

export interface SnapshotMembers {
  members: ReadonlyArray<{ name: string; bytes: Uint8Array }>;
  /** snapshot.json as parsed (its cut date and member hashes). */
  record: { cut_date: string; members: Array<{ name: string; sha256: string }> };
  /** SHA-256 of snapshot.json's own bytes. */
  snapshotSha: string;
}

export async function modelInputsFromSnapshot(study: string, month: string, snapshot: SnapshotMembers): Promise<ModelInputs> {
  const tables = await tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
  let rows: ModelRows | null = null;
  return {
    study,
    month,
    cutDate: tables.cutDate,
    snapshotSha: snapshot.snapshotSha,
    subjectsSha: snapshot.record.members.find((m) => m.name === "subjects.parquet")?.sha256 ?? "",
    rows() {
      if (rows) return rows;
      let histories: SubjectHistory[];
      try {
        histories = subjectHistories(tables);
      } catch (error) {
        if (!(error instanceof MissingModelInputError)) throw error;
        rows = error;
        return rows;
      }
      const cut = epochDay(tables.cutDate, "data cut");
      rows = { dropout: rounded(dropoutRows(histories, cut)), adverseEvents: rounded(aeRows(histories, cut)) };
      return rows;
    },
  };
}
