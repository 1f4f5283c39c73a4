/**
 * The JSON Schema of BYO configs and the TypeScript types agree: each object of the schema lists
 * exactly the keys of its type (the key lists below are checked against the types by the compiler,
 * `Record<keyof T, true>` refusing a missing or an extra key, and against the schema here), every
 * object is closed, and the worked example and the test fixture validate.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  byoConfigIssues,
  byoConfigSchema,
  type ByoAnalysisOptions,
  type ByoArm,
  type ByoColumn,
  type ByoPrimaryOutcome,
  type ByoStudyFile,
  type ByoTableFile,
} from "../../src/foundation/byo-config.ts";
import { projectRoot } from "../../src/foundation/cdisc-pilot.ts";
import { damerauLevenshtein, nearestKey } from "../../src/foundation/did-you-mean.ts";
import type { Criterion, PlausibilityRange, PrespecifiedAnalysisPlan } from "../../src/foundation/study-config.ts";

type Schema = { type?: string; properties?: Record<string, Schema>; additionalProperties?: unknown; items?: Schema; $ref?: string; $defs?: Record<string, Schema> };
const root = byoConfigSchema as Schema;
const resolve = (s: Schema): Schema => (s.$ref ? (root.$defs?.[s.$ref.replace("#/$defs/", "")] as Schema) : s);
/** The schema object at a path of property names (`[]` steps into a list's items). */
const at = (...steps: string[]): Schema =>
  steps.reduce<Schema>((s, step) => {
    const r = resolve(s);
    return resolve((step === "[]" ? r.items : r.properties?.[step]) as Schema);
  }, root);
const keys = (s: Schema) => Object.keys(resolve(s).properties ?? {}).sort();
const typeKeys = (record: Record<string, true>) => Object.keys(record).sort();

// Checked by the compiler against the types: each must name every key of its type and nothing else.
const studyFileKeys: Record<keyof ByoStudyFile, true> = {
  $schema: true,
  id: true,
  title: true,
  design: true,
  indication: true,
  assignment: true,
  dataCut: true,
  files: true,
  subjectId: true,
  treatment: true,
  dates: true,
  discontinuationReason: true,
  outcomes: true,
  covariates: true,
  criteria: true,
  subgroups: true,
  plausibility: true,
  visitColumns: true,
  adverseEventColumns: true,
  analysis: true,
  prespecified: true,
};
const prespecifiedKeys: Record<keyof PrespecifiedAnalysisPlan, true> = {
  title: true,
  reference: true,
  outcome: true,
  visit: true,
  population: true,
  imputation: true,
  factors: true,
  covariates: true,
  method: true,
  contrasts: true,
  doses: true,
};
const prespecifiedOutcomeKeys: Record<keyof PrespecifiedAnalysisPlan["outcome"], true> = { column: true, label: true, better: true };
const prespecifiedImputationKeys: Record<keyof PrespecifiedAnalysisPlan["imputation"], true> = { rule: true, description: true, flagColumn: true };
const filesKeys: Record<keyof ByoStudyFile["files"], true> = { subjects: true, visits: true, adverse_events: true };
const tableFileKeys: Record<keyof ByoTableFile, true> = { path: true, format: true, missing: true, columns: true };
const columnKeys: Record<keyof ByoColumn, true> = { name: true, type: true, required: true, description: true };
const treatmentKeys: Record<keyof ByoStudyFile["treatment"], true> = { column: true, arms: true };
const armKeys: Record<keyof ByoArm, true> = { value: true, code: true, label: true, role: true };
const datesKeys: Record<keyof ByoStudyFile["dates"], true> = { enrolment: true, discontinuation: true };
const outcomesKeys: Record<keyof ByoStudyFile["outcomes"], true> = { primary: true, secondary: true };
const primaryKeys: Record<keyof ByoPrimaryOutcome, true> = { column: true, type: true, label: true };
const criterionKeys: Record<keyof Criterion, true> = { id: true, kind: true, label: true, rule: true };
const rangeKeys: Record<keyof PlausibilityRange, true> = { table: true, column: true, min: true, max: true, label: true };
const visitKeys: Record<keyof NonNullable<ByoStudyFile["visitColumns"]>, true> = { number: true, date: true };
const analysisKeys: Record<keyof ByoAnalysisOptions, true> = { covariates: true, trim: true, estimand: true, bootstrap: true, missingCovariates: true };
const trimKeys: Record<keyof NonNullable<ByoAnalysisOptions["trim"]>, true> = { rule: true, threshold: true };
const bootstrapKeys: Record<keyof NonNullable<ByoAnalysisOptions["bootstrap"]>, true> = { replicates: true, seed: true };
const analysisCovariateKeys: Record<keyof Exclude<NonNullable<ByoAnalysisOptions["covariates"]>[number], string>, true> = { name: true, type: true, poolBelow: true };
const aeKeys: Record<keyof NonNullable<ByoStudyFile["adverseEventColumns"]>, true> = { sequence: true, term: true, onset: true };

