/**
 * Adverse-event monitoring features at deployment volume (issue 6, "Scale"): 1,000 patients,
 * vitals every 5 minutes for 90 days (25.9 million rows), labs daily, medications as events,
 * generated in DuckDB (Node), then the point-in-time features of src/models/monitoring-features-sql.ts
 * (rolling mean/SD/min/max over 1 h, 6 h, 24 h of four vitals, 6 h slopes, baseline changes, latest
 * labs by ASOF join, medication doses in 24 h) for every patient-hour, written to Parquet.
 * Target: under 2 minutes on the 2-core machine; peak RSS reported. Not part of the default build.
 *
 * The default export follows the runner's BenchCase shape (tests/bench/bench.ts on the `speed`
 * branch: `npm run bench -- ae-features`). `BENCH_AE_PATIENTS` scales it down for a quick look.
 */
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateMonitoringSql, monitoringFeaturesSql } from "../../src/models/monitoring-features-sql.ts";

const patients = Number(process.env.BENCH_AE_PATIENTS ?? 1000);
const size = { patients, days: 90, stepSeconds: 300 };

interface Prepared {
  dir: string;
  db: DuckDBInstance;
}

const bench = {
  name: `AE monitoring features: ${patients.toLocaleString("en-US")} patients × 5-min vitals × 90 days (DuckDB, Node)`,
  runs: 1,
  target: { seconds: 120, what: "issue 6 §Scale: under 2 minutes on 2 cores" },
  async prepare(): Promise<Prepared> {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-ae-"));
    const db = await DuckDBInstance.create(path.join(dir, "monitoring.duckdb"), { threads: "2", memory_limit: "6GB", temp_directory: path.join(dir, "spill") });
    return { dir, db };
  },
  async run({ dir, db }: Prepared) {
    const con = await db.connect();
    try {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      for (const sql of generateMonitoringSql(size)) await con.run(sql);
      const tGenerated = performance.now();
      for (const sql of monitoringFeaturesSql("features", size.stepSeconds)) await con.run(sql);
      const out = path.join(dir, "features.parquet");
      await con.run(`COPY features TO '${out}' (FORMAT parquet)`);
      const tFeatures = performance.now();
      const counts = (
        await con.runAndReadAll("SELECT (SELECT count(*) FROM vitals)::BIGINT AS vitals, (SELECT count(*) FROM features)::BIGINT AS features")
      ).getRowObjectsJson()[0] as { vitals: string; features: string };
      const bytes = (await stat(out)).size;
      const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
      const cpu = process.cpuUsage(cpu0);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      return {
        seconds: (tFeatures - t0) / 1000,
        peakRssMiB,
        check:
          `${Number(counts.vitals).toLocaleString("en-US")} vitals rows generated in ${((tGenerated - t0) / 1000).toFixed(1)} s; ` +
          `${Number(counts.features).toLocaleString("en-US")} patient-hour feature rows (${((tFeatures - tGenerated) / 1000).toFixed(1)} s, Parquet ${(bytes / 2 ** 20).toFixed(0)} MiB); ` +
          `${cpuSeconds.toFixed(1)} CPU s in all (DuckDB, 2 threads)`,
      };
    } finally {
      con.closeSync();
      db.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default bench;

// `npx tsx tests/bench/ae-features.bench.ts`: run it alone, without the runner.
if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  const prepared = await bench.prepare();
  const result = await bench.run(prepared);
  console.log(JSON.stringify({ name: bench.name, ...result, loadAverage: (await import("node:os")).loadavg()[0] }, null, 2));
}
