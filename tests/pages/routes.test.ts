import { describe, expect, it } from "vitest";
import { relativeHref, studyPagePath } from "../../src/foundation/routes.ts";

describe("studyPagePath", () => {
  it("builds the site-root path of a study-month page", () => {
    expect(studyPagePath("SYN-LIN-C", "2025-12", "cohort")).toBe("/study/SYN-LIN-C/2025-12/cohort");
    expect(studyPagePath("SYN-LIN-C", "2025-12", "")).toBe("/study/SYN-LIN-C/2025-12/");
  });
});

describe("relativeHref", () => {
  it("links between pages of the same study-month", () => {
    expect(relativeHref("/study/A/2025-12/", "/study/A/2025-12/cohort")).toBe("cohort");
    expect(relativeHref("/study/A/2025-12/cohort", "/study/A/2025-12/")).toBe("./");
  });
  it("links across studies and months", () => {
    expect(relativeHref("/study/A/2025-12/cohort", "/study/B/2026-01/cohort")).toBe("../../B/2026-01/cohort");
    expect(relativeHref("/study/A/2025-12/", "/study/A/2026-01/")).toBe("../2026-01/");
  });
  it("links from the home page", () => {
    expect(relativeHref("/", "/study/A/2025-12/")).toBe("study/A/2025-12/");
    expect(relativeHref("/index", "/study/A/2025-12/cohort")).toBe("study/A/2025-12/cohort");
  });
  it("stays inside a sub-folder the site is served from", () => {
    const from = "/archive/A/2025-12/site/study/A/2025-12/";
    const href = relativeHref("/study/A/2025-12/", "/study/B/2025-11/");
    expect(new URL(href, `http://h${from}`).pathname).toBe("/archive/A/2025-12/site/study/B/2025-11/");
  });
});
