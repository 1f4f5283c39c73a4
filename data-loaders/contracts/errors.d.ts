/**
 * The error every snapshot contract throws. Contracts halt, they do not repair: a violation stops
 * the loader with a message that names the study and month, the table, the row (1-based, in the
 * order the rows are written), the subject, the column, the offending value and the rule.
 */
export interface ContractViolationDetails {
    study: string;
    month: string;
    table: string;
    /** 1-based row in the table's written order. */
    row?: number;
    subject?: string;
    column?: string;
    value?: unknown;
    /** Rule id and wording, e.g. "dates-within-cut: no date after the data cut 2025-12-31". */
    rule: string;
}
/**
 * @example
 * new ContractViolation({ study: "S", month: "2025-12", table: "visits", row: 3, subject: "EU01-00001", column: "visit_date", value: "2026-01-02", rule: "dates-within-cut: ..." }).message
 * // => 'S 2025-12: table visits, row 3, subject EU01-00001, column visit_date, value "2026-01-02": dates-within-cut: ...'
 */
export declare class ContractViolation extends Error {
    readonly details: ContractViolationDetails;
    constructor(details: ContractViolationDetails);
    static format(d: ContractViolationDetails): string;
}
