import { describe, expect, it } from "vitest";
import { alcoaRows, signatureText } from "../../pages/components/publication-panel.ts";
import type { PublicationRecord } from "../../src/archive/types.ts";

const record = (signingKey: PublicationRecord["signingKey"]): PublicationRecord =>
  ({
    study: "S",
    month: "2026-01",
    analyst: "Dana Statistician",
    override: null,
    commit: "c".repeat(40),
    dirtyTree: false,
    analysisId: "a",
    publishedAt: "t",
    retentionUntil: "r",
    snapshot: [],
    gates: [],
    headline: [],
    signingKey,
  }) as unknown as PublicationRecord;

describe("the report's signature line", () => {
  it("names the author and key and says the report is a draft until someone else approves it", () => {
    const text = signatureText(record({ name: "Dana Statistician", keyId: "ab".repeat(32) }));
    expect(text).toMatch(
      /^Electronically signed "authored" by Dana Statistician \(Ed25519 key abababababababab…\)\. A DRAFT until someone other than the author signs it "approved"/,
    );
    expect(alcoaRows(record({ name: "Dana Statistician", keyId: "ab".repeat(32) }))[0]?.[1]).toContain('electronically signed "authored" with key abababababababab…');
  });

  it("is absent for an unsigned publication (and records written before signatures existed)", () => {
    expect(signatureText(record(null))).toBeNull();
    expect(signatureText(record(undefined))).toBeNull();
    expect(alcoaRows(record(undefined))[0]?.[1]).toContain("(not electronically signed)");
  });
});
