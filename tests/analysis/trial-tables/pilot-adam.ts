/**
 * The sponsor's ADaM files of the CDISC pilot for the trial-table tests, read with the project's
 * XPT reader, with the planned treatment mapped to the study entry's arm codes. Absent files:
 * skipped with a message, an error with CI=true (tests/estimators/cdisc-adam.ts).
 */
import { readXptDataset } from "../../../data-loaders/readers/xpt.ts";
import { cdiscPilotStudy } from "../../../src/foundation/cdisc-pilot.ts";
import { cdiscAdamFiles } from "../../estimators/cdisc-adam.ts";

export const study = cdiscPilotStudy;
/** ADaM treatment names → the study entry's arm codes. */
export const ARM_CODES: Record<string, string> = { Placebo: "Pbo", "Xanomeline Low Dose": "Xan_Lo", "Xanomeline High Dose": "Xan_Hi" };

export type AdamRow = Record<string, unknown>;

/** Reads the named ADaM datasets (`adsl`, `adae`, …) or returns null when any file is absent. */
export function readPilotAdam<N extends string>(test: string, names: readonly N[]): Record<N, AdamRow[]> | null {
  const { paths, absent } = cdiscAdamFiles(
    test,
    names.map((n) => `${n}.xpt`),
  );
  if (absent) return null;
  return Object.fromEntries(names.map((n, i) => [n, readXptDataset(paths[i]!).rows as AdamRow[]])) as Record<N, AdamRow[]>;
}

/** The planned-treatment arm code of an ADaM row (TRT01P or TRTP or TRTA). */
export function armOf(row: AdamRow, column: string): string {
  const code = ARM_CODES[String(row[column])];
  if (code === undefined) throw new Error(`${column} ${String(row[column])} is not a pilot arm`);
  return code;
}
