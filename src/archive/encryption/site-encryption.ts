/**
 * Patient-level data only for those who hold the key (issue 16): the published site's copies of
 * every file that holds one row per subject, visit, event or prediction are encrypted with the
 * study passphrase (`@trial/foundation`'s encrypted-file format: PBKDF2-SHA-256 ≥ 600,000
 * iterations, AES-256-GCM), one salt per publication. They are, in
 * `site/_file/data/built/<study>/<month>/`: the snapshot's subjects, visits and adverse-events
 * Parquet files, its record-level exclusion log (`exclusions.json`: file, row and subject of every
 * source record not in the snapshot), and the prediction models' artifacts
 * (`models/dropout.json`, `models/adverse-events.json`: each test row's subject, date, features,
 * label and predictions, and the training rows' features) and their monitoring
 * (`models/monitoring.json`: each later row's date, label and scores). The manifest records which files, their
 * plaintext SHA-256 and the KDF parameters (`SiteEncryption`). The frozen `data/` of the archive
 * folder stays in the clear: it is the archive's evidence and never hosted.
 *
 * The build's aggregates that hold cells of fewer than 5 subjects are encrypted too
 * (`SMALL_CELL_FILES`: `consort.json`, `survival.json`, the trial tables' JSON, CSV and RTF):
 * a locked page reads their locked views instead (`locked/<name>`, written by the build with those
 * cells suppressed, src/analysis/locked-views.ts). What stays in the clear is what the build
 * computed in aggregate without a small cell: analysis.json, the locked views, the model card
 * (test metrics, split, limits).
 *
 * `encryptSiteData` runs in publish after the PDFs are printed (the pages still read the clear
 * files then) and before the manifest hashes the folder; `checkSiteEncryption` runs in verify.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import {
  decryptFile,
  deriveFileKey,
  encryptFile,
  EncryptedFileError,
  isEncryptedFile,
  MIN_PBKDF2_ITERATIONS,
  newKdfParameters,
  readEncryptedHeader,
  sha256Hex,
  type FileKey,
} from "../../foundation/encrypted-file.ts";
import { writeFileAtomic } from "../atomic-write.ts";
import { sha256File } from "../hash-tree.ts";
import type { Manifest, SiteEncryption } from "../types.ts";

/**
 * The site files that hold one row per subject, visit, event or prediction, by name in the month
 * folder. Those without a `/` are snapshot members, frozen as `data/<name>`: their plaintext must
 * be those bytes. The models' files are not in data/ (the manifest's plaintext SHA-256 is their record).
 */
export const PATIENT_LEVEL_FILES: readonly string[] = [
  "subjects.parquet",
  "visits.parquet",
  "adverse_events.parquet",
  "exclusions.json",
  "models/dropout.json",
  "models/adverse-events.json",
  "models/monitoring.json",
];
/**
 * The build's aggregates that hold cells of fewer than 5 subjects (CONSORT counts, numbers at risk
 * and per-step counts of the curves, the trial tables' cells): encrypted beside the patient-level
 * files; a locked page shows their `locked/` views. `*` stands for any table number.
 */
export const SMALL_CELL_FILES: readonly string[] = ["consort.json", "survival.json", "tables/trial-tables.json", "tables/*.csv", "tables/*.rtf"];
/** Everything publish --encrypt-with-env encrypts (the manifest's `encryption.scope`). */
export const ENCRYPTED_SCOPE: readonly string[] = [...PATIENT_LEVEL_FILES, ...SMALL_CELL_FILES];
/** True when `name` (month-folder relative) is one of `scope`'s names or patterns. */
export function inScope(scope: Iterable<string>, name: string): boolean {
  for (const entry of scope) {
    if (entry === name) return true;
    const star = entry.indexOf("*");
    if (star >= 0 && name.startsWith(entry.slice(0, star)) && name.endsWith(entry.slice(star + 1)) && !name.slice(star, name.length - (entry.length - star - 1)).includes("/"))
      return true;
  }
  return false;
}
const isSmallCellFile = (name: string): boolean => inScope(SMALL_CELL_FILES, name);
/** What publish encrypted before the exclusion log and the models' files were covered (an archive's `encryption` without `scope`). */
const FIRST_SCOPE: readonly string[] = ["subjects.parquet", "visits.parquet", "adverse_events.parquet"];
/** The frozen copy of a patient-level site file, or null for a file that data/ does not hold (models/). */
const frozenName = (name: string): string | null => (name.includes("/") ? null : name);
/** A passphrase shorter than this is refused by publish (it is the only secret; PBKDF2 slows guessing, it does not make a short one safe). */
export const MIN_PASSPHRASE_LENGTH = 16;

