/** Test helper: each registry study generated once per test file, and its data cuts. */
import { type CutTables } from "../../data-loaders/snapshot/data-cut.ts";
import type { GeneratedTrial } from "../../data-loaders/synthetic/types.ts";
export declare function trialOf(study: string): GeneratedTrial;
export declare function cutOf(study: string, month: string): CutTables;
export declare function finalMonth(study: string): string;
