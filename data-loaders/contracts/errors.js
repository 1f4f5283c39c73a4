/**
 * The error every snapshot contract throws. Contracts halt, they do not repair: a violation stops
 * the loader with a message that names the study and month, the table, the row (1-based, in the
 * order the rows are written), the subject, the column, the offending value and the rule.
 */
const describe = (value) => (value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value)));
/**
 * @example
 * new ContractViolation({ study: "S", month: "2025-12", table: "visits", row: 3, subject: "EU01-00001", column: "visit_date", value: "2026-01-02", rule: "dates-within-cut: ..." }).message
 * // => 'S 2025-12: table visits, row 3, subject EU01-00001, column visit_date, value "2026-01-02": dates-within-cut: ...'
 */
export class ContractViolation extends Error {
    details;
    constructor(details) {
        super(ContractViolation.format(details));
        this.name = "ContractViolation";
        this.details = details;
    }
    static format(d) {
        const where = [`table ${d.table}`];
        if (d.row !== undefined)
            where.push(`row ${d.row}`);
        if (d.subject !== undefined)
            where.push(`subject ${d.subject}`);
        if (d.column !== undefined)
            where.push(`column ${d.column}`);
        if ("value" in d)
            where.push(`value ${describe(d.value)}`);
        return `${d.study} ${d.month}: ${where.join(", ")}: ${d.rule}`;
    }
}
