/**
 * Writes expected.json from the current code: each case's `result` in full and the SHA-256 of
 * its per-subject `details` (run only to pin a deliberate change of numbers).
 */
import { writeFileSync } from "node:fs";
import { goldenOutput } from "./golden.ts";

writeFileSync(new URL("./expected.json", import.meta.url), `${JSON.stringify(goldenOutput())}\n`);
