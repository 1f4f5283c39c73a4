/**
 * Checks the signatures of one publication folder. Each signature in signatures.json must:
 *   - be a well-formed record                                          [malformed-signature]
 *   - cover the current manifest: its manifestSha256 equals the SHA-256 of manifest.json now;
 *     otherwise it was copied from another publication (that hash is another folder's in the
 *     ledger)                                                          [copied-signature]
 *     or the manifest was edited (and re-sealed) after signing         [manifest-changed]
 *   - not predate the publication                                      [signed-before-publication]
 *   - be by a key in the trusted-keys file                             [untrusted-key]
 *     under the name the file gives that key                           [signer-name-mismatch]
 *   - be a valid Ed25519 signature over the bytes rebuilt from this folder's study, month and
 *     folder and the record's fields                                   [forged-signature]
 *   - have its copy in the ledger                                      [not-in-ledger]
 * and every signature the ledger holds for the folder must still be in the file [signature-removed];
 * a signed folder must be where its manifest says it is [moved-publication].
 * The author signature must be by the manifest's analyst [author-not-analyst], once [multiple-authors].
 * Without trusted keys, the key and Ed25519 checks cannot be made: the report says so (a note,
 * `checked: false`) and the status is computed from the unverified records.
 * Status (approval.ts): draft until someone other than the author signs "approved"; an approval
 * by the author alone is a note [author-approval], an error with `requireApproved` [not-approved].
 */
import type { LedgerLine, SignatureLedgerEntry } from "../ledger.ts";
import type { Manifest } from "../types.ts";
import { approvalOf, approvalText, sameName, type Approval } from "./approval.ts";
import { publicKeyObject } from "./public-key.ts";
import { malformedReason, signatureHolds, type SignatureRecord } from "./signature-record.ts";
import { SIGNATURES_FILE } from "./signatures-file.ts";
import type { TrustedKeys } from "./trusted-keys.ts";

export interface SignatureCheckInput {
  /** Folder relative to the archive root: `SYN-CONF-C/2026-02`. */
  rel: string;
  manifest: Manifest;
  /** SHA-256 of manifest.json as it is now. */
  manifestSha256: string;
  /** The raw entries of signatures.json. */
  entries: readonly unknown[];
  ledger: readonly LedgerLine[];
  trustedKeys?: TrustedKeys;
  requireApproved?: boolean;
}

export interface SignatureReport {
  /** True when the signatures were checked against a trusted-keys file. */
  checked: boolean;
  /** One line per signature that held: `approved by Kim Reviewer (key 3f2a…) at <UTC>`. */
  valid: string[];
  /** The signatures that held, in file order. */
  held: SignatureRecord[];
  problems: string[];
  notes: string[];
  approval: Approval;
  /** `approved by …` or `draft`. */
  statusText: string;
}

const describe = (r: Partial<SignatureRecord>): string => `${r.meaning ?? "?"} by ${r.signer ?? "?"}, key ${(r.keyId ?? "?").slice(0, 16)}…`;