const PARQUET_MAGIC = "PAR1";

export const siteMonthDir = (study: string, month: string): string => ["site", "_file", "data", "built", study, month].join("/");

/**
 * The site's files of a study-month that publish encrypts (`ENCRYPTED_SCOPE`: patient-level files
 * and aggregates with small cells): `{rel (folder-relative, /-separated), file (site file name,
 * relative to the month folder), name (its name in the scope, e.g. `tables/14-1.01.csv`)}`.
 */
export async function patientLevelSiteFiles(folder: string, study: string, month: string): Promise<Array<{ rel: string; file: string; name: string }>> {
  const dir = siteMonthDir(study, month);
  const out: Array<{ rel: string; file: string; name: string }> = [];
  for (const sub of ["", "models/", "tables/"]) {
    const entries = await readdir(path.join(folder, ...dir.split("/"), sub), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      // Framework's content hash before the extension: subjects.0123abcd.parquet is subjects.parquet.
      const match = /^(.*?)(?:\.[0-9a-f]{8})?(\.parquet|\.json|\.csv|\.rtf)$/.exec(entry.name);
      const name = sub + (match ? `${match[1]}${match[2]}` : entry.name);
      if (inScope(ENCRYPTED_SCOPE, name)) out.push({ rel: `${dir}/${sub}${entry.name}`, file: `${sub}${entry.name}`, name });
    }
  }
  return out.sort((a, b) => a.rel.localeCompare(b.rel));
}

/** Why `bytes` are not a clear copy of `name` (Parquet: PAR1; JSON: parses; CSV, RTF: not encrypted), or null when they are. */
function notClear(name: string, bytes: Uint8Array): string | null {
  if (name.endsWith(".parquet")) return startsWithParquetMagic(bytes) ? null : "[not-clear-parquet] does not start with PAR1 (already encrypted, or not a Parquet file)";
  if (!name.endsWith(".json")) return isEncryptedFile(bytes) ? "[not-clear-file] is already an encrypted file" : null;
  if (isEncryptedFile(bytes)) return "[not-clear-json] is already an encrypted file";
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return null;
  } catch {
    return "[not-clear-json] is not a JSON file in the clear";
  }
}

const startsWithParquetMagic = (bytes: Uint8Array): boolean => bytes.length >= 4 && Buffer.from(bytes.subarray(0, 4)).toString("latin1") === PARQUET_MAGIC;

export function checkPassphrase(passphrase: string, where: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    throw new Error(`${where}: [weak-passphrase] the study passphrase has ${passphrase.length} characters; at least ${MIN_PASSPHRASE_LENGTH} are required`);
}

/** The study passphrase from an environment variable (`--encrypt-with-env <VAR>`, `--decrypt-with-env <VAR>`): never a command-line argument. */
export function passphraseFromEnv(variable: string, flag: string, env: NodeJS.ProcessEnv = process.env): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
    throw new Error(`${flag} ${variable}: [bad-variable] give the name of an environment variable (e.g. ${flag} TRIAL_DATA_PASSPHRASE), not the passphrase`);
  const value = env[variable];
  if (value === undefined || value === "") throw new Error(`${flag} ${variable}: [no-passphrase] the environment variable ${variable} is not set or empty`);
  return value;
}

export interface EncryptSiteOptions {
  /** The archive (staging) folder holding `site/` and `data/`. */
  folder: string;
  study: string;
  month: string;
  passphrase: string;
  /** PBKDF2 iterations (default and minimum 600,000). */
  iterations?: number;
  /** Test-only: a fixed salt (hex, 16 bytes); the IVs stay random. */
  salt?: string;
}

/**
 * Encrypts the site's patient-level files in place (same names: the pages' links do not change).
 * Each must be in the clear (a Parquet file starts with PAR1, a JSON file parses) and, for a
 * snapshot member, identical to `data/<name>`; all are encrypted and decrypted again in memory
 * before the first is written, so a refusal writes nothing.
 */
