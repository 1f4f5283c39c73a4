/**
 * snapshotTrialTables on synthetic studies' data cuts (generated in memory as the loader does):
 * every table is produced from the snapshot rows and the study entry, the arms' N match the
 * subjects, binary covariates become Yes/No blocks, ongoing subjects are neither completed nor
 * terminated, the continuous endpoint has a block per scheduled visit with observed data, and a
 * binary endpoint has no efficacy table. Then the CSV and RTF of each table are well-formed.
 */
import { describe, expect, it } from "vitest";
import { tableToCsv } from "../../../src/analysis/trial-tables/csv-writer.ts";
import { tableToRtf } from "../../../src/analysis/trial-tables/rtf-writer.ts";
import { snapshotTrialTables } from "../../../src/analysis/trial-tables/snapshot-trial-tables.ts";
import { getStudy } from "../../../src/foundation/registry.ts";
import { cutOf } from "../../data-loaders/trials.ts";

describe("snapshotTrialTables on synthetic data cuts", () => {
  it("SYN-LIN-C at an interim cut: all five tables", () => {
    const study = getStudy("SYN-LIN-C");
    const month = study.dataCuts[1]!;
    const cut = cutOf("SYN-LIN-C", month);
    const t = snapshotTrialTables(cut, study);
    const n = study.arms.map((a) => cut.subjects.filter((s) => s.arm === a.code).length);
    expect(t.demographics.columns.slice(2, 4)).toEqual(study.arms.map((a, i) => `${a.label} (N=${n[i]})`));
    const female = t.demographics.rows.find((r) => r.cells[0]!.text === "female")!;
    expect(female.cells[1]!.text).toBe("n");
    const ongoing = t.disposition.rows.find((r) => r.cells[0]!.text === "Ongoing at the cut")!;
    expect(ongoing.cells[3]!.value).toBe(cut.subjects.filter((s) => s.disposition === "ongoing").length);
    const weeks = t.efficacy!.rows.map((r) => r.cells[0]!.text).filter((l) => /^Week \d+:$/.test(l));
    const observed = [...new Set(cut.visits.filter((v) => (v.visit_number as number) > 0 && v[study.primaryOutcome] !== null).map((v) => v.visit_week))].sort(
      (a, b) => (a as number) - (b as number),
    );
    expect(weeks).toEqual(observed.map((w) => `Week ${w}:`));
    expect(t.adverseEvents.rows[0]!.cells[0]!.text).toBe("ANY BODY SYSTEM");
    expect(t.populations).toBeNull();
    for (const table of [t.demographics, t.disposition, t.efficacy!, t.adverseEvents, t.seriousAdverseEvents]) {
      expect(tableToCsv(table).split("\r\n")).toHaveLength(table.rows.length + 2);
      expect(tableToRtf(table).match(/\\row\b/g)).toHaveLength(table.rows.length + 1);
    }
  });

  it("a binary endpoint has no efficacy table", () => {
    const id = "SYN-LIN-B";
    const study = getStudy(id);
    expect(study.source.outcome).toBe("binary");
    expect(snapshotTrialTables(cutOf(id, study.dataCuts.at(-1)!), study).efficacy).toBeNull();
  });
});
