/**
 * Verifies an archive folder (`<root>/<study>/<YYYY-MM>[-rN]`) and reports every problem found,
 * each naming the file:
 *   1. manifest.json matches its seal (`manifest.json.sha256`) and the root's ledger line;
 *   2. every file listed in the manifest exists with the recorded SHA-256, and no unlisted file is
 *      present;
 *   3. the hash chain: each `previous` manifest exists with the recorded SHA-256, back to the
 *      study's first publication (sequence 1, no previous);
 *   4. the site carries the frozen snapshot (data/ and the site's copies agree with snapshot.json);
 *   5. the analysis re-run on data/ reproduces every headline number and gate exactly;
 *   4b. the site's patient-level files: encrypted as the manifest records (none in the clear), and,
 *      given the study passphrase, decrypting to data/ (encryption/site-encryption.ts);
 *   6. the signatures in signatures.json (signatures/verify-signatures.ts): against a trusted-keys
 *      file when one is given, else reported as not checked; and the status, draft or approved.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { primaryAnalysisSource } from "./analysis-source.ts";
import { hashTree, sha256File } from "./hash-tree.ts";
import { readLedgerLines, type LedgerEntry } from "./ledger.ts";
import { MANIFEST_FILE, readManifest, readSeal, UNLISTED_FILES } from "./manifest.ts";
import { checkSiteEncryption } from "./encryption/site-encryption.ts";
import { siteSnapshotMismatches } from "./site-data.ts";
import { readSignatureEntries } from "./signatures/signatures-file.ts";
import type { TrustedKeys } from "./signatures/trusted-keys.ts";
import { checkSignatures, type SignatureReport } from "./signatures/verify-signatures.ts";
import type { AnalysisSource, Manifest } from "./types.ts";

export interface VerifyReport {
  folder: string;
  ok: boolean;
  /** What was checked and held. */
  passed: string[];
  /** What failed, each naming the file (empty when ok). */
  problems: string[];
  /** What the reviewer should know but is not a failure (e.g. signatures not checked). */
  notes: string[];
  /** The signatures and the draft/approved status (null when the manifest could not be read). */
  signatures: SignatureReport | null;
}

export interface VerifyOptions {
  analysis?: AnalysisSource;
  /** Re-run the analysis (default true); the listing of `archive:serve` checks hashes only. */
  recompute?: boolean;
  /** Check every signature against these keys; without them signatures are reported as not checked. */
  trustedKeys?: TrustedKeys;
  /** A draft (no approval by someone other than the author) is a failure. */
  requireApproved?: boolean;
  /** The study passphrase: decrypt the site's encrypted patient-level files and compare them with data/. */
  passphrase?: string;
  /** A site holding patient-level files in the clear fails (publications made without encryption). */
  requireEncrypted?: boolean;
}

function compareFiles(manifest: Manifest, actual: Awaited<ReturnType<typeof hashTree>>, problems: string[]): number {
  const found = new Map(actual.map((f) => [f.path, f]));
  let good = 0;
  for (const listed of manifest.files) {
    const file = found.get(listed.path);
    if (!file) problems.push(`${listed.path}: missing (the manifest lists it with SHA-256 ${listed.sha256})`);
    else if (file.sha256 !== listed.sha256) problems.push(`${listed.path}: changed: SHA-256 is ${file.sha256}, the manifest records ${listed.sha256}`);
    else good++;
    found.delete(listed.path);
  }
  for (const extra of found.keys()) problems.push(`${extra}: not listed in the manifest (added after publication)`);
  return good;
}

async function checkChain(root: string, manifest: Manifest, problems: string[]): Promise<number> {
  let current = manifest;
  let links = 0;
  const seen = new Set<string>();
  while (current.previous) {
    const link = current.previous;
    const file = path.join(root, ...link.folder.split("/"), MANIFEST_FILE);
    const where = `${link.folder}/${MANIFEST_FILE}`;
    const actual = seen.has(link.folder) ? "loop" : await sha256File(file).catch(() => null);
    seen.add(link.folder);
    const previous = actual === link.manifestSha256 ? await readManifest(path.dirname(file)).catch((error: Error) => error) : null;
    if (actual === "loop") problems.push(`hash chain: loops back to ${where}`);
    else if (actual === null) problems.push(`hash chain: ${where} is missing (${file})`);
    else if (actual !== link.manifestSha256) problems.push(`hash chain: ${where} changed: SHA-256 is ${actual}, the next publication recorded ${link.manifestSha256}`);
    else if (previous instanceof Error) problems.push(`hash chain: ${previous.message}`);
    if (previous === null || previous instanceof Error) return links;
    if (previous.publication.study !== current.publication.study)
      problems.push(`hash chain: ${where} belongs to study ${previous.publication.study}, not ${current.publication.study}`);
    if (previous.sequence !== current.sequence - 1) problems.push(`hash chain: ${where} has sequence ${previous.sequence}, expected ${current.sequence - 1}`);
    links++;
    current = previous;
  }
  if (current.sequence !== 1)
    problems.push(
      `hash chain: ${current.publication.study} ${current.publication.folder} has no previous manifest but sequence ${current.sequence} (expected 1: the chain is cut)`,
    );
  return links;
}

