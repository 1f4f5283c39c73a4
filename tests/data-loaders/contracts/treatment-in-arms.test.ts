import { describe, expect, it } from "vitest";
import { treatmentInArms } from "../../../data-loaders/contracts/treatment-in-arms.ts";
import { context, validTables, violationOf } from "./fixture.ts";

describe("treatment-in-arms", () => {
  it("accepts the valid fixture", () => {
    expect(() => treatmentInArms(validTables(), context)).not.toThrow();
  });

  it("rejects an undeclared arm, and treated inconsistent with the arm", () => {
    const t = validTables();
    t.subjects[1]!.arm = "XYZ";
    const v = violationOf((x) => treatmentInArms(x, context), t);
    expect(v.details).toMatchObject({ table: "subjects", row: 2, subject: "EU02-00002", column: "arm", value: "XYZ" });
    expect(v.message).toMatch(/treatment-in-arms: arm must be one of the declared arms PBO, TRT/);
    const u = validTables();
    u.subjects[0]!.treated = 1;
    expect(violationOf((x) => treatmentInArms(x, context), u).message).toMatch(
      /row 1, subject EU01-00001, column treated, value 1: treatment-in-arms: treated must be 0 for arm PBO/,
    );
  });
});
