/**
 * Publishes one study-month into `<archive root>/<study>/<YYYY-MM>[-rN]/`:
 *   site/ data/ source/ pdf/ logs/ serve.mjs README.txt manifest.json manifest.json.sha256
 *
 * Refuses, before anything is written: a dirty working tree (unless `allowDirty`, recorded), a
 * study-month already archived (a correction is `revise: "<reason>"`, a new folder `-rN`), a
 * revision of a month never published, a broken hash chain, a data contract that fails (the
 * snapshot builder halts), a failed analysis gate (unless `override: "<reason>"`, recorded and
 * shown on the report's first page). Everything is written into a staging folder under the
 * archive root and renamed into place at the end: a failed publication leaves nothing behind.
 *
 * With a signing key (`--key`), the publication is signed "authored" by the key's owner: the
 * analyst is the key's printed name (a different --analyst is refused), and signatures.json with
 * that signature is written into the staging folder after the manifest (it covers the manifest's
 * SHA-256, so it cannot be inside it), and its ledger line follows the publication's.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { readMeta } from "../pipeline/artifact-store.ts";
import { artifactOf, buildArtifacts } from "../pipeline/run-pipeline.ts";
import { getStudy } from "../foundation/registry.ts";
import { primaryAnalysisSource } from "./analysis-source.ts";
import { gitState, writeSourceArchive } from "./git-state.ts";
import { hashTree, sha256File } from "./hash-tree.ts";
import { refreshArchiveIndex } from "./archive-listing.ts";
import { folderName, readLedger, studyEntries } from "./ledger.ts";
import { addYears, MANIFEST_FILE, UNLISTED_FILES } from "./manifest.ts";
import { renderReportPdfs } from "./pdf.ts";
import { archiveReadme } from "./readme-text.ts";
import { checkPassphrase, encryptSiteData } from "./encryption/site-encryption.ts";
import { sealPublication } from "./seal-publication.ts";
import { writeServeBundle } from "./serve-bundle.ts";
import { sameName } from "./signatures/approval.ts";
import type { SigningKey } from "./signatures/key-pair.ts";
import { buildStudyMonthSite } from "./site-build.ts";
import { siteSnapshotMismatches } from "./site-data.ts";
import type { AnalysisSource, ChainLink, Manifest, PublicationRecord } from "./types.ts";
import { recordedVersions } from "./versions.ts";

export const RETENTION_YEARS = 15;

export interface PublishOptions {
  study: string;
  month: string;
  /** The analyst's printed name; with `signingKey`, optional and, if given, the key's name. */
  analyst?: string;
  /** Sign the publication "authored" with this (opened) key; its name becomes the analyst. */
  signingKey?: SigningKey;
  archiveRoot: string;
  projectRoot: string;
  /** Publish despite failed analysis gates; the reason is recorded and shown. */
  override?: string;
  /** Publish a corrected report of an archived month as a new revision, for this reason. */
  revise?: string;
  /** Publish from a working tree with uncommitted changes (recorded in the manifest). */
  allowDirty?: boolean;
  /** The study passphrase: encrypt the site's patient-level files (`--encrypt-with-env <VAR>`; recorded in the manifest). */
  encryptionPassphrase?: string;
  analysis?: AnalysisSource;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface Published {
  folder: string;
  manifestSha256: string;
  manifest: Manifest;
}

/** A publication that the rules forbid (as opposed to one that broke): the CLI exits 2. */
export class PublishRefused extends Error {
  override name = "PublishRefused";
}

const run = promisify(execFile);

