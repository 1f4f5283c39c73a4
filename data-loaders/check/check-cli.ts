/** Entry of `npm run check` (data-loaders/check/run-check.ts): no stack trace, the exit status says clean (0), violations (1) or usage error (2). */
import { getStudy } from "../../src/foundation/registry.ts";
import { closeDuckDb } from "../snapshot/duckdb.ts";
import { runCheck } from "./run-check.ts";

try {
  const run = await runCheck(process.argv.slice(2), getStudy);
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr);
  process.exitCode = run.status;
} catch (error) {
  process.stderr.write(`check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDuckDb();
}
