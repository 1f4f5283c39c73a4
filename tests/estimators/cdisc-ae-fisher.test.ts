/**
 * Fisher's exact test on the CDISC pilot's adverse-event incidence tables: for every preferred
 * term, subjects of the safety population with a treatment-emergent event against those without,
 * by actual arm (2 × 3), read from the sponsor's ADaM with the project's XPT reader, against R's
 * fisher.test on the same files (tests/reference/csr/cdisc-ae-fisher.R → cdisc-ae-fisher.json):
 * the counts exactly, the p-values to 1e-6 relative. Skipped with a message when the files are
 * absent, an error with CI=true (cdisc-adam.ts).
 */
import { describe, expect, it } from "vitest";
import { readXptDataset } from "../../data-loaders/readers/xpt.ts";
import { fisherExactTest } from "../../estimators/src/index.ts";
import { cdiscAdamFiles } from "./cdisc-adam.ts";
import expectedJson from "../reference/csr/cdisc-ae-fisher.json" with { type: "json" };

interface Expected {
  term: string;
  with: number[];
  without: number[];
  p: number;
}
const r = expectedJson as unknown as { n_by_arm: number[]; any: Expected; terms: Expected[] };
const { paths, absent } = cdiscAdamFiles("CDISC AE Fisher test", ["adsl.xpt", "adae.xpt"]);
const ARMS = ["Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"];

describe.skipIf(absent)("Fisher's exact test on the CDISC pilot's AE incidence (2 × 3) matches fisher.test", () => {
  const tables = (() => {
    if (absent) return new Map<string, number[][]>();
    const adsl = readXptDataset(paths[0] as string);
    const adae = readXptDataset(paths[1] as string);
    const armOf = new Map(adsl.rows.filter((s) => s.SAFFL === "Y").map((s) => [s.USUBJID as string, ARMS.indexOf(s.TRT01A as string)]));
    const nArm = ARMS.map((_, a) => [...armOf.values()].filter((x) => x === a).length);
    const subjects = new Map<string, Set<string>>([["ANY TEAE", new Set()]]);
    for (const e of adae.rows) {
      const id = e.USUBJID as string;
      if (e.TRTEMFL !== "Y" || !armOf.has(id)) continue;
      subjects.get("ANY TEAE")!.add(id);
      const term = e.AEDECOD as string;
      if (!subjects.has(term)) subjects.set(term, new Set());
      subjects.get(term)!.add(id);
    }
    const out = new Map<string, number[][]>();
    for (const [term, ids] of subjects) {
      const withAe = ARMS.map((_, a) => [...ids].filter((id) => armOf.get(id) === a).length);
      out.set(term, [withAe, withAe.map((w, a) => (nArm[a] as number) - w)]);
    }
    return out;
  })();

  it("every preferred term and any TEAE: counts and p-values", () => {
    const all = [r.any, ...r.terms];
    expect([...tables.keys()].sort()).toEqual(all.map((e) => e.term).sort());
    for (const e of all) {
      const table = tables.get(e.term)!;
      expect(table, e.term).toEqual([e.with, e.without]);
      const { p } = fisherExactTest(table);
      expect(Math.abs(p - e.p), `${e.term}: ${p} vs fisher.test ${e.p}`).toBeLessThanOrEqual(1e-6 * e.p + 1e-12);
    }
    expect(all.length).toBeGreaterThan(200);
  });
});
