/**
 * Evaluates one eligibility rule (data, from the study configuration) against one subject's
 * screening record. A rule names a column and a predicate; the record must carry the column with
 * a value of the right type, or evaluation halts with an error naming the subject, column and value.
 */
import type { Rule } from "../../src/foundation/study-config.ts";
export declare class EligibilityError extends Error {
    readonly subject: string;
    readonly column: string;
    readonly value: unknown;
    readonly rule: string;
    constructor(subject: string, column: string, value: unknown, rule: string);
}
/** The rule in words, e.g. `age between 18 and 85`. */
export declare function describeRule(rule: Rule): string;
/**
 * Whether the record satisfies the rule (bounds of `between` are inclusive).
 *
 * @param rule the rule from the study configuration
 * @param record the subject's screening record (column -> value)
 * @param subject the subject's id, for error messages
 * @throws EligibilityError when the column is missing, null, or of the wrong type for the rule
 * @example
 * evaluateRule({ column: "age", between: [18, 85] }, { age: 85 }, "S1") // => true
 */
export declare function evaluateRule(rule: Rule, record: Readonly<Record<string, unknown>>, subject: string): boolean;
