/**
 * The shapes an archived study-month is made of: the analysis outputs the archive records
 * (headline numbers and gates), the publication record the report pages display, and the
 * manifest that seals the archive folder. One concept: the archive's vocabulary.
 */
import type { GateResult, HeadlineNumber, PublicationRecord } from "../foundation/publication-record.ts";
import type { StudyConfig } from "../foundation/study-config.ts";
import type { KdfParameters } from "../foundation/encrypted-file.ts";

export type { GateResult, HeadlineNumber, OverrideRecord, PublicationRecord } from "../foundation/publication-record.ts";

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
  /** The site's patient-level files that publish encrypted (`--encrypt-with-env`); absent when none were. */
  encryption?: SiteEncryption;
  /**
   * What the browser that printed the PDFs said when it recomputed the build's numbers: every
   * agreement badge of every report page, with the engines it names (the build's Node and V8, the
   * browser's version). Absent in manifests written before it was recorded.
   */
  browserAgreement?: PageAgreement[];
}

/** The agreement badges of one report page as the publishing browser showed them. */
export interface PageAgreement {
  page: string;
  checks: Array<{ id: string; status: string; engines: string }>;
}

/** Which files of the site are encrypted, with what, and the SHA-256 of their plaintext (= data/<name> for a snapshot member). */
export interface SiteEncryption {
  format: "trial-encrypted-file/1";
  cipher: "AES-256-GCM";
  /** One salt and iteration count for the publication: one key derivation unlocks all its files. */
  kdf: KdfParameters;
  /**
   * The patient-level file names the publishing code encrypts wherever the site holds them
   * (site-encryption.ts's PATIENT_LEVEL_FILES). Absent in archives published when that was only the
   * three snapshot Parquet files.
   */
  scope?: string[];
  files: Array<{
    /** Path in the folder, `/`-separated: `site/_file/data/built/<study>/<month>/subjects.<hash>.parquet`. */
    path: string;
    /** Its name in the month folder: `subjects.parquet` (frozen as data/subjects.parquet), `models/dropout.json` (not in data/). */
    name: string;
    plaintextSha256: string;
    plaintextBytes: number;
  }>;
}
