import { createHash } from "node:crypto";
import { analyseStudyMonth } from "../../../estimators/src/index.ts";
import { goldenCases } from "./cases.ts";

/** Each golden case's analysis: the result, and the SHA-256 of the JSON of its details. */
export function goldenOutput(): Record<string, { result: unknown; detailsSha256: string }> {
  const out: Record<string, { result: unknown; detailsSha256: string }> = {};
  for (const [name, input] of Object.entries(goldenCases)) {
    const { result, details } = analyseStudyMonth(input);
    out[name] = { result, detailsSha256: createHash("sha256").update(JSON.stringify(details)).digest("hex") };
  }
  return out;
}
