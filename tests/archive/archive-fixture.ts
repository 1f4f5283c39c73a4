/**
 * Helpers for the archive tests: a temporary archive root, the project root, flipping one byte of
 * a file (and restoring it), rewriting a manifest with its seal and ledger line (a forgery that
 * only the re-computation can catch), and a publication folder made without a site build.
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { hashTree, sha256File } from "../../src/archive/hash-tree.ts";
import { folderName, LEDGER_FILE, readLedger, studyEntries } from "../../src/archive/ledger.ts";
import { manifestBytes, MANIFEST_FILE, SEAL_FILE, UNLISTED_FILES } from "../../src/archive/manifest.ts";
import { encryptSiteData } from "../../src/archive/encryption/site-encryption.ts";
import { sealPublication } from "../../src/archive/seal-publication.ts";
import type { SigningKey } from "../../src/archive/signatures/key-pair.ts";
import type { SignatureRecord } from "../../src/archive/signatures/signature-record.ts";
import type { Manifest } from "../../src/archive/types.ts";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const tempArchiveRoot = (label: string): Promise<string> => mkdtemp(path.join(tmpdir(), `archive-${label}-`));

/** Flips the bits of the byte at `offset` (from the end when negative); returns a restore function. */
export async function flipByte(file: string, offset = -1): Promise<() => Promise<void>> {
  const original = await readFile(file);
  const changed = Buffer.from(original);
  const at = offset < 0 ? changed.length + offset : offset;
  changed[at] = (changed[at] as number) ^ 0xff;
  await writeFile(file, changed);
  return () => writeFile(file, original);
}

/** Rewrites manifest.json, its seal and its ledger line consistently; returns a restore function. */
export async function forgeManifest(root: string, folder: string, change: (m: Manifest) => void): Promise<() => Promise<void>> {
  const file = path.join(folder, MANIFEST_FILE);
  const originals = await Promise.all([file, path.join(folder, SEAL_FILE), path.join(root, LEDGER_FILE)].map(async (f) => [f, await readFile(f)] as const));
  const oldHash = await sha256File(file);
  const manifest = JSON.parse(await readFile(file, "utf-8")) as Manifest;
  change(manifest);
  await writeFile(file, manifestBytes(manifest));
  const newHash = await sha256File(file);
  await writeFile(path.join(folder, SEAL_FILE), `${newHash}  ${MANIFEST_FILE}\n`);
  const ledger = await readFile(path.join(root, LEDGER_FILE), "utf-8");
  await writeFile(path.join(root, LEDGER_FILE), ledger.replace(oldHash, newHash));
  return async () => {
    for (const [f, bytes] of originals) await writeFile(f, bytes);
  };
}

/**
 * A publication folder made without a site build: data/subjects.parquet (a few bytes), its
 * snapshot.json, the site's copy of it, and a manifest listing them, sealed, placed and entered in
 * the ledger by `sealPublication`, the last step of `publish` (chained after the study's previous
 * fixture publication; signed "authored" at `signedAt` when given a key). With `encryptWith` (a
 * study passphrase), the patient-level files are made (three small Parquet-looking files, PAR1;
 * exclusions.json; and, in the site only, models/dropout.json with a test row) and their site
 * copies encrypted as publish --encrypt-with-env does, recorded in the manifest. `verifyArchive(folder,
 * {recompute: false})` passes on it; the analysis re-run does not apply (there is no analysis).
 */
