/**
 * The Cox models of tests/reference/survival/compute-expected.R, fitted here with the same data and
 * options (shared by cox.test.ts and cox-zph.test.ts).
 */
import { fitCox, type CoxFit, type CoxOptions } from "../../estimators/src/index.ts";
import { surv300, surv300Design, veteran } from "./survival-reference.ts";

const d = surv300();
const v = veteran();
const X = surv300Design(d);
const names = ["armLOW", "armHIGH", "age", "female"];
const cells = ["smallcell", "adeno", "large"];
const vetX = v.time.map((_, i) => [v.trt[i]!, v.karno[i]!, v.age[i]!, ...cells.map((c) => (v.celltype[i] === c ? 1 : 0))]);

export interface CoxCase {
  time: number[];
  status: number[];
  X: number[][];
  options: CoxOptions;
  /** Column groups of R's terms (a factor is one term). */
  terms: { name: string; columns: number[] }[];
  fit: () => CoxFit;
}

const armTerms = [
  { name: "arm", columns: [0, 1] },
  { name: "age", columns: [2] },
  { name: "female", columns: [3] },
];
function surv300Case(options: CoxOptions): CoxCase {
  const opts = { names, ...options };
  return { time: d.time, status: d.status, X, options: opts, terms: armTerms, fit: () => fitCox(d.time, d.status, X, opts) };
}

export const coxCases: Record<string, CoxCase> = {
  efron: surv300Case({}),
  efron_singledf: surv300Case({}),
  breslow: surv300Case({ ties: "breslow" }),
  efron_level90: surv300Case({ level: 0.9 }),
  strata: surv300Case({ strata: d.site }),
  weighted_robust: surv300Case({ weights: d.w, robust: true }),
  cluster: surv300Case({ cluster: d.pair }),
  breslow_strata_weighted: surv300Case({ strata: d.site, weights: d.w, ties: "breslow", robust: true }),
  veteran: {
    time: v.time,
    status: v.status,
    X: vetX,
    options: { names: ["trt", "karno", "age", "celltypesmallcell", "celltypeadeno", "celltypelarge"] },
    terms: [
      { name: "trt", columns: [0] },
      { name: "karno", columns: [1] },
      { name: "age", columns: [2] },
      { name: "celltype", columns: [3, 4, 5] },
    ],
    fit: () => fitCox(v.time, v.status, vetX, { names: ["trt", "karno", "age", "celltypesmallcell", "celltypeadeno", "celltypelarge"] }),
  },
};
