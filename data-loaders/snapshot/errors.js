/** An error of the snapshot loader that is not a contract violation (unknown study or month). */
export class SnapshotError extends Error {
    study;
    month;
    rule;
    constructor(study, month, rule) {
        super(`${study} ${month}: ${rule}`);
        this.study = study;
        this.month = month;
        this.rule = rule;
        this.name = "SnapshotError";
    }
}
