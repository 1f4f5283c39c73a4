/**
 * The Trial tables page's logic: the bundle the page imports (`/data/trial-tables.js`, built by
 * its loader from src/analysis/trial-tables/) computes the same document as the build's step
 * code, and the agreement check of the page passes on it and fails on a changed cell.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { snapshotRowsOf, studyTrialTables } from "../../src/analysis/trial-tables/study-trial-tables.ts";
import { armNs, checkTablesAgreement } from "../../pages/components/trial-tables-view.ts";
import { getStudy } from "../../src/foundation/registry.ts";
import { cutOf } from "../data-loaders/trials.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

describe("the Trial tables page", () => {
  const study = getStudy("SYN-LIN-C");
  const month = study.dataCuts[1]!;
  const rows = snapshotRowsOf(cutOf("SYN-LIN-C", month));
  const entry = {
    id: study.id,
    arms: study.arms,
    covariates: study.covariates,
    primaryOutcome: study.primaryOutcome,
    outcome: study.source.outcome,
    prespecified: study.prespecified ?? null,
  };
  const stored = JSON.parse(JSON.stringify(studyTrialTables(rows, entry, month)));

  it("the page's bundled module computes the build's document", async () => {
    const bundle = execFileSync(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "pages", "data", "trial-tables.js.ts")], { cwd: root, maxBuffer: 64 << 20 });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "trial-tables-")), "trial-tables.mjs");
    writeFileSync(file, bundle);
    const code = (await import(pathToFileURL(file).href)) as typeof import("../../src/analysis/trial-tables/study-trial-tables.ts");
    const recomputed = code.studyTrialTables(code.snapshotRowsOf(cutOf("SYN-LIN-C", month)), JSON.parse(JSON.stringify(entry)), month);
    const agreement = checkTablesAgreement(stored, recomputed);
    expect(agreement).toMatchObject({ status: "identical", differenceCount: 0 });
    expect(agreement.numbers).toBeGreaterThan(100);
  }, 60_000);

  it("a changed printed cell is a difference", () => {
    const changed = JSON.parse(JSON.stringify(stored));
    changed.tables[1].rows[1].cells[2].text = "changed";
    expect(checkTablesAgreement(stored, changed).status).toBe("different");
  });

  it("reads the N per arm of a header", () => {
    const demographics = stored.tables.find((t: { id: string }) => t.id === "14-2.01");
    const cut = cutOf("SYN-LIN-C", month);
    expect(armNs(demographics).slice(0, study.arms.length)).toEqual(study.arms.map((a) => cut.subjects.filter((s) => s.arm === a.code).length));
  });
});
