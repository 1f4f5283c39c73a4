/**
 * Read-only SQL for the Explore page. A query typed in the page, or carried by a shared link
 * (`?q=…`), runs in the reader's browser against the study-month's tables in DuckDB-WASM; it must
 * never change them, or a link such as `?q=DELETE FROM subjects WHERE arm = 'TRT'` would silently
 * alter what every later query on the page sees. Two independent guards:
 *
 * 1. {@link classifySql} decides from the text, with a real tokenizer (not a regular expression
 *    over the raw text): comments (`--`, `/* *\/`), single-quoted strings (`''` escapes; `E'…'`
 *    with backslash escapes), double-quoted identifiers and dollar-quoted strings (`$$…$$`,
 *    `$tag$…$tag$`) are read as such, so a keyword inside them counts for nothing and a `;` inside
 *    them ends nothing. A query passes when it is exactly one statement, its first keyword is one
 *    of {@link READ_KEYWORDS}, and no keyword of {@link WRITE_KEYWORDS} appears anywhere in it
 *    (so `WITH x AS (DELETE …) SELECT …` and `EXPLAIN ANALYZE DELETE …` are refused). Where the
 *    tokenizer and DuckDB could read a text differently it errs towards refusing: a block comment
 *    ends at the first `*\/` (DuckDB may nest them; then this sees more code than DuckDB does,
 *    never less).
 * 2. {@link queryReadOnly} runs a query that passed inside a transaction on its own connection and
 *    always rolls it back, so even a write the classifier missed leaves the tables as they were.
 *    If the rollback fails (the statement ended the transaction itself) the page is told to reload.
 */

/** First keywords of statements that only read. */
export const READ_KEYWORDS: ReadonlySet<string> = new Set(["SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN", "PIVOT", "UNPIVOT"]);

/**
 * Keywords that write, change settings or the catalog, or control transactions: refused anywhere
 * in a query (outside strings, quoted identifiers and comments), not only first. A column of such
 * a name must be quoted (`"set"`). Statements that can only come first (COMMENT ON, USE, ANALYZE,
 * …) need not be listed: the first keyword must be one of {@link READ_KEYWORDS}.
 */
export const WRITE_KEYWORDS: ReadonlySet<string> = new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "MERGE",
  "UPSERT",
  "TRUNCATE",
  "CREATE",
  "DROP",
  "ALTER",
  "ATTACH",
  "DETACH",
  "COPY",
  "EXPORT",
  "IMPORT",
  "INSTALL",
  "LOAD",
  "SET",
  "RESET",
  "PRAGMA",
  "CALL",
  "CHECKPOINT",
  "VACUUM",
  "BEGIN",
  "COMMIT",
  "ROLLBACK",
  "ABORT",
  "TRANSACTION",
  "PREPARE",
  "EXECUTE",
  "DEALLOCATE",
  "GRANT",
  "REVOKE",
]);

export type SqlToken =
  | { kind: "word"; text: string; upper: string; at: number }
  | { kind: "string" | "identifier" | "number"; text: string; at: number }
  | { kind: "symbol"; text: string; at: number };

export class SqlTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SqlTokenError";
  }
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/**
 * Splits SQL text into tokens, dropping whitespace and comments.
 * @throws SqlTokenError for an unterminated string, quoted identifier, dollar quote or block comment
 * @example
 * tokenizeSql("SELECT 'a;b' -- x\nFROM t").map((t) => t.text) // => ["SELECT", "'a;b'", "FROM", "t"]
 */
export function tokenizeSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "-" && next === "-") {
      const end = sql.indexOf("\n", i);
      i = end === -1 ? n : end + 1;
    } else if (ch === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      if (end === -1) throw new SqlTokenError(`an unterminated /* comment starts at character ${i + 1}`);
      i = end + 2;
    } else if (ch === "'") {
      const escapes = /^[Ee]$/.test(tokens.at(-1)?.at === i - 1 ? (tokens.at(-1)?.text ?? "") : "");
      const end = closeQuote(sql, i, "'", escapes);
      if (escapes) tokens.pop(); // the E prefix belongs to the string
      tokens.push({ kind: "string", text: sql.slice(i, end), at: i });
      i = end;
    } else if (ch === '"') {
      const end = closeQuote(sql, i, '"', false);
      tokens.push({ kind: "identifier", text: sql.slice(i, end), at: i });
      i = end;
    } else if (ch === "$" && DOLLAR_TAG.test(sql.slice(i))) {
      const tag = (DOLLAR_TAG.exec(sql.slice(i)) as RegExpExecArray)[0];
      const end = sql.indexOf(tag, i + tag.length);
      if (end === -1) throw new SqlTokenError(`an unterminated ${tag} quoted string starts at character ${i + 1}`);
      tokens.push({ kind: "string", text: sql.slice(i, end + tag.length), at: i });
      i = end + tag.length;
    } else if (WORD_START.test(ch)) {
      let j = i + 1;
      while (j < n && WORD_PART.test(sql[j] as string)) j++;
      const text = sql.slice(i, j);
      tokens.push({ kind: "word", text, upper: text.toUpperCase(), at: i });
      i = j;
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(next ?? ""))) {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(sql[j] as string)) j++;
      tokens.push({ kind: "number", text: sql.slice(i, j), at: i });
      i = j;
    } else {
      tokens.push({ kind: "symbol", text: ch, at: i });
      i++;
    }
  }
  return tokens;
}

