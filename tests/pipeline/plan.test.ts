import { describe, expect, it } from "vitest";
import { studies } from "../../src/foundation/registry.ts";
import { sourceFingerprint } from "../../src/pipeline/fingerprints.ts";

describe("the data steps' keys", () => {
  const study = studies.find((s) => s.source.kind === "synthetic")!;

  it("a new data cut leaves the study's source fingerprint (and so every earlier month's artifacts) unchanged", () => {
    expect(sourceFingerprint({ ...study, dataCuts: [...study.dataCuts, "2099-12"] })).toBe(sourceFingerprint(study));
  });

  it("any other change to the study's entry changes it", () => {
    expect(sourceFingerprint({ ...study, title: `${study.title} (renamed)` })).not.toBe(sourceFingerprint(study));
    expect(sourceFingerprint({ ...study, covariates: study.covariates.slice(1) })).not.toBe(sourceFingerprint(study));
  });
});
