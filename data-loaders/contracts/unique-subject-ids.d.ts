/** Rule `unique-subject-ids`: each subject appears once in `subjects`. */
import { type ContractRule } from "./context.ts";
export declare const uniqueSubjectIds: ContractRule;