export async function encryptSiteData(options: EncryptSiteOptions): Promise<SiteEncryption> {
  const { folder, study, month } = options;
  checkPassphrase(options.passphrase, "publish --encrypt-with-env");
  const files = await patientLevelSiteFiles(folder, study, month);
  if (!files.some((f) => PATIENT_LEVEL_FILES.includes(f.name)))
    throw new Error(`${siteMonthDir(study, month)}/: [no-patient-files] the site holds none of ${PATIENT_LEVEL_FILES.join(", ")} to encrypt`);
  const kdf = { ...newKdfParameters(options.iterations ?? MIN_PBKDF2_ITERATIONS), ...(options.salt === undefined ? {} : { salt: options.salt }) };
  const key = await deriveFileKey(options.passphrase, kdf);
  const prepared: Array<{ target: string; bytes: Uint8Array; record: SiteEncryption["files"][number] }> = [];
  for (const { rel, name } of files) {
    const target = path.join(folder, ...rel.split("/"));
    const plain = new Uint8Array(await readFile(target));
    const refusal = notClear(name, plain);
    if (refusal !== null) throw new Error(`${rel}: ${refusal}; nothing was encrypted`);
    const sha256 = await sha256Hex(plain);
    const frozenAs = frozenName(name);
    if (frozenAs !== null) {
      const frozen = await sha256File(path.join(folder, "data", frozenAs)).catch(() => null);
      if (frozen !== sha256) throw new Error(`${rel}: [not-frozen-data] SHA-256 ${sha256} is not that of data/${frozenAs} (${frozen ?? "missing"}); nothing was encrypted`);
    }
    const bytes = await encryptFile(plain, key, { name });
    const back = await decryptFile(bytes, key, { file: rel });
    if ((await sha256Hex(back.bytes)) !== sha256) throw new Error(`${rel}: [self-check] the encrypted file does not decrypt to the original; nothing was encrypted`);
    prepared.push({ target, bytes, record: { path: rel, name, plaintextSha256: sha256, plaintextBytes: plain.length } });
  }
  for (const { target, bytes } of prepared) await writeFileAtomic(target, bytes);
  return { format: "trial-encrypted-file/1", cipher: "AES-256-GCM", kdf: key.kdf, scope: [...ENCRYPTED_SCOPE], files: prepared.map((p) => p.record) };
}

export interface SiteEncryptionReport {
  passed: string[];
  problems: string[];
  notes: string[];
  /** Site file names (relative to the month folder) that are encrypted copies: siteSnapshotMismatches skips them. */
  encrypted: Set<string>;
}

export interface CheckSiteEncryptionOptions {
  /** Decrypt every encrypted file and compare it with data/ (the study passphrase from escrow). */
  passphrase?: string;
  /** A publication whose site holds patient-level files in the clear fails (otherwise a note). */
  requireEncrypted?: boolean;
}

/**
 * Checks the site's patient-level files against the manifest's `encryption` record, each problem one
 * line naming the file and the rule: a clear Parquet file (PAR1) where the manifest says encrypted,
 * or any clear one with `requireEncrypted` ([clear-patient-data]); a listed file missing or not in
 * the encrypted format; a header whose KDF parameters or plaintext SHA-256 disagree with the
 * manifest or with data/<name>; and, given the passphrase, one that does not decrypt to data/<name>.
 */
