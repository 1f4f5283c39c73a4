import { describe, expect, it } from "vitest";
import { scoreRange } from "../../estimators/src/index.ts";

describe("scoreRange", () => {
  it("gives the smallest and largest score of one arm", () => {
    expect(scoreRange([0.2, 0.7, 0.4, 0.5], [1, 1, 0, 0], 1)).toEqual([0.2, 0.7]);
    expect(scoreRange([0.2, 0.7, 0.4, 0.5], [1, 1, 0, 0], 0)).toEqual([0.4, 0.5]);
    expect(scoreRange([0.2], [1], 0)).toEqual([Infinity, -Infinity]);
  });
});