export function checkSignatures(input: SignatureCheckInput): SignatureReport {
  const { manifest, manifestSha256, ledger, trustedKeys, rel } = input;
  const publication = manifest.publication;
  const problems: string[] = [];
  const notes: string[] = [];
  const valid: string[] = [];
  const good: SignatureRecord[] = [];
  const ledgerSignatures = ledger.filter((l): l is SignatureLedgerEntry => l.kind === "signature" && l.folder === rel);
  const trusted = new Map((trustedKeys?.keys ?? []).map((k) => [k.keyId, k]));

  input.entries.forEach((entry, i) => {
    const label = `${SIGNATURES_FILE}: signature #${i + 1} (${describe(entry as Partial<SignatureRecord>)})`;
    const fail = (rule: string, detail: string): void => void problems.push(`${label}: [${rule}] ${detail}`);
    const malformed = malformedReason(entry);
    if (malformed !== null) return fail("malformed-signature", malformed);
    const record = entry as SignatureRecord;
    if (record.manifestSha256 !== manifestSha256) {
      const other = ledger.find((l) => l.kind !== "signature" && l.manifestSha256 === record.manifestSha256 && l.folder !== rel);
      if (other)
        return fail(
          "copied-signature",
          `covers the manifest of ${other.folder} (SHA-256 ${record.manifestSha256}), not this publication's ${rel}: a signature cannot be moved to another report`,
        );
      return fail(
        "manifest-changed",
        `covers manifest SHA-256 ${record.manifestSha256}, but manifest.json is now ${manifestSha256}: the manifest was changed (and re-sealed) after it was signed, or the signature was made for another manifest`,
      );
    }
    if (Date.parse(record.signedAt) < Date.parse(publication.publishedAt))
      return fail("signed-before-publication", `signed at ${record.signedAt}, before the publication started at ${publication.publishedAt}`);
    if (trustedKeys) {
      const key = trusted.get(record.keyId);
      if (!key) return fail("untrusted-key", `key ${record.keyId} is not in the trusted-keys file`);
      if (key.name !== record.signer)
        return fail("signer-name-mismatch", `signed as "${record.signer}", but the trusted-keys file gives key ${record.keyId.slice(0, 16)}… to "${key.name}"`);
      if (!signatureHolds(record, publication, publicKeyObject(key)))
        return fail(
          "forged-signature",
          `the Ed25519 signature does not match the signed fields (name, meaning, time, manifest, study ${publication.study}, folder ${publication.folder}): changed after signing, or not made with key ${record.keyId.slice(0, 16)}…`,
        );
    }
    if (!ledgerSignatures.some((l) => l.signature === record.signature))
      return fail("not-in-ledger", `the archive root's ledger.jsonl has no line for this signature (added to ${SIGNATURES_FILE} by hand?)`);
    good.push(record);
    valid.push(`${record.meaning} by ${record.signer} (key ${record.keyId.slice(0, 16)}…) at ${record.signedAt}${trustedKeys ? "" : " (not checked)"}`);
  });

  const claimed = `${publication.study}/${publication.folder}`;
  if (input.entries.length > 0 && claimed !== rel)
    problems.push(
      `${SIGNATURES_FILE}: [moved-publication] the manifest and its signatures are for ${claimed}, but this folder is ${rel}: a signed publication cannot be moved or copied to another folder`,
    );
  const inFile = new Set(input.entries.map((e) => (e as Partial<SignatureRecord> | null)?.signature));
  for (const line of ledgerSignatures) {
    if (!inFile.has(line.signature))
      problems.push(
        `${SIGNATURES_FILE}: [signature-removed] the ledger records a signature (${line.meaning} by ${line.signer} at ${line.signedAt}) that is no longer in ${SIGNATURES_FILE}`,
      );
  }
  const authored = good.filter((s) => s.meaning === "authored");
  if (authored.length > 1)
    problems.push(`${SIGNATURES_FILE}: [multiple-authors] ${authored.length} "authored" signatures (${authored.map((s) => s.signer).join(", ")}); a publication has one author`);
  for (const s of authored) {
    if (!sameName(s.signer, publication.analyst))
      problems.push(`${SIGNATURES_FILE}: [author-not-analyst] the author signature is by ${s.signer}, the manifest's analyst is ${publication.analyst}`);
  }

  const approval = approvalOf(good, publication.analyst);
  if (input.requireApproved && !trustedKeys)
    problems.push(`${SIGNATURES_FILE}: [not-checked] an approval can only be required of signatures checked against a trusted-keys file (--trusted-keys <file>)`);
  if (!trustedKeys && input.entries.length > 0)
    notes.push(`${input.entries.length} signature(s) NOT checked: no trusted-keys file given (--trusted-keys <file>); keys and Ed25519 signatures were not verified`);
  if (input.entries.length === 0) notes.push(`no signatures (${SIGNATURES_FILE} absent or empty)`);
  if (approval.status === "draft" && approval.authorApprovals.length > 0) {
    const line = `${SIGNATURES_FILE}: [author-approval] approved only by the author (${approval.authorApprovals.join(", ")}): a report is approved when someone other than its author (another key and another name) signs "approved"; still a draft`;
    (input.requireApproved ? problems : notes).push(line);
  } else if (approval.status === "draft" && input.requireApproved) {
    problems.push(`${SIGNATURES_FILE}: [not-approved] the report is a draft: no valid "approved" signature by someone other than the author (${approval.authors.join(", ")})`);
  }
  return { checked: trustedKeys !== undefined, valid, held: good, problems, notes, approval, statusText: approvalText(approval) };
}