describe("byo-config.schema.json and the ByoStudyFile types", () => {
  it.each([
    ["(top level)", [], studyFileKeys],
    ["files", ["files"], filesKeys],
    ["files.subjects", ["files", "subjects"], tableFileKeys],
    ["files.visits", ["files", "visits"], tableFileKeys],
    ["a column", ["files", "subjects", "columns", "[]"], columnKeys],
    ["treatment", ["treatment"], treatmentKeys],
    ["an arm", ["treatment", "arms", "[]"], armKeys],
    ["dates", ["dates"], datesKeys],
    ["outcomes", ["outcomes"], outcomesKeys],
    ["outcomes.primary", ["outcomes", "primary"], primaryKeys],
    ["a criterion", ["criteria", "[]"], criterionKeys],
    ["a plausibility range", ["plausibility", "[]"], rangeKeys],
    ["visitColumns", ["visitColumns"], visitKeys],
    ["adverseEventColumns", ["adverseEventColumns"], aeKeys],
    ["analysis", ["analysis"], analysisKeys],
    ["analysis.trim", ["analysis", "trim"], trimKeys],
    ["analysis.bootstrap", ["analysis", "bootstrap"], bootstrapKeys],
    ["an analysis covariate spec", ["analysis", "covariates", "[]"], analysisCovariateKeys],
    ["prespecified", ["prespecified"], prespecifiedKeys],
    ["prespecified.outcome", ["prespecified", "outcome"], prespecifiedOutcomeKeys],
    ["prespecified.imputation", ["prespecified", "imputation"], prespecifiedImputationKeys],
  ] as Array<[string, string[], Record<string, true>]>)("%s: the schema lists the type's keys", (_name, steps, record) => {
    expect(keys(at(...steps))).toEqual(typeKeys(record));
  });

  it("closes every object it describes (additionalProperties: false)", () => {
    const open: string[] = [];
    const visit = (s: Schema, where: string) => {
      if (s.properties) {
        if (s.additionalProperties !== false) open.push(where);
        for (const [k, v] of Object.entries(s.properties)) visit(v, `${where}.${k}`);
      }
      if (s.items) visit(s.items, `${where}[]`);
    };
    visit(root, "(top)");
    for (const [name, def] of Object.entries(root.$defs ?? {})) visit(def, `$defs.${name}`);
    expect(open).toEqual([]);
  });

  it.each([["examples/byo-study/study.json"], ["tests/data-loaders/byo/fixtures/study.json"]])("%s validates", (file) => {
    const raw = JSON.parse(readFileSync(path.join(projectRoot, file), "utf-8")) as unknown;
    expect(byoConfigIssues(file, raw)).toEqual([]);
  });
});

describe("did you mean", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(damerauLevenshtein("plausability", "plausibility")).toBe(1);
    expect(damerauLevenshtein("ctiteria", "criteria")).toBe(1);
    expect(damerauLevenshtein("covraiates", "covariates")).toBe(1);
    expect(damerauLevenshtein("colums", "columns")).toBe(1);
    expect(damerauLevenshtein("", "abc")).toBe(3);
    expect(damerauLevenshtein("kitten", "sitting")).toBe(3);
  });
  it("suggests the nearest allowed key when it is close, nothing when it is not", () => {
    const allowed = Object.keys(studyFileKeys);
    expect(nearestKey("plausability", allowed)).toBe("plausibility");
    expect(nearestKey("Subgroups", allowed)).toBe("subgroups");
    expect(nearestKey("subject_id", allowed)).toBe("subjectId");
    expect(nearestKey("datacut", allowed)).toBe("dataCut");
    expect(nearestKey("shoe", allowed)).toBeNull();
    expect(nearestKey("d", ["id"])).toBe("id");
    expect(nearestKey("x", ["id"])).toBeNull();
  });
});
