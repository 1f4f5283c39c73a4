/**
 * studyTrialTables: the document the trial-tables step writes and the page recomputes. Rows as
 * DuckDB's Node reader gives them (BOOLEAN as 1/0) and as Arrow gives them (true/false) make the
 * same document; a binary endpoint's efficacy table and an unflagged snapshot's populations table
 * are omitted with a reason; every table carries the pre-specified footnote.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PRESPECIFIED_NOTE, snapshotRowsOf, studyTrialTables } from "../../../src/analysis/trial-tables/study-trial-tables.ts";
import { getStudy } from "../../../src/foundation/registry.ts";
import { trialTableFiles } from "../../../src/pipeline/steps/trial-tables-step.ts";
import type { StudyConfig } from "../../../src/foundation/study-config.ts";
import { cutOf } from "../../data-loaders/trials.ts";

const entry = (s: StudyConfig) => ({
  id: s.id,
  arms: s.arms,
  covariates: s.covariates,
  primaryOutcome: s.primaryOutcome,
  outcome: s.source.outcome,
  prespecified: s.prespecified ?? null,
});

describe("studyTrialTables", () => {
  it("the same document from 1/0 and true/false booleans (the two readers), in CSR order", () => {
    const study = getStudy("SYN-LIN-C");
    const month = study.dataCuts[1]!;
    const cut = cutOf("SYN-LIN-C", month);
    const asNode = { ...cut, adverse_events: cut.adverse_events.map((e) => ({ ...e, serious: e.serious ? 1 : 0, related: e.related ? 1 : 0 })) };
    const a = studyTrialTables(snapshotRowsOf(cut), entry(study), month);
    const b = studyTrialTables(snapshotRowsOf(asNode), entry(study), month);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.tables.map((t) => t.id)).toEqual(["14-1.02", "14-2.01", "14-3.01", "14-5.01", "14-5.02"]);
    expect(a.omitted.map((o) => o.id)).toEqual(["14-1.01", "14-3.02", "14-3.13"]);
    expect(a.tables.every((t) => t.footnotes.at(-1) === PRESPECIFIED_NOTE)).toBe(true);
    const anySerious = a.tables
      .find((t) => t.id === "14-5.02")!
      .rows[0]!.cells.slice(1)
      .some((c) => (c.value ?? 0) > 0);
    expect(anySerious).toBe(cut.adverse_events.some((e) => e.serious === true));
  });

  it("a binary endpoint: 14-3.01 omitted with the reason", () => {
    const study = getStudy("SYN-LIN-B");
    const month = study.dataCuts.at(-1)!;
    const doc = studyTrialTables(snapshotRowsOf(cutOf("SYN-LIN-B", month)), entry(study), month);
    const omitted = doc.omitted.find((o) => o.id === "14-3.01")!;
    expect(omitted.reason).toMatch(/binary/);
    expect(doc.tables.some((t) => t.id === "14-3.01")).toBe(false);
    // The step writes the two files of every table id, an omitted table's stating its reason.
    const files = trialTableFiles(doc);
    // Every id the trial-tables page asks for (Framework needs each file to exist): 14-3.02 and 14-3.13 are the CDISC pilot's CIBIC+ tables.
    const ids = ["14-1.01", "14-1.02", "14-2.01", "14-3.01", "14-3.02", "14-3.13", "14-5.01", "14-5.02"];
    expect(files.map((f) => f.name).sort()).toEqual(
      ["tables/trial-tables.json", "locked/trial-tables.json", ...ids.flatMap((id) => [`tables/${id}.csv`, `tables/${id}.rtf`])].sort(),
    );
    // …and the page asks for exactly these ids' files (a missing file fails Framework's build).
    const page = readFileSync(new URL("../../../pages/study/[study]/[month]/tables.md", import.meta.url), "utf8");
    expect([...page.matchAll(/"(14-\d\.\d\d)": \(\) =>/g)].map((m) => m[1])).toEqual(ids);
    const csv = new TextDecoder().decode(files.find((f) => f.name === "tables/14-3.01.csv")!.bytes);
    expect(csv).toContain("not produced");
    expect(csv).toContain("binary");
  });

  it("the dose-response row of 14-3.01 comes from the study plan's doses: present with them, absent without", () => {
    const study = getStudy("SYN-LIN-C");
    const month = study.dataCuts.at(-1)!;
    const rows = snapshotRowsOf(cutOf("SYN-LIN-C", month));
    const [control, treated] = study.arms.map((a) => a.code);
    const efficacyLabels = (doc: ReturnType<typeof studyTrialTables>) => doc.tables.find((t) => t.id === "14-3.01")!.rows.map((r) => r.cells[0]?.text);
    expect(study.prespecified?.doses).toBeUndefined();
    expect(efficacyLabels(studyTrialTables(rows, entry(study), month))).not.toContain("p-value(Dose Response) [1][2]");
    const withDoses = { ...entry(study), prespecified: { doses: { [control!]: 0, [treated!]: 10 } } };
    expect(efficacyLabels(studyTrialTables(rows, withDoses, month))).toContain("p-value(Dose Response) [1][2]");
  });
});
