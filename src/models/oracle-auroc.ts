/**
 * The AUROC a model that knew the synthetic generator would reach, for the README: whether a low
 * AUROC is the model's fault or the data's.
 *   adverse events: each row scored by the generator's own 14-day event probability,
 *     1 − exp(−Σ rate·14/28), from the arm, age and the last measured sbp and ALT
 *     (data-loaders/synthetic/adverse-events.ts);
 *   dropout: each row scored by the generator's per-interval discontinuation probability
 *     (data-loaders/synthetic/disposition.ts) given what is known at the visit (arm, age, baseline
 *     severity, visits missed so far), with the interval's adverse events (not yet known) replaced
 *     by their expected number.
 *   npx tsx src/models/oracle-auroc.ts STUDY@YYYY-MM ...
 */
import { rocAuc } from "@trial/estimators";
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { adverseEventRates } from "../../data-loaders/synthetic/adverse-events.ts";
import { dropoutProbabilities } from "../../data-loaders/synthetic/disposition.ts";
import { getStudy } from "../studies/registry.ts";
import { dropoutRows } from "./dropout-features.ts";
import { aeRows } from "./ae-features.ts";
import { tablesFromSnapshot } from "./snapshot-tables.ts";
import { epochDay, subjectHistories } from "./subject-history.ts";

for (const target of process.argv.slice(2)) {
  const [study, month] = target.split("@") as [string, string];
  const snapshot = await buildSnapshot(study, month);
  const tables = await tablesFromSnapshot(snapshot.members, snapshot.record.cut_date);
  const rows = aeRows(subjectHistories(tables), epochDay(tables.cutDate, "cut"));
  const score = rows.map((r) => {
    const f = r.features;
    const x = { age: r.age, baseline_severity: 19, bmi: 28, egfr: 70 } as Parameters<typeof adverseEventRates>[0];
    const rates = adverseEventRates(x, f.treated as 0 | 1, { sbp: (f.sbp_max_35d ?? f.sbp_mean_91d ?? 130) as number, alt: ((f.alt as number | null) ?? 25) });
    return 1 - Math.exp(-((rates.general + rates.hypertension + rates.hepatic) * 14) / 28);
  });
  const config = getStudy(study);
  const informative = config.source.kind === "synthetic" && config.source.process === "selection";
  const drop = dropoutRows(subjectHistories(tables), epochDay(tables.cutDate, "cut"));
  const dropScore = drop.map((r) => {
    const f = r.features;
    const x = { age: r.age, baseline_severity: (f.baseline_severity as number | null) ?? 19, bmi: 28, egfr: 70 } as Parameters<typeof dropoutProbabilities>[0];
    const rates = adverseEventRates(x, f.treated as 0 | 1, { sbp: 130, alt: 25 });
    const expectedAes = rates.general + rates.hypertension + rates.hepatic;
    const p = dropoutProbabilities(x, f.treated as 0 | 1, { adverseEvents: expectedAes, seriousAdverseEvents: 0.02 * expectedAes, missedSoFar: f.missed_visits as number }, informative);
    return 1 - Object.values(p).reduce((q, v) => q * (1 - v), 1);
  });
  console.log(`${study} ${month}: oracle AUROC adverse events ${rocAuc(score, rows.map((r) => r.label)).toFixed(3)} (${rows.length} rows), dropout ${rocAuc(dropScore, drop.map((r) => r.label)).toFixed(3)} (${drop.length} rows)`);
}
await closeDuckDb();