async function checkAnalysis(folder: string, manifest: Manifest, analysis: AnalysisSource, problems: string[]): Promise<boolean> {
  if (analysis.id !== manifest.analysis.id) {
    problems.push(
      `${MANIFEST_FILE}: published with analysis ${manifest.analysis.id}, this checkout has ${analysis.id}; run verify from the archived source (source/source.tar.gz)`,
    );
    return false;
  }
  const outcome = await analysis.analyse(path.join(folder, "data"), manifest.study, manifest.publication.month);
  let ok = true;
  const n = Math.max(outcome.headline.length, manifest.headline.length);
  for (let i = 0; i < n; i++) {
    const recorded = manifest.headline[i];
    const again = outcome.headline[i];
    if (JSON.stringify(recorded) !== JSON.stringify(again)) {
      problems.push(`${MANIFEST_FILE}: headline ${recorded?.label ?? again?.label}: recorded ${JSON.stringify(recorded)}, re-computed from data/ ${JSON.stringify(again)}`);
      ok = false;
    }
  }
  if (JSON.stringify(outcome.gates) !== JSON.stringify(manifest.gates)) {
    problems.push(
      `${MANIFEST_FILE}: gates recorded ${JSON.stringify(manifest.gates.map((g) => [g.id, g.passed, g.value]))}, re-computed ${JSON.stringify(outcome.gates.map((g) => [g.id, g.passed, g.value]))}`,
    );
    ok = false;
  }
  if (JSON.stringify(outcome.headline) !== JSON.stringify(manifest.publication.headline)) {
    problems.push(`${MANIFEST_FILE}: publication.headline (shown on the report) differs from the re-computed headline`);
    ok = false;
  }
  return ok;
}

export async function verifyArchive(folderArg: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const folder = path.resolve(folderArg);
  const root = path.dirname(path.dirname(folder));
  const passed: string[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  let signatures: SignatureReport | null = null;
  const report = (): VerifyReport => ({ folder, ok: problems.length === 0, passed, problems, notes, signatures });

  // The seals first: a manifest that no longer parses is still reported as changed.
  const manifestSha256 = await sha256File(path.join(folder, MANIFEST_FILE)).catch(() => null);
  const seal = await readSeal(folder);
  const rel = `${path.basename(path.dirname(folder))}/${path.basename(folder)}`;
  const ledger = await readLedgerLines(root).catch((error: Error) => {
    problems.push(error.message);
    return [];
  });
  const entry = ledger.find((e): e is LedgerEntry => e.kind !== "signature" && e.folder === rel);
  if (manifestSha256 !== null) {
    if (seal === null) problems.push(`manifest.json.sha256: missing or malformed (expected "<sha256>  manifest.json")`);
    else if (seal !== manifestSha256) problems.push(`${MANIFEST_FILE}: changed: SHA-256 is ${manifestSha256}, its seal manifest.json.sha256 records ${seal}`);
    if (!entry) problems.push(`ledger.jsonl: ${path.join(root, "ledger.jsonl")} has no line for ${rel}`);
    else if (entry.manifestSha256 !== manifestSha256) problems.push(`${MANIFEST_FILE}: changed: SHA-256 is ${manifestSha256}, the ledger records ${entry.manifestSha256}`);
    if (problems.length === 0) passed.push(`manifest.json SHA-256 ${manifestSha256} matches its seal and the ledger`);
  }
  let manifest: Manifest;
  try {
    manifest = await readManifest(folder);
  } catch (error) {
    problems.push((error as Error).message);
    return report();
  }

  const before = problems.length;
  const good = compareFiles(manifest, await hashTree(folder, UNLISTED_FILES), problems);
  if (problems.length === before) passed.push(`${good} files match their SHA-256 in the manifest; no file added`);

  const chainBefore = problems.length;
  const links = await checkChain(root, manifest, problems);
  if (problems.length === chainBefore) passed.push(`hash chain intact: ${links} earlier publication(s) back to the study's first (sequence ${manifest.sequence})`);

  const snapshot = JSON.parse(await readFile(path.join(folder, "data", "snapshot.json"), "utf-8").catch(() => '{"members":[]}')) as {
    members: Array<{ name: string; sha256: string }>;
  };
  const dataBefore = problems.length;
  for (const member of snapshot.members) {
    const actual = await sha256File(path.join(folder, "data", member.name)).catch(() => "missing");
    if (actual !== member.sha256) problems.push(`data/${member.name}: SHA-256 ${actual}, data/snapshot.json records ${member.sha256}`);
  }
  const encryption = await checkSiteEncryption(folder, manifest, { passphrase: options.passphrase, requireEncrypted: options.requireEncrypted });
  problems.push(
    ...(await siteSnapshotMismatches(path.join(folder, "site"), path.join(folder, "data"), manifest.publication.study, manifest.publication.month, encryption.encrypted)),
  );
  if (problems.length === dataBefore)
    passed.push(
      `data/ matches snapshot.json (${snapshot.members.length} members) and the site carries the same bytes${encryption.encrypted.size > 0 ? ` (${encryption.encrypted.size} encrypted: checked below)` : ""}`,
    );
  problems.push(...encryption.problems);
  passed.push(...encryption.passed);
  notes.push(...encryption.notes);

  if (options.recompute !== false) {
    const analysis = options.analysis ?? primaryAnalysisSource;
    const reproduced = await checkAnalysis(folder, manifest, analysis, problems).catch((error: Error) => {
      problems.push(`data/: the analysis ${analysis.id} failed on the archived data: ${error.message}`);
      return false;
    });
    if (reproduced) passed.push(`${manifest.headline.length} headline number(s) and ${manifest.gates.length} gate(s) reproduced exactly by ${analysis.id} on data/`);
  }
  if (manifestSha256 !== null) {
    try {
      const entries = await readSignatureEntries(folder);
      signatures = checkSignatures({ rel, manifest, manifestSha256, entries, ledger, trustedKeys: options.trustedKeys, requireApproved: options.requireApproved });
      problems.push(...signatures.problems);
      notes.push(...signatures.notes);
      if (signatures.problems.length === 0 && signatures.checked && signatures.valid.length > 0)
        passed.push(`${signatures.valid.length} signature(s) verified against the trusted keys`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return report();
}
