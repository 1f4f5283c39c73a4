/** README.txt of an archive folder: what the folder holds and the reviewer's steps, in plain text. */
import type { PublicationRecord, SiteEncryption } from "./types.ts";

/** The README's paragraph on the site's encrypted patient-level files (empty when none are). */
export function encryptionReadme(e: SiteEncryption | undefined): string {
  if (!e) return "";
  return `
PATIENT-LEVEL DATA IN site/ ARE ENCRYPTED
  ${e.files.map((f) => f.path).join("\n  ")}
  are ${e.cipher} encryptions of ${e.files.map((f) => (f.name.includes("/") ? f.name : `data/${f.name}`)).join(", ")} (trial-encrypted-file
  version 1: a JSON header, then ciphertext and tag), with a key derived from the study passphrase by
  ${e.kdf.name}, ${e.kdf.iterations} iterations, salt ${e.kdf.salt}. The passphrase is escrowed in the
  sponsor's quality system, never in this folder. data/ itself is in the clear: never host it.
  npm run verify -- <this folder> --decrypt-with-env <VAR> decrypts each with the passphrase held in
  the environment variable VAR and compares it with data/ (the models' files, which data/ does not
  hold, with the plaintext SHA-256 in manifest.json).
`;
}

export function archiveReadme(p: PublicationRecord, pdfs: string[], encryption?: SiteEncryption): string {
  const failed = p.gates.filter((g) => !g.passed);
  return `Archived report: ${p.study}, data cut ${p.month}${p.revision > 0 ? `, revision ${p.revision}` : ""}
Published ${p.publishedAt} (UTC) by ${p.analyst} from git commit ${p.commit}${p.dirtyTree ? " WITH UNCOMMITTED CHANGES (allowed and recorded)" : ""}.
Retain until ${p.retentionUntil}.
${p.signingKey ? `Electronically signed "authored" by ${p.signingKey.name} (key ${p.signingKey.keyId}); a DRAFT until someone else signs it "approved" (signatures.json).` : "Not electronically signed at publication."}
${p.revisionReason ? `Revision reason: ${p.revisionReason}\n` : ""}${p.override ? `OVERRIDE by ${p.override.analyst}: ${p.override.reason}\nFailed gates: ${failed.map((g) => g.id).join(", ")}\n` : `All ${p.gates.length} analysis gates passed.\n`}
WHAT IS HERE
  site/                 the report site as published (static HTML, JavaScript, WebAssembly, data)
  data/                 the frozen snapshot: Parquet tables, consort.json, truth.json, snapshot.json;
                        exclusions.json, every source record not in it (file, row, subject, rule);
                        and analysis.json, the primary analysis computed from it
  source/               source.tar.gz (git archive of the commit) and package-lock.json
  pdf/                  the report pages printed by headless Chromium: ${pdfs.join(", ")}
  logs/build.log        the site build's output
  serve.mjs             a dependency-free static server for site/
  manifest.json         SHA-256 of every file above, versions, parameters, gates, headline numbers,
                        and the SHA-256 of this study's previous manifest (hash chain)
  manifest.json.sha256  the manifest's own SHA-256 (also in ledger.jsonl at the archive root)
  signatures.json       electronic signatures (authored, reviewed, approved), each over the
                        manifest's SHA-256; added after publication, so not in the manifest

OPEN THE REPORT OFFLINE (Node.js 18 or later; nothing is fetched from the network)
  node serve.mjs                 then open http://127.0.0.1:3000/study/${p.study}/${p.month}/
  node serve.mjs --port 8080     on another port

VERIFY EVERY NUMBER
  1. sha256sum -c manifest.json.sha256      (the manifest is the one the ledger recorded)
  2. mkdir src && tar -xzf source/source.tar.gz -C src && cd src/source && npm install
  3. npm run verify -- <path to this folder>
     re-hashes every file, follows the hash chain back to the study's first published month,
     re-runs the analysis (${p.analysisId}) on data/ and compares every headline number exactly.
     Exit status 0 and "VERIFIED" means every number in this report comes from data/ and source/.
  4. npm run verify -- <path to this folder> --trusted-keys <your trusted-keys file> [--require-approved]
     checks every signature against the public keys your quality system trusts and prints
     "draft" or "approved by ..."; without --trusted-keys the signatures are NOT checked.
${encryptionReadme(encryption)}`;
}