export async function publish(options: PublishOptions): Promise<Published> {
  const { study: studyId, month, archiveRoot, projectRoot } = options;
  const log = options.log ?? (() => {});
  const now = options.now ?? (() => new Date());
  const analysis = options.analysis ?? primaryAnalysisSource;
  const startedAt = now().toISOString();
  const key = options.signingKey;
  const given = (options.analyst ?? "").trim();
  if (key && given !== "" && !sameName(given, key.record.name)) {
    throw new PublishRefused(
      `publish: --analyst "${given}" is not the printed name of the signing key ${key.record.keyId.slice(0, 16)}… ("${key.record.name}"); a signed publication's author is the key's owner: drop --analyst, or sign with your own key`,
    );
  }
  const analyst = key ? key.record.name : given;
  if (analyst === "") throw new PublishRefused("publish: --analyst <name> is required (every publication is attributable)");
  if (options.encryptionPassphrase !== undefined) {
    try {
      checkPassphrase(options.encryptionPassphrase, "publish --encrypt-with-env");
    } catch (error) {
      throw new PublishRefused((error as Error).message);
    }
  }
  const study = getStudy(studyId);
  if (!study.dataCuts.includes(month)) throw new PublishRefused(`publish: ${studyId} has no data cut ${month} (cuts: ${study.dataCuts.join(", ")})`);
  for (const [flag, value] of [
    ["--override", options.override],
    ["--revise", options.revise],
  ] as const) {
    if (value !== undefined && value.trim() === "") throw new PublishRefused(`publish: ${flag} needs a non-empty reason`);
  }

  const git = await gitState(projectRoot);
  if (git.dirtyFiles.length > 0 && !options.allowDirty) {
    throw new PublishRefused(`publish: the working tree has uncommitted changes; commit them, or pass --allow-dirty (recorded in the manifest):\n  ${git.dirtyFiles.join("\n  ")}`);
  }

  await mkdir(archiveRoot, { recursive: true });
  const ledger = await readLedger(archiveRoot);
  const history = studyEntries(ledger, studyId);
  const ofMonth = history.filter((e) => e.month === month);
  if (ofMonth.length > 0 && options.revise === undefined) {
    throw new PublishRefused(
      `publish: ${studyId} ${month} is already archived (${ofMonth.map((e) => e.folder).join(", ")}); archives are never overwritten: publish a corrected report with --revise "<reason>"`,
    );
  }
  if (ofMonth.length === 0 && options.revise !== undefined)
    throw new PublishRefused(`publish: --revise: ${studyId} ${month} has never been published, so there is nothing to revise`);
  const revision = ofMonth.length === 0 ? 0 : Math.max(...ofMonth.map((e) => e.revision)) + 1;
  const folder = folderName(month, revision);
  const target = path.join(archiveRoot, studyId, folder);
  if ((await readdir(path.join(archiveRoot, studyId)).catch(() => [] as string[])).includes(folder)) {
    throw new PublishRefused(`publish: ${target} already exists but is not in the ledger; refusing to overwrite it`);
  }

  const last = history[history.length - 1];
  let previous: ChainLink | null = null;
  if (last) {
    const actual = await sha256File(path.join(archiveRoot, ...last.folder.split("/"), MANIFEST_FILE)).catch(() => "missing");
    if (actual !== last.manifestSha256) {
      throw new PublishRefused(
        `publish: hash chain broken: ${last.folder}/${MANIFEST_FILE} has SHA-256 ${actual}, the ledger recorded ${last.manifestSha256}; run npm run verify on it`,
      );
    }
    previous = { folder: last.folder, manifestSha256: last.manifestSha256 };
  }

  const staging = await mkdtemp(path.join(archiveRoot, `.staging-${studyId}-${folder}-`));
  const scratch = await mkdtemp(path.join(tmpdir(), "publish-"));
  try {
    for (const dir of ["data", "source", "pdf", "logs"]) await mkdir(path.join(staging, dir));
    log(`publish: snapshot and primary analysis of ${studyId} ${month} (the build's data steps)`);
    // Only this study-month's snapshot and analysis are needed before the gates; the site build
    // below runs (or finds in the store) everything else.
    const { plan } = await buildArtifacts([{ study: studyId, month }]).catch((error: Error) => {
      throw new PublishRefused(
        `publish: the snapshot of ${studyId} ${month} halted (a data contract or an input file failed), so there is no data to publish and no override for it:\n  ${error.message}`,
      );
    });
    for (const step of ["snapshot", "analysis", "survival"] as const) {
      const dir = artifactOf(plan, step, studyId, month);
      // The month folder's own files; sub-folders (locked/: the locked views) are the site's, covered by the manifest's hashes.
      for (const f of (await readMeta(dir)).files) if (!f.name.includes("/")) await copyFile(path.join(dir, f.name), path.join(staging, "data", f.name));
    }
    const snapshotRecord = JSON.parse(await readFile(path.join(staging, "data", "snapshot.json"), "utf-8")) as { members: Array<{ name: string; sha256: string }> };

    log(`publish: analysis ${analysis.id}`);
    const outcome = await analysis.analyse(path.join(staging, "data"), study, month);
    const failed = outcome.gates.filter((g) => !g.passed);
    if (failed.length > 0 && options.override === undefined) {
      throw new PublishRefused(
        `publish: ${failed.length} analysis gate(s) failed for ${studyId} ${month}; fix the analysis, or publish with --override "<reason>" (recorded and shown on the report):\n  ${failed.map((g) => `${g.id}: ${g.message}`).join("\n  ")}`,
      );
    }

    const record: PublicationRecord = {
      study: studyId,
      month,
      revision,
      revisionReason: options.revise ?? null,
      folder,
      analyst,
      publishedAt: startedAt,
      retentionUntil: addYears(startedAt, RETENTION_YEARS),
      commit: git.commit,
      dirtyTree: git.dirtyFiles.length > 0,
      override: options.override === undefined ? null : { reason: options.override, analyst, failedGates: failed.map((g) => g.id) },
      gates: outcome.gates,
      headline: outcome.headline,
      estimand: outcome.estimand,
      analysisId: analysis.id,
      snapshot: snapshotRecord.members.map((m) => ({ name: m.name, sha256: m.sha256 })),
      signingKey: key ? { name: key.record.name, keyId: key.record.keyId } : null,
    };
    const publicationFile = path.join(scratch, "publication.json");
    await writeFile(publicationFile, `${JSON.stringify(record, null, 2)}\n`);

    log(`publish: building the site (TRIAL_ONLY=${studyId}@${month})`);
    const siteDir = path.join(staging, "site");
    await buildStudyMonthSite({
      projectRoot,
      study: studyId,
      month,
      outputDir: siteDir,
      publicationFile,
      logFile: path.join(staging, "logs", "build.log"),
      encryptedPatientData: options.encryptionPassphrase !== undefined,
    });
    const mismatches = await siteSnapshotMismatches(siteDir, path.join(staging, "data"), studyId, month);
    if (mismatches.length > 0) throw new Error(`publish: the built site does not carry the frozen snapshot:\n  ${mismatches.join("\n  ")}`);

    // Before the PDFs and the manifest: the pages of an encrypted site are built locked, so the
    // printer unlocks each one with the passphrase as a reader would (and so checks every page
    // decrypts what it needs); the PDFs show the unlocked report.
    const encryption =
      options.encryptionPassphrase === undefined ? undefined : await encryptSiteData({ folder: staging, study: studyId, month, passphrase: options.encryptionPassphrase });
    if (encryption) log(`publish: encrypted ${encryption.files.map((f) => f.name).join(", ")} in the site (PBKDF2-SHA-256 × ${encryption.kdf.iterations}, AES-256-GCM)`);
    log("publish: printing the report pages to PDF");
    const { files: pdfs, agreement: browserAgreement } = await renderReportPdfs({
      siteDir,
      study: studyId,
      month,
      outDir: path.join(staging, "pdf"),
      ...(options.encryptionPassphrase === undefined ? {} : { passphrase: options.encryptionPassphrase }),
    });
    log("publish: source archive, server, README");
    await writeSourceArchive(projectRoot, git.commit, path.join(staging, "source"));
    if (record.dirtyTree) {
      const { stdout } = await run("git", ["diff", "HEAD", "--binary"], { cwd: projectRoot, maxBuffer: 256 * 1024 * 1024 });
      await writeFile(path.join(staging, "source", "uncommitted.diff"), stdout);
    }
    await writeServeBundle(projectRoot, path.join(staging, "serve.mjs"));
    await writeFile(
      path.join(staging, "README.txt"),
      archiveReadme(
        record,
        pdfs.map((f) => path.basename(f)),
        encryption,
      ),
    );

    const manifest: Manifest = {
      format: "trial-archive-manifest/1",
      publication: record,
      sequence: history.length + 1,
      previous,
      startedAt,
      finishedAt: now().toISOString(),
      git: { commit: git.commit, dirtyTree: record.dirtyTree, allowDirty: options.allowDirty === true, dirtyFiles: git.dirtyFiles },
      versions: await recordedVersions(projectRoot),
      study,
      analysis: { id: analysis.id, estimand: outcome.estimand, parameters: outcome.parameters },
      gates: outcome.gates,
      headline: outcome.headline,
      files: await hashTree(staging, UNLISTED_FILES),
      ...(encryption ? { encryption } : {}),
      browserAgreement,
    };
    const { manifestSha256, authored } = await sealPublication({ staging, archiveRoot, manifest, signingKey: key, now });
    await refreshArchiveIndex(archiveRoot, now().toISOString());
    log(
      `publish: ${target} (manifest SHA-256 ${manifestSha256})${authored ? `, signed "authored" by ${authored.signer} (key ${authored.keyId.slice(0, 16)}…): a draft until someone else signs it "approved"` : ""}`,
    );
    return { folder: target, manifestSha256, manifest };
  } catch (error) {
    // Keep the build log of a failed publication beside (not inside) the archive, then remove the staging folder.
    const failedLog = path.join(archiveRoot, `.failed-${studyId}-${folder}-${startedAt.replace(/[:.]/g, "")}.log`);
    const kept = await rename(path.join(staging, "logs", "build.log"), failedLog).then(
      () => true,
      () => false,
    );
    await rm(staging, { recursive: true, force: true });
    if (kept && error instanceof Error) error.message += `\n(build log kept in ${failedLog})`;
    throw error;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
