/**
 * The AUROC a perfect model of the synthetic generator would reach on adverse-event rows: each row
 * scored by the generator's own 14-day event probability, 1 − exp(−Σ rate·14/28), from the arm, age
 * and the last measured sbp and ALT (data-loaders/synthetic/adverse-events.ts). It bounds what any
 * model can achieve on these data, so the README can say whether a low AUROC is the model's fault.
 *   npx tsx src/models/oracle-auroc.ts STUDY@YYYY-MM ...
 */
import { rocAuc } from "@trial/estimators";
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { adverseEventRates } from "../../data-loaders/synthetic/adverse-events.ts";
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
  console.log(`${study} ${month}: oracle AUROC ${rocAuc(score, rows.map((r) => r.label)).toFixed(3)} on ${rows.length} rows`);
}
await closeDuckDb();
