/**
 * Rule `treatment-in-arms`: each subject's `arm` is one of the study's declared arm codes, and
 * `treated` is 1 exactly for an arm whose role is "treated" (0 for the control arm). A missing arm
 * is left to required-values.
 */
import { type ContractRule } from "./context.ts";
export declare const treatmentInArms: ContractRule;