export async function checkSiteEncryption(folder: string, manifest: Manifest, options: CheckSiteEncryptionOptions = {}): Promise<SiteEncryptionReport> {
  const { study, month } = manifest.publication;
  const report: SiteEncryptionReport = { passed: [], problems: [], notes: [], encrypted: new Set() };
  const files = await patientLevelSiteFiles(folder, study, month);
  const record = manifest.encryption;
  // The names this publication's rule encrypted: an archive published before the rule covered the
  // exclusion log and the models' rows holds those in the clear, which is noted, not failed.
  const scope = record?.scope ?? FIRST_SCOPE;
  const outOfScope: Array<{ rel: string; name: string }> = [];
  const listed = new Map((record?.files ?? []).map((f) => [f.path, f]));
  let key: FileKey | Error | null = null;
  let decrypted = 0;
  const before = report.problems.length;
  for (const { rel, file, name } of files) {
    const bytes = new Uint8Array(await readFile(path.join(folder, ...rel.split("/"))));
    const entry = listed.get(rel);
    listed.delete(rel);
    if (!isEncryptedFile(bytes)) {
      if (record && !inScope(scope, name) && !entry && !options.requireEncrypted) {
        outOfScope.push({ rel, name });
        continue;
      }
      if (record || options.requireEncrypted) {
        const what = startsWithParquetMagic(bytes) ? "a Parquet file in the clear (PAR1)" : notClear(name, bytes) === null ? "a JSON file in the clear" : "not an encrypted file";
        const why = entry ? " (the manifest records it as encrypted)" : record ? "" : " (published without --encrypt-with-env)";
        report.problems.push(
          isSmallCellFile(name)
            ? `${rel}: [clear-small-cells] an aggregate in the clear that holds cells of fewer than 5 subjects: a published site must show only its locked view in the clear${why}`
            : `${rel}: [clear-patient-data] ${what}: a published site must hold no patient-level rows in the clear${why}`,
        );
      }
      continue;
    }
    if (!record || !entry) {
      report.problems.push(`${rel}: [unrecorded-encryption] an encrypted file that the manifest does not record as encrypted`);
      continue;
    }
    report.encrypted.add(file);
    let header: ReturnType<typeof readEncryptedHeader>["header"];
    try {
      header = readEncryptedHeader(bytes, rel).header;
    } catch (error) {
      report.problems.push((error as Error).message);
      continue;
    }
    const frozenAs = frozenName(name);
    // A snapshot member's plaintext is data/<name>; a models/ file's is the manifest's SHA-256 (sealed).
    const expected = frozenAs === null ? entry.plaintextSha256 : await sha256File(path.join(folder, "data", frozenAs)).catch(() => null);
    const against = frozenAs === null ? "the manifest's plaintext SHA-256" : `data/${frozenAs}`;
    if (header.name !== name || header.name !== entry.name) report.problems.push(`${rel}: [encryption-mismatch] the header names ${header.name}, the manifest ${entry.name}`);
    if (header.kdf.salt !== record.kdf.salt || header.kdf.iterations !== record.kdf.iterations)
      report.problems.push(`${rel}: [encryption-mismatch] the header's KDF parameters differ from the manifest's`);
    if (header.sha256 !== entry.plaintextSha256)
      report.problems.push(`${rel}: [encryption-mismatch] the header's plaintext SHA-256 ${header.sha256} differs from the manifest's ${entry.plaintextSha256}`);
    if (frozenAs !== null && expected !== entry.plaintextSha256)
      report.problems.push(`${rel}: [encryption-mismatch] the manifest's plaintext SHA-256 ${entry.plaintextSha256} is not that of data/${frozenAs} (${expected ?? "missing"})`);
    if (options.passphrase === undefined) continue;
    if (key === null) key = await deriveFileKey(options.passphrase, record.kdf).catch((error: Error) => error);
    if (key instanceof Error) {
      report.problems.push(`${rel}: ${key.message}`);
      continue;
    }
    try {
      const plain = await decryptFile(bytes, key, { file: rel });
      const sha256 = await sha256Hex(plain.bytes);
      if (sha256 !== expected) report.problems.push(`${rel}: [decrypted-mismatch] decrypts to SHA-256 ${sha256}, ${against} is ${expected ?? "missing"}`);
      else decrypted++;
    } catch (error) {
      report.problems.push(error instanceof EncryptedFileError ? error.message : `${rel}: ${(error as Error).message}`);
    }
  }
  for (const missing of listed.keys()) report.problems.push(`${missing}: [encrypted-file-missing] the manifest records it as an encrypted file; it is not in the site`);
  if (record) {
    if (report.problems.length === before) {
      report.passed.push(
        `${record.files.length} site file(s) encrypted (AES-256-GCM, PBKDF2-SHA-256 × ${record.kdf.iterations.toLocaleString("en-US")}): the patient-level rows and the aggregates with cells of fewer than 5 subjects; none in the clear`,
      );
      if (options.passphrase !== undefined)
        report.passed.push(
          `${decrypted} encrypted file(s) decrypt with the study passphrase to the frozen data/ bytes or, in a sub-folder (models/, tables/), the manifest's plaintext SHA-256`,
        );
    }
    const rowsInClear = outOfScope.filter((f) => !isSmallCellFile(f.name)).map((f) => f.rel);
    const cellsInClear = outOfScope.filter((f) => isSmallCellFile(f.name)).map((f) => f.rel);
    if (rowsInClear.length > 0)
      report.notes.push(
        `published before the exclusion log and the models' rows were encrypted: ${rowsInClear.join(", ")} hold patient-level rows in the clear; do not host this site publicly (verify --require-encrypted fails it)`,
      );
    if (cellsInClear.length > 0)
      report.notes.push(
        `published before the aggregates with small cells were encrypted: ${cellsInClear.length} file(s) (${cellsInClear.join(", ")}) show cells of fewer than 5 subjects in the clear (verify --require-encrypted fails it)`,
      );
    if (options.passphrase === undefined)
      report.notes.push(`the ${record.files.length} encrypted file(s) were not decrypted (give the study passphrase: --decrypt-with-env <VAR>)`);
  } else if (files.length > 0 && !options.requireEncrypted) {
    report.notes.push(
      `the site holds ${files.length} patient-level file(s) in the clear (${files.map((f) => f.name).join(", ")}): published without --encrypt-with-env; do not host this site publicly`,
    );
  }
  return report;
}
