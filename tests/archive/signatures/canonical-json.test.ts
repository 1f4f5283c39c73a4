import { describe, expect, it } from "vitest";
import { canonicalJson } from "../../../src/archive/signatures/canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: ["x", { d: true, c: null }] })).toBe('{"a":["x",{"c":null,"d":true}],"b":1}');
  });

  it("gives the same bytes whatever order the keys were written in", () => {
    expect(canonicalJson({ signer: 'Ä "q"', meaning: "approved" })).toBe(canonicalJson({ meaning: "approved", signer: 'Ä "q"' }));
  });

  it("refuses values JSON cannot hold", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/NaN has no JSON form/);
  });
});
