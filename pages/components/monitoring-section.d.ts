/**
 * The "Monitoring since the training month" section of the prediction pages: the study's
 * training-month models scored on this cut's later data (monitoring.json, built by
 * src/models/deployed-monitoring.ts). The decay table is recomputed here from the scored rows with
 * the build's code (a badge says whether it equals the build's); the drift cells are the build's
 * (they need every later row's features, which the artifact does not carry).
 * Plot, Inputs and html are passed in, so that the page and this component use the same copies.
 */
import { type DecayMonth, type TaskMonitoring } from "@trial/estimators";
import { type ModelKey } from "./model-evaluation.js";
/** The page's decay by month for the chosen model, and whether it equals the build's exactly. */
export declare function monitoringDecay(m: Extract<TaskMonitoring, {
    status: "monitored";
}>, key: ModelKey): {
    decay: DecayMonth[];
    matchesBuild: boolean;
};
interface Drawing {
    Plot: any;
    Inputs: any;
    html: (strings: TemplateStringsArray, ...values: unknown[]) => HTMLElement;
}
/** The section's content for one task and model. */
export declare function monitoringSection(m: TaskMonitoring, key: ModelKey, { Plot, Inputs, html }: Drawing): HTMLElement;
export {};
