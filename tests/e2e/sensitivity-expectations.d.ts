import { type TreatmentEffectResult } from "../../estimators/src/index.ts";
import { type StudyFields } from "../../pages/components/sensitivity-input.ts";
export declare function subjectRows(study: string, month: string): Promise<Array<Record<string, unknown>>>;
export declare function builtStudies(): StudyFields[];
export interface ExpectedSensitivity {
    primary: TreatmentEffectResult;
    eValuePoint: number;
    subjects: number;
}
/** The primary AIPW estimate of the first treated arm and its E-value, as the sensitivity page computes them. */
export declare function expectedSensitivity(study: StudyFields, month: string, trim?: {
    rule: "none";
} | {
    rule: "crump";
} | {
    rule: "symmetric";
    threshold: number;
}): Promise<ExpectedSensitivity>;
