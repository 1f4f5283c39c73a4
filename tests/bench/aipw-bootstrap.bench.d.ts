import type { BenchCase } from "./bench.ts";
declare const _default: (BenchCase<string> | BenchCase<import("@trial/estimators").TreatmentEffectInput & {
    covariateNames: readonly string[];
}>)[];
export default _default;
