/**
 * The Explore page's read-only guard: the classifier on tricky texts (comments, strings, quoted
 * identifiers, dollar quotes, several statements, writes hidden in a WITH or an EXPLAIN), and the
 * rolled-back transaction run against a real DuckDB (the Node build of the engine the page runs).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifySql, inRolledBackTransaction, queryReadOnly, ReadOnlySqlRefusal, tokenizeSql, type SqlDatabase } from "../../pages/components/read-only-sql.ts";

describe("classifySql lets read-only statements through", () => {
  it.each([
    "SELECT * FROM subjects",
    "select arm, count(*) from subjects group by all",
    "  -- a comment first\n  SELECT 1",
    "/* leading */ WITH t AS (SELECT * FROM subjects) SELECT count(*) FROM t;",
    "FROM subjects WHERE arm = 'TRT'",
    "VALUES (1, 'a'), (2, 'b')",
    "TABLE subjects",
    "DESCRIBE subjects",
    "SHOW TABLES",
    "SUMMARIZE subjects",
    "EXPLAIN SELECT * FROM visits",
    "EXPLAIN ANALYZE SELECT * FROM visits",
    "(SELECT 1) UNION ALL (SELECT 2)",
    "SELECT 'DELETE FROM subjects; DROP TABLE visits' AS s",
    'SELECT "update", "set" FROM (SELECT 1 AS "update", 2 AS "set")',
    "SELECT $$ DELETE FROM subjects; $$ AS s",
    "SELECT $q$ it's; DROP $$ $q$ AS s",
    "SELECT E'it\\'s; DROP TABLE subjects' AS s",
    "SELECT 1 -- ; DROP TABLE subjects",
    "SELECT 1 /* ; DELETE FROM subjects */",
    "SELECT * EXCLUDE (arm) REPLACE (age + 1 AS age) FROM subjects",
    "SELECT CASE WHEN age > 60 THEN 'old' ELSE 'young' END AS band, reset_count, settings FROM subjects",
    "SELECT 1;;  ",
    "SELECT 1 AS comment, 2 AS use, 3 AS analyse",
    "SELECT 1; -- trailing comment",
  ])("%s", (sql) => {
    expect(classifySql(sql)).toEqual({ readOnly: true });
  });
});

