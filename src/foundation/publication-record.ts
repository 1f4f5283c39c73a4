/**
 * The publication record of an archived study-month: what the report pages show (banner and ALCOA
 * panel, `publication-panel.ts`) and what `src/archive` writes into the manifest. Types only, so
 * that the archive code and the pages share one definition.
 */

/** One headline number: an estimate with its interval and sample size, as the analysis reports it. */
export interface HeadlineNumber {
  /** What it estimates, e.g. `TRT vs PBO: AIPW ATE, change_from_baseline`. */
  label: string;
  estimate: number;
  lower: number | null;
  upper: number | null;
  n: number;
}

/** One analysis gate: a check that must pass before a report is published without an override. */
export interface GateResult {
  id: string;
  passed: boolean;
  value: number | string | null;
  threshold: number | string | null;
  message: string;
}

/** Why the report was published despite failed gates; null when every gate passed. */
export interface OverrideRecord {
  reason: string;
  analyst: string;
  failedGates: string[];
}

/** Shown on the report pages (banner and provenance panel) and repeated in the manifest. */
export interface PublicationRecord {
  study: string;
  month: string;
  /** 0 for the first publication of a month; N for `<month>-rN`. */
  revision: number;
  revisionReason: string | null;
  /** Folder name under `<archive root>/<study>/`: `2026-02` or `2026-02-r1`. */
  folder: string;
  analyst: string;
  publishedAt: string;
  retentionUntil: string;
  commit: string;
  /** True when published from a working tree with uncommitted changes (`--allow-dirty`). */
  dirtyTree: boolean;
  override: OverrideRecord | null;
  gates: GateResult[];
  headline: HeadlineNumber[];
  estimand: string;
  analysisId: string;
  /** SHA-256 of each snapshot member, from the snapshot's own record. */
  snapshot: Array<{ name: string; sha256: string }>;
  /**
   * The key the analyst signs the publication with ("authored", `publish --key`); absent or null
   * when unsigned. The signature itself is in signatures.json beside the manifest: it covers the
   * manifest's SHA-256, which does not exist yet when the pages are built.
   */
  signingKey?: { name: string; keyId: string } | null;
}
