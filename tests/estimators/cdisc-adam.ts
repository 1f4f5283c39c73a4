/**
 * Where the CSR reference tests find the sponsor's ADaM files of the CDISC pilot, and what they do
 * when the files are absent: the convention of src/foundation/cdisc-pilot.ts (TRIAL_CDISC_DIR, by
 * default ../shared/data/cdiscpilot01; with CI=true absent files are an error, otherwise the
 * tests are skipped with a message on stderr).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { cdiscDataDir } from "../../src/foundation/cdisc-pilot.ts";

/** The paths of the given ADaM files (`adsl.xpt`, …) and whether any is missing. */
export function cdiscAdamFiles(test: string, names: readonly string[]): { paths: string[]; absent: boolean } {
  const dir = cdiscDataDir();
  const paths = names.map((n) => path.join(dir, "adam", n));
  const missing = paths.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    const message = `${test}: ${missing.join(", ")} absent; set TRIAL_CDISC_DIR to the CDISC pilot data directory`;
    if (process.env.CI === "true") throw new Error(`${message}. In CI the CDISC pilot data is required.`);
    process.stderr.write(`${message}. The test is skipped.\n`);
  }
  return { paths, absent: missing.length > 0 };
}
