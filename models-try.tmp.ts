import { buildModels } from "./src/models/build-models.ts";
import { closeDuckDb } from "./data-loaders/snapshot/duckdb.ts";
const [study, month] = process.argv.slice(2);
const t0 = performance.now();
const m = await buildModels(study!, month!);
await closeDuckDb();
for (const t of [m.dropout, m.adverseEvents]) console.log(t.task, JSON.stringify(t.split), "cv", t.crossValidation.logisticAuroc.map((x) => x.toFixed(3)).join(" "), "\n logistic", JSON.stringify(t.metrics.logistic), "\n mlp", JSON.stringify(t.metrics.mlp), "mlp epochs", t.mlp.epochs, t.mlp.bestEpoch, "mlp ms", t.mlp.ms, "task ms", t.ms);
console.log("total", (performance.now() - t0).toFixed(0), JSON.stringify(m).length);
