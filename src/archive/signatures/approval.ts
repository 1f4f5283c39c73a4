/**
 * Draft or approved: a report is approved when someone other than its author signed it
 * "approved", "someone other" meaning a different key AND a different printed name (a second key
 * made by the author under the same name does not count, nor the author's key under another
 * name). The author is whoever signed "authored"; a publication without an author signature has
 * the manifest's analyst as its author. Names compare without case and with spaces collapsed.
 */
import type { Meaning } from "./signature-record.ts";

export interface Signed {
  signer: string;
  keyId: string;
  meaning: Meaning;
}

export interface Approval {
  status: "draft" | "approved";
  /** Printed names of the approvers who are not the author. */
  approvedBy: string[];
  /** Printed names of "approved" signatures that do not count because the author made them. */
  authorApprovals: string[];
  /** The author's printed name(s). */
  authors: string[];
}

export const sameName = (a: string, b: string): boolean => a.trim().replace(/\s+/g, " ").toLowerCase() === b.trim().replace(/\s+/g, " ").toLowerCase();

/** `signatures` are the ones that verified; `analyst` is the manifest's publication.analyst. */
export function approvalOf(signatures: readonly Signed[], analyst: string): Approval {
  const authored = signatures.filter((s) => s.meaning === "authored");
  const authorNames = authored.length > 0 ? authored.map((s) => s.signer) : [analyst];
  const authorKeys = new Set(authored.map((s) => s.keyId));
  const byAuthor = (s: Signed): boolean => authorKeys.has(s.keyId) || authorNames.some((n) => sameName(n, s.signer)) || sameName(analyst, s.signer);
  const approvals = signatures.filter((s) => s.meaning === "approved");
  const approvedBy = [...new Set(approvals.filter((s) => !byAuthor(s)).map((s) => s.signer))];
  const authorApprovals = [...new Set(approvals.filter(byAuthor).map((s) => s.signer))];
  return { status: approvedBy.length > 0 ? "approved" : "draft", approvedBy, authorApprovals, authors: [...new Set(authorNames)] };
}

/** One line for a listing or a report: `approved by Kim Reviewer` or `draft`. */
export function approvalText(approval: Approval): string {
  return approval.status === "approved" ? `approved by ${approval.approvedBy.join(", ")}` : "draft";
}
