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
interface Prepared {
    dir: string;
    db: DuckDBInstance;
}
declare const bench: {
    name: string;
    runs: number;
    target: {
        seconds: number;
        what: string;
    };
    prepare(): Promise<Prepared>;
    run({ dir, db }: Prepared): Promise<{
        seconds: number;
        peakRssMiB: number;
        check: string;
    }>;
};
export default bench;
