/**
 * Loader for `system-check.parquet`: a tiny, deterministic Parquet file for the System check page
 * (`pages/system.md`). 100 rows, `id` 1..100, `arm` PBO for odd and TRT for even ids, and
 * `x = id / 8` (exact in binary floating point), so the page's SQL results are known in advance:
 * sum(id) = 5050, 50 rows per arm, mean(x) = 6.3125. Written by DuckDB (`@duckdb/node-api`) with
 * one thread, so the bytes are the same on every run with the same DuckDB version.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
const dir = mkdtempSync(path.join(tmpdir(), "system-check-"));
const file = path.join(dir, "system-check.parquet");
try {
    const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
    const connection = await instance.connect();
    await connection.run(`
    COPY (
      SELECT id::INTEGER AS id,
             CASE WHEN id % 2 = 1 THEN 'PBO' ELSE 'TRT' END AS arm,
             id / 8.0 AS x
      FROM range(1, 101) AS t(id)
      ORDER BY id
    ) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    connection.closeSync();
    instance.closeSync();
    process.stdout.write(readFileSync(file));
}
finally {
    rmSync(dir, { recursive: true, force: true });
}
