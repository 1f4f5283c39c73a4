/**
 * Rule `required-values`: no missing value in a column the schema declares not nullable (ids,
 * arm and treatment, dates of enrolment and onset, ...). Also: every declared column is present.
 */
import { type ContractRule } from "./context.ts";
export declare const requiredValues: ContractRule;
