/**
 * CDISCPILOT01 CSR Table 14-3.02 (CIBIC+ at week 24, LOCF, efficacy population) reproduced by the
 * CSR estimators from ADQSCIBC read with the project's XPT reader, against R on the same file
 * (tests/reference/csr/cdisc-table-14-3-02.R → cdisc-table-14-3-02.json), with the sponsor's
 * models from its define.xml: AVAL on treatment + pooled site group, LS means with observed
 * margins (`OM` = `weights: "proportional"`), the three pairwise differences, Type III tests and
 * the dose-response slope (dose 0/54/81 + site group), to 1e-6 relative. Skipped with a message
 * when the file is absent, an error with CI=true (cdisc-adam.ts).
 */
import { describe, expect, it } from "vitest";
import { readXptDataset } from "../../data-loaders/readers/xpt.ts";
import { doseResponseTest, fitLinearModel, lsMeans, typeIIITests, type LinearModelSpec } from "../../estimators/src/index.ts";
import { cdiscAdamFiles } from "./cdisc-adam.ts";
import { expectClose } from "./reference.ts";
import expectedJson from "../reference/csr/cdisc-table-14-3-02.json" with { type: "json" };

const r = expectedJson as any;
const { paths, absent } = cdiscAdamFiles("CDISC Table 14-3.02 test", ["adqscibc.xpt"]);
const ARMS = ["Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"];

describe.skipIf(absent)("CDISCPILOT01 Table 14-3.02 (CIBIC+) matches R on the sponsor's ADaM", () => {
  const rows = absent
    ? []
    : readXptDataset(paths[0] as string)
        .rows.filter((x) => x.PARAMCD === "CIBICVAL" && x.AVISITN === 24 && x.ANL01FL === "Y" && x.EFFFL === "Y" && x.AVAL !== null)
        .map((x) => ({ AVAL: x.AVAL, TRTP: x.TRTP, SITEGR1: x.SITEGR1 }));
  const spec: LinearModelSpec = { outcome: "AVAL", factors: [{ name: "TRTP", levels: ARMS }, "SITEGR1"] };

  it("the model, its Type III tests, LS means (OM) and differences", () => {
    const fit = fitLinearModel(rows, spec);
    expect(fit.n).toBe(r.n);
    expect(ARMS.map((a) => rows.filter((x) => x.TRTP === a).length)).toEqual(ARMS.map((a) => r.n_by_arm[a]));
    expectClose(fit.coefficients, r.coefficients);
    const tests = typeIIITests(fit);
    expectClose(
      tests.map((t) => t.f),
      r.type3.map((t: any) => t.f),
    );
    expectClose(
      tests.map((t) => t.p),
      r.type3.map((t: any) => t.p),
    );
    const vsPlacebo = lsMeans(fit, "TRTP", { weights: "proportional" });
    const vsLow = lsMeans(fit, "TRTP", { weights: "proportional", control: "Xanomeline Low Dose" });
    for (const key of ["estimate", "se", "lower", "upper"] as const)
      expectClose(
        vsPlacebo.means.map((m) => m[key]),
        r.means[key],
      );
    const diffs = [...vsPlacebo.differences, vsLow.differences.find((d) => d.level === "Xanomeline High Dose")!];
    expect(diffs.map((d) => `${d.level} - ${d.control}`)).toEqual(r.differences.contrast);
    for (const key of ["estimate", "se", "t", "p", "lower", "upper"] as const)
      expectClose(
        diffs.map((d) => d[key]),
        r.differences[key],
      );
  });

  it("dose response (dose + site group, as the define.xml's PROC GLM)", () => {
    const { slope } = doseResponseTest(rows, spec, { factor: "TRTP", doses: { Placebo: 0, "Xanomeline Low Dose": 54, "Xanomeline High Dose": 81 } });
    for (const key of ["estimate", "se", "t", "p"] as const) expectClose(slope[key], r.dose[key]);
    expect(slope.df).toBe(r.dose.df);
  });
});
