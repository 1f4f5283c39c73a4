/**
 * CDISCPILOT01 Table 14-5.01 (treatment-emergent adverse events by body system and preferred term,
 * safety population) from the sponsor's ADSL and ADAE (TRTEMFL = "Y", AEBODSYS / AEDECOD) against
 * the published table: every row in the published order (classes alphabetical, terms by
 * descending high-dose count), n (%) to 1 decimal, [AEs], and Fisher's exact p vs placebo to the
 * 3 decimals printed with the CSR's ">.99" and asterisk below 0.15.
 */
import { describe, expect, it } from "vitest";
import { adverseEventTable } from "../../../src/analysis/trial-tables/adverse-event-table.ts";
import { armOf, readPilotAdam, study } from "./pilot-adam.ts";
import { printedRows, publishedRows } from "./published.ts";

const adam = readPilotAdam("CDISC Table 14-5.01 test", ["adsl", "adae"]);

describe.skipIf(adam === null)("CDISCPILOT01 Table 14-5.01 from ADAE reproduces the published table", () => {
  const subjects = (adam?.adsl ?? []).filter((r) => r.SAFFL === "Y").map((r) => ({ subject_id: r.USUBJID, arm: armOf(r, "TRT01A") }));
  const events = (adam?.adae ?? [])
    .filter((e) => e.TRTEMFL === "Y" && e.SAFFL === "Y")
    .map((e) => ({ subject_id: e.USUBJID, soc: e.AEBODSYS, term: e.AEDECOD, serious: e.AESER === "Y" }));
  const options = { sortBy: "Xan_Hi" } as const;
  const table = adverseEventTable(subjects, events, study, options);

  it("prints every row and cell as published", () => {
    const published = publishedRows("14-5.01").slice(2);
    const ours = printedRows(table);
    expect(ours.length).toBe(published.length);
    expect(ours).toEqual(published);
  });

  it("keeps the subject and event counts and exact p-values", () => {
    const anyRow = table.rows[0]!.cells;
    expect(anyRow.map((c) => c.value).slice(1, 7)).toEqual([65, 281, 77, 412, 76, 433]);
    expect(anyRow[7]!.value!).toBeGreaterThan(0.0065);
    expect(anyRow[7]!.value!).toBeLessThan(0.0075);
  });

  it("builds the serious-AE table from the serious events with the same function", () => {
    const serious = adverseEventTable(
      subjects,
      events.filter((e) => e.serious),
      study,
      { ...options, id: "14-5.02", title: "Incidence of Treatment Emergent Serious Adverse Events by Treatment Group" },
    );
    const total = serious.rows[0]!.cells.filter((_, j) => j % 2 === 0 && j > 0 && j < 7).map((c) => c.value!);
    expect(total.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(serious.id).toBe("14-5.02");
  });

  it("names an event of a subject outside the population and an unknown sort arm", () => {
    expect(() => adverseEventTable(subjects, [{ subject_id: "X-1", soc: "A", term: "B" }], study)).toThrow(/events\[0\]\.subject_id is "X-1"/);
    expect(() => adverseEventTable(subjects, events, study, { sortBy: "HIGH" })).toThrow(/options.sortBy is "HIGH"/);
  });
});
