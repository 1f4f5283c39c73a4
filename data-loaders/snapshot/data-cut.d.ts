import type { GeneratedTrial } from "../synthetic/types.ts";
import type { Row } from "./schema.ts";
export interface CutTables {
    subjects: Row[];
    visits: Row[];
    adverse_events: Row[];
}
/**
 * @param trial the whole generated trial
 * @param cut the data-cut day (last day of the month)
 */
export declare function cutTrial(trial: GeneratedTrial, cut: number): CutTables;
