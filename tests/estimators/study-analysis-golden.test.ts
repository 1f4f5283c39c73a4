/**
 * analyseStudyMonth prints, to the last digit, what it printed before its models were fitted once
 * per comparison and shared by the four methods (study-analysis-golden/expected.json was written
 * by the code of commit eb07390). A refactoring of the estimators must leave this file untouched.
 */
import { describe, expect, it } from "vitest";
import expected from "./study-analysis-golden/expected.json" with { type: "json" };
import { goldenOutput } from "./study-analysis-golden/golden.ts";

describe("analyseStudyMonth golden output", () => {
  const got = goldenOutput();
  it.each(Object.keys(expected))("%s: the same JSON, digit for digit", (name) => {
    expect(JSON.stringify(got[name])).toBe(JSON.stringify((expected as Record<string, unknown>)[name]));
  });
});
