/**
 * Rule `column-types`: every row of every table has exactly the schema's columns (none missing,
 * none undeclared) and each value has its column's type: text for VARCHAR, a whole number within
 * 32 bits for INTEGER, a finite number for DOUBLE, true/false for BOOLEAN, an ISO date YYYY-MM-DD
 * for DATE (or null, which required-values judges).
 */
import type { ColumnType } from "../snapshot/schema.ts";
import { type ContractRule } from "./context.ts";
/** Whether a non-null value fits a column type. */
export declare function valueHasType(type: ColumnType, value: unknown): boolean;
export declare const columnTypes: ContractRule;
