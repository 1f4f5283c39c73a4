import type { Dataset } from "../readers/types.ts";
export interface BaselineMeasures {
    height: number | null;
    weight: number | null;
    bmi: number | null;
    disease_duration: number | null;
}
export declare function baselineMeasures(vs: Dataset, mh: Dataset, sv: Dataset): Map<string, BaselineMeasures>;
