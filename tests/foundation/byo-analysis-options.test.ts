/**
 * Analysis options from a bring-your-own config (issue 13, item 6): analysis covariates with pooling,
 * trimming, estimand, bootstrap replicates and seed, and the rule for missing covariates, checked by
 * the JSON Schema (one line per problem, nearest key suggested) and the cross-field rules, reach the
 * registry entry and from it the primary analysis (the same mapping the build and the pages use).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyseStudyMonth } from "@trial/estimators";
import { afterAll, describe, expect, it } from "vitest";
import { prepareByoSnapshot } from "../../data-loaders/sources/byo-snapshot.ts";
import { analysisInput } from "../../src/foundation/analysis-input.ts";
import { ByoConfigError, byoStudyConfig, readByoConfig } from "../../src/foundation/byo-config.ts";
import { projectRoot } from "../../src/foundation/cdisc-pilot.ts";

const example = path.join(projectRoot, "examples/byo-study");
const work = mkdtempSync(path.join(tmpdir(), "byo-analysis-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The worked example's config with `analysis` set (file paths made absolute), written to a temporary file. */
function configWith(name: string, analysis: unknown): string {
  const config = JSON.parse(readFileSync(path.join(example, "study.json"), "utf-8")) as Record<string, any>;
  for (const table of Object.keys(config.files)) config.files[table].path = path.join(example, config.files[table].path);
  config.analysis = analysis;
  const file = path.join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  return file;
}

const options = {
  covariates: ["baseline_sbp", "age", { name: "region", type: "categorical", poolBelow: 200 }],
  trim: { rule: "symmetric", threshold: 0.05 },
  estimand: "ATE",
  bootstrap: { replicates: 20, seed: 777 },
  missingCovariates: "exclude",
};

describe("analysis options in a bring-your-own config", () => {
  it("reach the registry entry and the primary analysis: covariates with pooling, trimming, bootstrap B and seed, missing-covariate rule", async () => {
    const config = byoStudyConfig(readByoConfig(configWith("options", options)));
    expect(config.analysisCovariates).toEqual(options.covariates);
    expect(config.analysis).toEqual({ trim: { rule: "symmetric", threshold: 0.05 }, estimand: "ATE", bootstrap: { replicates: 20, seed: 777 }, missingCovariates: "exclude" });
    const snapshot = await prepareByoSnapshot(config, "2025-09", "2025-09-30");
    const result = analyseStudyMonth(analysisInput({ ...config, outcome: config.source.outcome }, "2025-09", snapshot.tables.subjects)).result;
    expect(result.parameters).toMatchObject({
      estimand: "ATE",
      trim: { rule: "symmetric", threshold: 0.05 },
      missingCovariates: "exclude",
      bootstrap: { replicates: 20, seed: 777 },
    });
    const comparison = result.comparisons[0]!;
    expect(comparison.bootstrap?.seed).toBe(777);
    expect(comparison.bootstrap?.requested).toBe(20);
    // region has three levels; with poolBelow 200 every level is rare in some arm, so they are pooled.
    expect(comparison.pooledLevels.map((p) => p.covariate)).toEqual(["region"]);
    expect(comparison.designColumns.some((c) => c.startsWith("bmi"))).toBe(false);
  }, 120_000);

  it("leave the registry entry as before when absent (the worked example sets none)", () => {
    const config = byoStudyConfig(readByoConfig(path.join(example, "study.json")));
    expect(config.analysis).toBeUndefined();
    expect(config.analysisCovariates).toBeUndefined();
  });

  it.each([
    ["a misspelt key", { bootstap: { replicates: 10 } }, 'field analysis.bootstap, value {"replicates":10}: unknown key; did you mean "bootstrap"?'],
    ["a threshold out of range", { trim: { rule: "symmetric", threshold: 0.7 } }, "field analysis.trim.threshold, value 0.7: must be a number between 0 and 0.5 (exclusive)"],
    ["an unknown trimming rule", { trim: { rule: "optimal" } }, 'field analysis.trim.rule, value "optimal": must be one of none, symmetric, crump'],
    ["symmetric trimming without a threshold", { trim: { rule: "symmetric" } }, 'field analysis.trim.threshold: is required when rule is "symmetric"'],
    ["a threshold with another rule", { trim: { rule: "crump", threshold: 0.1 } }, 'field analysis.trim.threshold, value 0.1: applies only to rule "symmetric" (rule is "crump")'],
    ["a negative seed", { bootstrap: { seed: -1 } }, "field analysis.bootstrap.seed, value -1: must be an integer from 0 to 4294967295"],
    ["fractional replicates", { bootstrap: { replicates: 2.5 } }, "field analysis.bootstrap.replicates, value 2.5: must be an integer"],
    ["an unknown estimand", { estimand: "ATT" }, 'field analysis.estimand, value "ATT": must be one of ATE'],
    ["an unknown missing-covariate rule", { missingCovariates: "impute" }, 'field analysis.missingCovariates, value "impute": must be one of error, exclude'],
    [
      "a covariate that is not a subjects column",
      { covariates: ["age", { name: "weight" }] },
      'field analysis.covariates[1].name, value "weight": must name a column of files.subjects',
    ],
    [
      "pooling below zero",
      { covariates: [{ name: "region", poolBelow: 0 }] },
      "field analysis.covariates[0].poolBelow, value 0: must be a positive integer (levels with fewer subjects than this in an arm are pooled)",
    ],
  ])("refuse %s with one line naming file, field, value and rule", (name, analysis, line) => {
    const file = configWith(name.replaceAll(" ", "-"), analysis);
    let error: unknown;
    try {
      readByoConfig(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ByoConfigError);
    expect((error as ByoConfigError).message.split("\n")).toContain(`${file}: ${line}`);
  });
});
