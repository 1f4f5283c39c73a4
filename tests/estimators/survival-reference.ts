/**
 * Shared helpers of the survival tests: the fixtures of tests/reference/survival (surv300.csv,
 * veteran.csv, written by make-fixture.R), the values R computed from them (expected.json, by
 * compute-expected.R), and a comparison that allows R's NA (JSON null) only where R has it.
 */
import { expect } from "vitest";
import { expectClose, readFixture } from "./reference.ts";
import expectedJson from "../reference/survival/expected.json" with { type: "json" };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const survivalExpected = expectedJson as any;

export function surv300() {
  const rows = readFixture("../survival/surv300.csv");
  return {
    rows,
    time: rows.map((r) => r.time as number),
    status: rows.map((r) => r.status as number),
    arm: rows.map((r) => r.arm as string),
    site: rows.map((r) => r.site as string),
    age: rows.map((r) => r.age as number),
    female: rows.map((r) => r.female as number),
    w: rows.map((r) => r.w as number),
    pair: rows.map((r) => Math.floor(((r.id as number) + 1) / 2)),
  };
}

export function veteran() {
  const rows = readFixture("../survival/veteran.csv");
  return {
    rows,
    time: rows.map((r) => r.time as number),
    status: rows.map((r) => r.status as number),
    trt: rows.map((r) => r.trt as number),
    karno: rows.map((r) => r.karno as number),
    age: rows.map((r) => r.age as number),
    celltype: rows.map((r) => r.celltype as string),
  };
}

/** Element-wise |a − e| ≤ rel·|e| + abs, with null (R's NA) required exactly where R has it. */
export function expectCloseOrNull(actual: readonly (number | null)[], wanted: readonly (number | null)[], rel = 1e-6, abs = 1e-12, label = ""): number {
  expect(actual.length, `${label}: length`).toBe(wanted.length);
  let maxRel = 0;
  wanted.forEach((w, i) => {
    const a = actual[i];
    if (w === null) {
      expect(a, `${label}[${i}]: R has NA`).toBeNull();
      return;
    }
    expect(a, `${label}[${i}]: R has ${w}`).not.toBeNull();
    expectClose(a as number, w, rel, abs);
    if (w !== 0) maxRel = Math.max(maxRel, Math.abs((a as number) - w) / Math.abs(w));
  });
  return maxRel;
}

/** Treatment dummies of the three-arm fixture (PBO reference), then age and female: R's model matrix. */
export function surv300Design(d: ReturnType<typeof surv300>): number[][] {
  return d.arm.map((a, i) => [a === "LOW" ? 1 : 0, a === "HIGH" ? 1 : 0, d.age[i] as number, d.female[i] as number]);
}
