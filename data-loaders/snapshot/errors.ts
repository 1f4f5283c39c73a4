/** An error of the snapshot loader that is not a contract violation (unknown study or month). */
export class SnapshotError extends Error {
  constructor(
    readonly study: string,
    readonly month: string,
    readonly rule: string,
  ) {
    super(`${study} ${month}: ${rule}`);
    this.name = "SnapshotError";
  }
}
