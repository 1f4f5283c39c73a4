/** Rule `dates-within-cut`: no DATE value of any table is after the data cut. */
import { type ContractRule } from "./context.ts";
export declare const datesWithinCut: ContractRule;