describe("classifySql refuses anything else, saying why", () => {
  it.each([
    ["DELETE FROM subjects", /must start with SELECT.*starts with "DELETE"/],
    ["delete from subjects where arm = 'TRT'", /starts with "delete"/],
    ["  /* hi */ DROP TABLE subjects", /starts with "DROP"/],
    ["SELECT 1; DROP TABLE subjects", /one statement at a time \(this text holds 2/],
    ["SELECT 1; SELECT 2", /one statement at a time/],
    ["WITH x AS (DELETE FROM subjects RETURNING *) SELECT * FROM x", /DELETE is not allowed/],
    ["with x as (insert into subjects select * from subjects returning *) select 1", /INSERT is not allowed/],
    ["EXPLAIN ANALYZE DELETE FROM subjects", /DELETE is not allowed/],
    ["EXPLAIN ANALYZE UPDATE subjects SET age = 0", /UPDATE is not allowed/],
    ["SELECT 1 FROM subjects; COMMIT", /one statement/],
    ["SET threads = 1", /starts with "SET"/],
    ["PRAGMA enable_profiling", /starts with "PRAGMA"/],
    ["ATTACH 'x.db' AS x", /starts with "ATTACH"/],
    ["COPY subjects TO 'x.csv'", /starts with "COPY"/],
    ["INSTALL httpfs", /starts with "INSTALL"/],
    ["CALL pragma_version()", /starts with "CALL"/],
    ["CHECKPOINT", /starts with "CHECKPOINT"/],
    ["BEGIN TRANSACTION", /starts with "BEGIN"/],
    ["CREATE TABLE t AS SELECT 1", /starts with "CREATE"/],
    ["COMMENT ON TABLE subjects IS 'x'", /starts with "COMMENT"/],
    ["USE memory", /starts with "USE"/],
    ["ANALYZE subjects", /starts with "ANALYZE"/],
    ["DETACH x", /starts with "DETACH"/],
    ["FROM subjects; DELETE FROM subjects", /one statement/],
    ["SELECT 1 /* unterminated", /cannot be read: an unterminated \/\* comment/],
    ["SELECT 'unterminated", /cannot be read: an unterminated string/],
    ['SELECT "unterminated', /cannot be read: an unterminated quoted identifier/],
    ["SELECT $$ unterminated", /cannot be read: an unterminated \$\$ quoted string/],
    ["", /empty/],
    [" -- only a comment\n ;", /empty/],
    ["SELECT 'a'' b'; DELETE FROM subjects", /one statement/],
    // An E string: the backslash escapes the quote, so the ; and DELETE are code, not string.
    ["SELECT E'abc\\''; DELETE FROM subjects; --'", /one statement/],
    // A block comment ends at the first */ here, so DuckDB never sees more code than the classifier.
    ["SELECT 1 /* /* */ ; DELETE FROM subjects; --*/", /one statement/],
    ["SELECT * FROM subjects WHERE arm IN (SELECT arm FROM subjects) AND 1 = (VACUUM)", /VACUUM is not allowed/],
    ["PIVOT subjects ON arm USING count(*); DETACH x", /one statement/],
    ["SELECT 1 AS update", /UPDATE is not allowed.*"update"/],
  ])("%s", (sql, reason) => {
    const verdict = classifySql(sql);
    expect(verdict.readOnly).toBe(false);
    if (!verdict.readOnly) expect(verdict.reason).toMatch(reason);
  });
});

describe("tokenizeSql", () => {
  it("reads strings, quoted identifiers, dollar quotes and comments as single units", () => {
    expect(tokenizeSql(`SELECT 'a;b', "c""d", $t$ e $ f $t$, 1.5e3 -- x\n/* y */ FROM t;`).map((t) => `${t.kind}:${t.text}`)).toEqual([
      "word:SELECT",
      "string:'a;b'",
      "symbol:,",
      `identifier:"c""d"`,
      "symbol:,",
      "string:$t$ e $ f $t$",
      "symbol:,",
      "number:1.5e3",
      "word:FROM",
      "word:t",
      "symbol:;",
    ]);
  });
  it("keeps a $1 parameter apart from a dollar quote", () => {
    expect(tokenizeSql("SELECT $1").map((t) => t.text)).toEqual(["SELECT", "$", "1"]);
  });
});

describe("queryReadOnly against DuckDB", () => {
  let instance: DuckDBInstance;
  let setup: DuckDBConnection;
  const database: SqlDatabase<Array<Record<string, unknown>>> = {
    async connect() {
      const connection = await instance.connect();
      return { query: async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Array<Record<string, unknown>>, close: () => connection.closeSync() };
    },
  };
  const count = async () => Number((await setup.runAndReadAll("SELECT count(*) AS n FROM subjects")).getRowObjectsJson()[0]?.n);
  beforeAll(async () => {
    instance = await DuckDBInstance.create(":memory:");
    setup = await instance.connect();
    await setup.run("CREATE TABLE subjects AS SELECT i AS id, CASE WHEN i % 2 = 0 THEN 'TRT' ELSE 'PBO' END AS arm FROM range(10) t(i)");
  });
  afterAll(() => {
    setup.closeSync();
    instance.closeSync();
  });

  it("runs a read-only query and returns its rows", async () => {
    expect(await queryReadOnly(database, "SELECT arm, count(*)::INTEGER AS n FROM subjects GROUP BY arm ORDER BY arm")).toEqual([
      { arm: "PBO", n: 5 },
      { arm: "TRT", n: 5 },
    ]);
  });

  it("refuses the link's DELETE before it reaches DuckDB; the rows are all there", async () => {
    await expect(queryReadOnly(database, "DELETE FROM subjects WHERE arm = 'TRT'")).rejects.toThrow(ReadOnlySqlRefusal);
    await expect(queryReadOnly(database, "DELETE FROM subjects WHERE arm = 'TRT'")).rejects.toThrow(/^only read-only queries run here: a query must start with/);
    expect(await count()).toBe(10);
  });

  it("rolls back even a write that got past the classifier (the second guard on its own)", async () => {
    const returned = await inRolledBackTransaction(database, "DELETE FROM subjects WHERE arm = 'TRT' RETURNING id");
    expect(returned).toHaveLength(5);
    expect(await count()).toBe(10);
    await inRolledBackTransaction(database, "DROP TABLE subjects");
    expect(await count()).toBe(10);
  });

  it("rolls back after a failed query too, and reports the query's own error", async () => {
    await expect(inRolledBackTransaction(database, "SELECT no_such_column FROM subjects")).rejects.toThrow(/no_such_column/);
    expect(await queryReadOnly(database, "SELECT count(*)::INTEGER AS n FROM subjects")).toEqual([{ n: 10 }]);
  });

  it("says so when a statement ended the transaction itself", async () => {
    await expect(inRolledBackTransaction(database, "COMMIT")).rejects.toThrow(/ended the page's read-only transaction; reload/);
    expect(await count()).toBe(10);
  });
});

/**
 * The page's own engine: DuckDB-WASM 1.29 (DuckDB 1.1), its Node build, with the tables inserted
 * from Arrow as Framework's DuckDBClient.of inserts them. Checks the second guard there, and the
 * two readings of the text the classifier relies on (E strings with backslash escapes; nested
 * block comments, on which the classifier errs towards seeing more code).
 */
describe("queryReadOnly in DuckDB-WASM, the page's engine", () => {
  type Blocking = { connect(): { query(sql: string): { toArray(): Array<Record<string, unknown>> }; insertArrowTable(t: unknown, o: object): void; close(): void } };
  let db: Blocking;
  let database: SqlDatabase<Array<Record<string, unknown>>>;
  const one = async (sql: string) => ({ ...(await inRolledBackTransaction(database, sql))[0] });
  beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const duckdb = require("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs");
    const dist = path.dirname(require.resolve("@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs"));
    // The CommonJS Arrow that the CommonJS DuckDB-WASM build loads: with a second copy the insert silently makes no table.
    const { tableFromArrays } = require("apache-arrow") as typeof import("apache-arrow");
    const bundles = { mvp: { mainModule: path.join(dist, "duckdb-mvp.wasm"), mainWorker: "" }, eh: { mainModule: path.join(dist, "duckdb-eh.wasm"), mainWorker: "" } };
    const instance = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
    await instance.instantiate();
    instance.open({});
    db = instance as Blocking;
    const setup = db.connect();
    setup.insertArrowTable(tableFromArrays({ id: Int32Array.from([1, 2, 3, 4, 5, 6]), arm: ["PBO", "TRT", "PBO", "TRT", "PBO", "TRT"] }), { name: "subjects", schema: "main" });
    setup.close();
    database = {
      async connect() {
        const connection = db.connect();
        return {
          query: async (sql: string) =>
            connection
              .query(sql)
              .toArray()
              .map((r) => ({ ...r })),
          close: () => connection.close(),
        };
      },
    };
  }, 120_000);
  const count = async () => Number((await queryReadOnly(database, "SELECT count(*)::INTEGER AS n FROM subjects"))[0]?.n);

  it("is DuckDB 1.1, as Framework pins it", async () => {
    expect(String((await one("SELECT version() AS v")).v)).toMatch(/^v1\.1\./);
  });

  it("refuses the link's DELETE and rolls back a write that reaches it", async () => {
    await expect(queryReadOnly(database, "DELETE FROM subjects WHERE arm = 'TRT'")).rejects.toThrow(ReadOnlySqlRefusal);
    expect(await count()).toBe(6);
    await inRolledBackTransaction(database, "DELETE FROM subjects WHERE arm = 'TRT'");
    await inRolledBackTransaction(database, "UPDATE subjects SET arm = 'X'");
    await inRolledBackTransaction(database, "CREATE TABLE extra AS SELECT 1 AS x");
    expect(await count()).toBe(6);
    expect(await queryReadOnly(database, "SELECT count(*)::INTEGER AS n FROM subjects WHERE arm = 'X'")).toEqual([{ n: 0 }]);
    await expect(queryReadOnly(database, "SELECT * FROM extra")).rejects.toThrow(/extra/);
  });

  it("reads an E string with backslash escapes and nests block comments, as the classifier assumes", async () => {
    expect(await one("SELECT E'abc\\'' AS s")).toEqual({ s: "abc'" });
    expect(await one("SELECT 1 /* /* */ 2 */ AS x")).toEqual({ x: 1 });
  });
});
