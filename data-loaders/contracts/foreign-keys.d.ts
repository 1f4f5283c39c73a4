/** Rule `foreign-keys`: every `subject_id` of visits and adverse events is a subject of the snapshot. */
import { type ContractRule } from "./context.ts";
export declare const foreignKeys: ContractRule;