export async function fixturePublication(
  root: string,
  options: { study?: string; month?: string; revision?: number; analyst?: string; publishedAt?: string; signingKey?: SigningKey; signedAt?: string; encryptWith?: string } = {},
): Promise<{ folder: string; manifestSha256: string; manifest: Manifest; authored: SignatureRecord | null }> {
  const study = options.study ?? "SYN-CONF-C";
  const month = options.month ?? "2026-01";
  const revision = options.revision ?? 0;
  const name = folderName(month, revision);
  const publishedAt = options.publishedAt ?? "2026-02-01T09:00:00.000Z";
  await mkdir(root, { recursive: true });
  const staging = await mkdtemp(path.join(root, `.staging-${study}-`));
  const members =
    options.encryptWith === undefined
      ? [{ name: "subjects.parquet", site: "subjects.0123abcd.parquet", bytes: Buffer.from(`fixture ${study} ${month} r${revision}\n`) }]
      : [
          ...(["subjects", "visits", "adverse_events"] as const).map((base, i) => ({
            name: `${base}.parquet`,
            site: `${base}.${"0123abcd4567cdef89abef01".slice(8 * i, 8 * i + 8)}.parquet`,
            bytes: Buffer.from(`PAR1 fixture ${base} ${study} ${month} r${revision} PAR1`),
          })),
          {
            name: "exclusions.json",
            site: "exclusions.13579bdf.json",
            bytes: Buffer.from(`${JSON.stringify({ study, month, excluded: [{ file: "dm.xpt", row: 7, subject: "01-701-1015", rule: "screen-failure" }] })}\n`),
          },
          // An aggregate with a small cell (3 subjects discontinued for an adverse event).
          {
            name: "consort.json",
            site: "consort.2468ace1.json",
            bytes: Buffer.from(
              `${JSON.stringify({ study, month, screened: 40, enrolled: 36, arms: [{ code: "A", discontinuedReasons: [{ reason: "adverse event", n: 3 }] }] })}\n`,
            ),
          },
        ];
  await mkdir(path.join(staging, "data"), { recursive: true });
  await mkdir(path.join(staging, "site", "_file", "data", "built", study, month, "models"), { recursive: true });
  for (const m of members) {
    await writeFile(path.join(staging, "data", m.name), m.bytes);
    await writeFile(path.join(staging, "site", "_file", "data", "built", study, month, m.site), m.bytes);
  }
  // A model artifact with test rows (not a snapshot member: the site holds it, data/ does not);
  // a trial table's JSON and CSV (small cells) and the CONSORT log's locked view (stays in the clear).
  if (options.encryptWith !== undefined) {
    const monthDir = path.join(staging, "site", "_file", "data", "built", study, month);
    await writeFile(
      path.join(monthDir, "models", "dropout.2468ace0.json"),
      `${JSON.stringify({ task: "dropout", test: { columns: ["subject_id", "p_mlp"], rows: [["01-701-1023", 0.31]] } })}\n`,
    );
    for (const sub of ["tables", "locked"]) await mkdir(path.join(monthDir, sub), { recursive: true });
    await writeFile(path.join(monthDir, "tables", "trial-tables.1357acef.json"), `${JSON.stringify({ study, month, tables: [{ id: "14-3.01", cells: ["2 (2.4%)"] }] })}\n`);
    await writeFile(path.join(monthDir, "tables", "14-3.01.0246bdf1.csv"), `row,Placebo\r\nadverse event,2 (2.4%)\r\n`);
    await writeFile(
      path.join(monthDir, "locked", "consort.0a1b2c3d.json"),
      `${JSON.stringify({ study, month, arms: [{ code: "A", discontinuedReasons: [{ reason: "adverse event", n: "<5" }] }], locked: { threshold: 5, suppressed: 1 } })}\n`,
    );
  }
  const snapshot = { members: members.map((m) => ({ name: m.name, sha256: createHash("sha256").update(m.bytes).digest("hex") })) };
  await writeFile(path.join(staging, "data", "snapshot.json"), `${JSON.stringify(snapshot)}\n`);
  const encryption = options.encryptWith === undefined ? undefined : await encryptSiteData({ folder: staging, study, month, passphrase: options.encryptWith });
  const history = studyEntries(await readLedger(root), study);
  const last = history[history.length - 1];
  const key = options.signingKey;
  const analyst = key ? key.record.name : (options.analyst ?? "Dana Statistician");
  const manifest = {
    format: "trial-archive-manifest/1",
    publication: {
      study,
      month,
      revision,
      revisionReason: revision > 0 ? "fixture revision" : null,
      folder: name,
      analyst,
      publishedAt,
      override: null,
      gates: [],
      headline: [],
      signingKey: key ? { name: key.record.name, keyId: key.record.keyId } : null,
    },
    sequence: history.length + 1,
    previous: last ? { folder: last.folder, manifestSha256: last.manifestSha256 } : null,
    startedAt: publishedAt,
    finishedAt: publishedAt,
    gates: [],
    headline: [],
    files: await hashTree(staging, UNLISTED_FILES),
    ...(encryption ? { encryption } : {}),
  } as unknown as Manifest;
  const signedAt = new Date(options.signedAt ?? publishedAt);
  const sealed = await sealPublication({ staging, archiveRoot: root, manifest, signingKey: key, now: () => signedAt });
  return { folder: sealed.folder, manifestSha256: sealed.manifestSha256, manifest, authored: sealed.authored };
}