/** Index just past the quote that closes the one at `start` (`''` / `""` doubled; backslash escapes in E strings). */
function closeQuote(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const ch = sql[i];
    if (backslashEscapes && ch === "\\") {
      i += 2;
    } else if (ch === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  throw new SqlTokenError(`an unterminated ${quote === "'" ? "string" : "quoted identifier"} starts at character ${start + 1}`);
}

export type SqlVerdict = { readOnly: true } | { readOnly: false; reason: string };

/**
 * Whether a query may run on the page: one read-only statement.
 * @example
 * classifySql("select * from subjects") // => {readOnly: true}
 * classifySql("SELECT 1; DROP TABLE subjects").readOnly // => false
 */
export function classifySql(sql: string): SqlVerdict {
  let tokens: SqlToken[];
  try {
    tokens = tokenizeSql(sql);
  } catch (error) {
    if (error instanceof SqlTokenError) return { readOnly: false, reason: `the query cannot be read: ${error.message}` };
    throw error;
  }
  const statements: SqlToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "symbol" && token.text === ";") statements.push([]);
    else (statements.at(-1) as SqlToken[]).push(token);
  }
  const nonEmpty = statements.filter((s) => s.length > 0);
  if (nonEmpty.length === 0) return { readOnly: false, reason: "the query is empty" };
  if (nonEmpty.length > 1) return { readOnly: false, reason: `one statement at a time (this text holds ${nonEmpty.length}, separated by ";")` };
  const statement = nonEmpty[0] as SqlToken[];
  const first = statement.find((t) => !(t.kind === "symbol" && t.text === "("));
  if (first?.kind !== "word" || !READ_KEYWORDS.has(first.upper)) {
    return { readOnly: false, reason: `a query must start with ${[...READ_KEYWORDS].join(", ")} (it starts with ${first ? JSON.stringify(first.text) : "nothing"})` };
  }
  const write = statement.find((t) => t.kind === "word" && WRITE_KEYWORDS.has(t.upper));
  if (write) return { readOnly: false, reason: `${write.text.toUpperCase()} is not allowed: the page never changes the data (quote a column of that name: "${write.text}")` };
  return { readOnly: true };
}

/** A query the page refuses to run; its message is the plain sentence the page shows. */
export class ReadOnlySqlRefusal extends Error {
  constructor(reason: string) {
    super(`only read-only queries run here: ${reason}.`);
    this.name = "ReadOnlySqlRefusal";
  }
}

/** What {@link queryReadOnly} needs of a database: DuckDB-WASM's AsyncDuckDB (Framework's `DuckDBClient` holds it as `_db`) fits. */
export interface SqlDatabase<T> {
  connect(): Promise<{ query(sql: string): Promise<T>; close(): Promise<unknown> | unknown }>;
}

/**
 * Runs one read-only query: refused (ReadOnlySqlRefusal) unless {@link classifySql} passes it, then
 * run inside a transaction on a connection of its own, which is always rolled back.
 * @param database the DuckDB database (e.g. `db._db` of a Framework DuckDBClient)
 * @param sql the query text, as typed or carried by the link
 * @returns what the connection's `query` returns (an Arrow table in DuckDB-WASM)
 */
export async function queryReadOnly<T>(database: SqlDatabase<T>, sql: string): Promise<T> {
  const verdict = classifySql(sql);
  if (!verdict.readOnly) throw new ReadOnlySqlRefusal(verdict.reason);
  return inRolledBackTransaction(database, sql);
}

/** Runs SQL inside a transaction that is rolled back whatever happens (the second guard; exported for its test). */
export async function inRolledBackTransaction<T>(database: SqlDatabase<T>, sql: string): Promise<T> {
  const connection = await database.connect();
  try {
    await connection.query("BEGIN TRANSACTION");
    let result: T;
    try {
      result = await connection.query(sql);
    } finally {
      try {
        await connection.query("ROLLBACK");
      } catch {
        // biome-ignore lint/correctness/noUnsafeFinally: a failed ROLLBACK must replace the query's result (the page's data may have changed)
        throw new ReadOnlySqlRefusal("the query ended the page's read-only transaction; reload the page before trusting further results");
      }
    }
    return result;
  } finally {
    await connection.close();
  }
}
