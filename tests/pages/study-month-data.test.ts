/**
 * The one way a study page loads its study-month: the study's entry, the build's engine and the
 * aggregate files it names, read in parallel; a study or data cut the site does not hold halts
 * with one line naming it.
 */
import { describe, expect, it } from "vitest";
import { StudyMonthNotFound, studyMonthData } from "../../pages/components/study-month-data.ts";

const file = (value: unknown) => ({ json: async () => value });
const studies = [
  { id: "SYN-A", dataCuts: ["2025-12", "2026-01"], arms: [] },
  { id: "CDISCPILOT01", dataCuts: ["2015-03"], arms: [] },
];

describe("studyMonthData", () => {
  it("finds the study and reads only the files the page names", async () => {
    const data = await studyMonthData({ study: "SYN-A", month: "2026-01" }, { studies: file(studies), analysis: file({ headline: 1 }) });
    expect(data).toMatchObject({ studyId: "SYN-A", month: "2026-01", study: studies[0], analysis: { headline: 1 }, truth: null, snapshot: null, engines: null });
    expect(data.studies).toHaveLength(2);
  });

  it("names the build's engine when the page asks for engine.json", async () => {
    const data = await studyMonthData({ study: "CDISCPILOT01", month: "2015-03" }, { studies: file(studies), engine: file({ node: "v20.20.2", v8: "11.3" }) });
    expect(JSON.stringify(data.engines?.build)).toContain("20.20.2");
  });

  it("a study or a data cut the site does not hold is one line naming it", async () => {
    await expect(studyMonthData({ study: "SYN-Z", month: "2026-01" }, { studies: file(studies) })).rejects.toThrow(
      new StudyMonthNotFound("study SYN-Z: not in this site's studies.json (SYN-A, CDISCPILOT01)"),
    );
    await expect(studyMonthData({ study: "SYN-A", month: "2024-01" }, { studies: file(studies) })).rejects.toThrow(
      "study SYN-A: no data cut 2024-01 (the site holds 2025-12, 2026-01)",
    );
  });
});
