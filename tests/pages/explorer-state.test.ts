import { describe, expect, it } from "vitest";
import { defaultExplorerState, estimandsFor, explorerStateToSearch, parseExplorerState, trimRuleOf } from "../../pages/components/explorer-state.ts";

const ctx = { arms: ["XANL", "XANH"], covariates: ["age", "female", "region"], subgroups: ["female=1", "region=Europe"] };

describe("explorer state in the URL", () => {
  it("round-trips every control", () => {
    const state = {
      arm: "XANH",
      trim: "crump",
      method: "ipw-hajek" as const,
      estimand: "ATO" as const,
      covariates: ["age", "region"],
      subgroup: "region=Europe",
      replicates: 500,
      delta: -0.25,
    };
    const search = explorerStateToSearch(state, ctx);
    expect(search).toBe("?arm=XANH&trim=crump&est=ipw-hajek&w=ATO&cov=age%2Cregion&sg=region%3DEurope&B=500&delta=-0.25");
    expect(parseExplorerState(search, ctx)).toEqual({ state, rejected: [] });
  });
  it("writes nothing for the default view", () => {
    expect(explorerStateToSearch(defaultExplorerState(ctx), ctx)).toBe("");
    expect(parseExplorerState("", ctx).state).toEqual(defaultExplorerState(ctx));
  });
  it("rejects values the study does not allow, keeping the default and saying so", () => {
    const { state, rejected } = parseExplorerState("?arm=NOPE&trim=0.3&est=magic&cov=age,bogus&sg=sex=2&B=7&delta=abc", ctx);
    expect(state).toEqual(defaultExplorerState(ctx));
    expect(rejected).toEqual(["arm=NOPE", "trim=0.3", "est=magic", "cov=age,bogus", "sg=sex=2", "B=7", "delta=abc"]);
  });
  it("keeps the study's covariate order whatever the link's", () => {
    expect(parseExplorerState("?cov=region,age", ctx).state.covariates).toEqual(["age", "region"]);
  });
  it("maps trim choices to rules", () => {
    expect(trimRuleOf("0.05")).toEqual({ rule: "symmetric", threshold: 0.05 });
    expect(trimRuleOf("crump")).toEqual({ rule: "crump" });
    expect(trimRuleOf("none")).toEqual({ rule: "none" });
  });
});

describe("estimator and estimand combinations the explorer offers", () => {
  it("AIPW computes the ATE only, Horvitz–Thompson the ATE and ATT, Hájek and regression adjustment all three", () => {
    expect(estimandsFor("aipw")).toEqual(["ATE"]);
    expect(estimandsFor("ipw-ht")).toEqual(["ATE", "ATT"]);
    expect(estimandsFor("ipw-hajek")).toEqual(["ATE", "ATT", "ATO"]);
    expect(estimandsFor("g-computation")).toEqual(["ATE", "ATT", "ATO"]);
  });

  it("a link asking for a combination that cannot be computed gets the ATE and says so", () => {
    const parsed = parseExplorerState("?w=ATT", ctx);
    expect(parsed.state.method).toBe("aipw");
    expect(parsed.state.estimand).toBe("ATE");
    expect(parsed.rejected).toEqual(["w=ATT with est=aipw"]);
    const ht = parseExplorerState("?est=ipw-ht&w=ATO", ctx);
    expect(ht.state.estimand).toBe("ATE");
    expect(ht.rejected).toEqual(["w=ATO with est=ipw-ht"]);
    expect(parseExplorerState("?est=ipw-hajek&w=ATO", ctx)).toEqual({ state: { ...defaultExplorerState(ctx), method: "ipw-hajek", estimand: "ATO" }, rejected: [] });
  });
});
