/**
 * The process's one DuckDB instance (in memory, one thread, so Parquet bytes do not depend on
 * scheduling). Created on first use; `closeDuckDb` releases it.
 */
import { DuckDBInstance } from "@duckdb/node-api";
let instance = null;
export function duckDbConnection() {
    instance ??= (async () => {
        const db = await DuckDBInstance.create(":memory:", { threads: "1" });
        const connection = await db.connect();
        await connection.run("SET threads = 1");
        await connection.run("SET preserve_insertion_order = true");
        return { db, connection };
    })();
    return instance.then((i) => i.connection);
}
export async function closeDuckDb() {
    if (!instance)
        return;
    const { db, connection } = await instance;
    instance = null;
    connection.closeSync();
    db.closeSync();
}
