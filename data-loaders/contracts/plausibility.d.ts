/**
 * Rule `plausibility`: numeric values lie within the study's plausibility ranges (inclusive),
 * configurable per study (`StudyConfig.plausibility`); a study that sets none gets
 * {@link DEFAULT_PLAUSIBILITY}. A range names a table and a column; a column a table does not have
 * is skipped (the ranges are shared by studies with different tables), missing values are skipped.
 */
import type { PlausibilityRange } from "../../src/foundation/study-config.ts";
import { type ContractRule } from "./context.ts";
export declare const DEFAULT_PLAUSIBILITY: PlausibilityRange[];
export declare const plausibility: ContractRule;
