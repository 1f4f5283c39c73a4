import { type AdverseEventModelName } from "../../data-loaders/synthetic/adverse-events.ts";
import type { PredictionRow } from "./prediction-rows.ts";
import { type SubjectHistory } from "./subject-history.ts";
export interface OracleOptions {
    adverseEventModel: AdverseEventModelName;
    informativeDropout: boolean;
    /** The adverse-event label window (days). */
    aeWindowDays: number;
}
/** Oracle AUROC of the adverse-event rows. */
export declare function oracleAdverseEventAuroc(histories: readonly SubjectHistory[], rows: readonly PredictionRow[], o: OracleOptions): number;
/** Oracle AUROC of the dropout rows. */
export declare function oracleDropoutAuroc(histories: readonly SubjectHistory[], rows: readonly PredictionRow[], o: OracleOptions): number;
