/**
 * Loader for `/data/portfolio.parquet`: one row per published study-month with the counts the
 * portfolio home shows (screened, enrolled, by arm, discontinued, primary outcome available).
 * Each study is generated once and cut at every published month through the same snapshot
 * builder as the study-month loaders, so the counts are those of the snapshots themselves.
 */
import { buildSnapshot } from "../../data-loaders/snapshot/build-snapshot.ts";
import { closeDuckDb } from "../../data-loaders/snapshot/duckdb.ts";
import { portfolioRows, portfolioTable } from "../../data-loaders/snapshot/portfolio.ts";
import { writeParquet } from "../../data-loaders/snapshot/parquet-writer.ts";
import { LOADER_NAME, LOADER_VERSION, SCHEMA_VERSION } from "../../data-loaders/snapshot/version.ts";
import { studies } from "../../src/foundation/registry.ts";
try {
    const rows = await portfolioRows(studies, buildSnapshot);
    const bytes = await writeParquet(portfolioTable, rows, {
        loader: LOADER_NAME,
        loader_version: LOADER_VERSION,
        schema_version: SCHEMA_VERSION,
        table: portfolioTable.name,
        row_count: String(rows.length),
        studies: studies.map((s) => s.id).join(","),
    });
    process.stdout.write(bytes);
}
catch (error) {
    process.stderr.write(`portfolio loader: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
}
finally {
    await closeDuckDb();
}
