/**
 * Evaluates one eligibility rule (data, from the study configuration) against one subject's
 * screening record. A rule names a column and a predicate; the record must carry the column with
 * a value of the right type, or evaluation halts with an error naming the subject, column and value.
 */
import type { Rule } from "../../src/foundation/study-config.ts";

export class EligibilityError extends Error {
  constructor(
    readonly subject: string,
    readonly column: string,
    readonly value: unknown,
    readonly rule: string,
  ) {
    super(`subject ${subject}, column ${column}, value ${JSON.stringify(value) ?? String(value)}: ${rule}`);
    this.name = "EligibilityError";
  }
}

/** The rule in words, e.g. `age between 18 and 85`. */
export function describeRule(rule: Rule): string {
  if ("between" in rule) return `${rule.column} between ${rule.between[0]} and ${rule.between[1]}`;
  if ("lt" in rule) return `${rule.column} < ${rule.lt}`;
  if ("gt" in rule) return `${rule.column} > ${rule.gt}`;
  if ("equals" in rule) return `${rule.column} = ${JSON.stringify(rule.equals)}`;
  return `${rule.column} in ${JSON.stringify(rule.in)}`;
}

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
export function evaluateRule(rule: Rule, record: Readonly<Record<string, unknown>>, subject: string): boolean {
  const value = record[rule.column];
  if (value === undefined || value === null)
    throw new EligibilityError(subject, rule.column, value ?? null, `a value is required to evaluate the criterion "${describeRule(rule)}"`);
  const numeric = (): number => {
    if (typeof value !== "number" || !Number.isFinite(value)) throw new EligibilityError(subject, rule.column, value, `criterion "${describeRule(rule)}" needs a finite number`);
    return value;
  };
  if ("between" in rule) {
    const x = numeric();
    return x >= rule.between[0] && x <= rule.between[1];
  }
  if ("lt" in rule) return numeric() < rule.lt;
  if ("gt" in rule) return numeric() > rule.gt;
  if ("equals" in rule) {
    if (typeof value !== typeof rule.equals) throw new EligibilityError(subject, rule.column, value, `criterion "${describeRule(rule)}" compares with a ${typeof rule.equals}`);
    return value === rule.equals;
  }
  return (rule.in as unknown[]).includes(value);
}
