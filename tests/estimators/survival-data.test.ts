/**
 * The argument checks shared by the survival estimators (survival-data.ts): their @examples and
 * the messages that name the argument, the position and the value.
 */
import { describe, expect, it } from "vitest";
import { EstimatorInputError, checkCaseWeights, checkSurvivalData, coxData, coxScoreResiduals, groupIndex } from "../../estimators/src/index.ts";

describe("survival-data checks", () => {
  it("the @examples", () => {
    expect(checkSurvivalData([5, 3], [1, false])).toEqual([1, 0]);
    expect(checkCaseWeights(undefined, 2)).toEqual([1, 1]);
    expect(groupIndex("arm", ["b", "a", "b"], 3)).toEqual({ levels: ["a", "b"], index: [1, 0, 1] });
    expect(groupIndex("trt", [2, 10, 1], 3).levels).toEqual([1, 2, 10]);
  });
  it("the @examples of coxData and coxScoreResiduals", () => {
    expect(coxData([2, 1], [1, 1], [[1], [0]], [1, 1], [0, 0]).order).toEqual([1, 0]);
    expect(coxScoreResiduals(coxData([1, 2], [1, 1], [[1], [0]], [1, 1], [0, 0]), [0], true).map((r) => Array.from(r))).toEqual([[0.25], [0.25]]);
  });
  it.each([
    [() => checkSurvivalData("1,2" as never, [1]), /time: must be an array of numbers, got "1,2"/],
    [() => checkSurvivalData([1, Infinity], [1, 1]), /time\[1\]: must be a finite number, got Infinity/],
    [() => checkSurvivalData([1, 2], null), /status: must be an array of 0\/1 event indicators, got null/],
    [() => checkSurvivalData([1, 2], [1, "1"]), /status\[1\]: must be 1 \(event\) or 0 \(censored\), got "1"/],
    [() => checkCaseWeights([1, 2, 3], 2), /weights: must have one weight per observation \(2\), got 3/],
    [() => groupIndex("arm", ["a"], 1, ["a", "a"]), /arm levels: must not repeat a level/],
  ])("rejects %#", (f, message) => {
    expect(f).toThrow(EstimatorInputError);
    expect(f).toThrow(message);
  });
});
