/**
 * The shapes an archived study-month is made of: the analysis outputs the archive records
 * (headline numbers and gates), the publication record the report pages display, and the
 * manifest that seals the archive folder. One concept: the archive's vocabulary.
 */
import type { StudyConfig } from "../studies/types.ts";

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

/** What an analysis source returns for one study-month, computed from the frozen snapshot only. */
export interface AnalysisOutcome {
  headline: HeadlineNumber[];
  gates: GateResult[];
  /** The estimand in words (population, treatment, outcome, summary measure). */
  estimand: string;
  /** Every parameter and seed the analysis used. */
  parameters: Record<string, unknown>;
}

/**
 * Where headline numbers and gates come from: a pure analysis re-run on the frozen Parquet.
 * `publish` records its outcome; `verify` re-runs it on the archived data and demands identical
 * numbers.
 */
export interface AnalysisSource {
  /** Name and version of the analysis function (recorded in the manifest). */
  id: string;
  /** Analyses the `month` snapshot whose members (`subjects.parquet`, ...) are files in `dataDir`. */
  analyse(dataDir: string, study: StudyConfig, month: string): Promise<AnalysisOutcome>;
}

/** A file of the archive folder and its SHA-256. */
export interface HashedFile {
  /** Path relative to the archive folder, `/`-separated. */
  path: string;
  bytes: number;
  sha256: string;
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
}

export interface ChainLink {
  /** Folder of the previous publication of this study, relative to the archive root: `SYN-CONF-C/2026-01`. */
  folder: string;
  /** SHA-256 of that folder's manifest.json bytes. */
  manifestSha256: string;
}

export interface Manifest {
  format: "trial-archive-manifest/1";
  publication: PublicationRecord;
  /** Position of this publication in the study's chain (1 for the first). */
  sequence: number;
  previous: ChainLink | null;
  startedAt: string;
  finishedAt: string;
  git: { commit: string; dirtyTree: boolean; allowDirty: boolean; dirtyFiles: string[] };
  versions: Record<string, string>;
  study: StudyConfig;
  analysis: { id: string; estimand: string; parameters: Record<string, unknown> };
  gates: GateResult[];
  headline: HeadlineNumber[];
  /** Every file of the folder except manifest.json and its seal, sorted by path. */
  files: HashedFile[];
}
