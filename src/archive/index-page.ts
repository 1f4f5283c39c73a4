/**
 * The archive root's `index.html`: every publication in the ledger with its status (the latest
 * verification, when one was run), its signatures (Draft or Approved, who signed what and when,
 * and whether they were checked against a trusted-keys file), gates, override and headline
 * numbers, links to its site, PDFs and manifest, and whether its site's patient-level files are
 * encrypted. Static HTML with inline CSS: it opens from disk or from `archive:serve`.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { LedgerEntry } from "./ledger.ts";
import type { SignatureReport } from "./signatures/verify-signatures.ts";
import type { Manifest } from "./types.ts";

export interface IndexEntry {
  entry: LedgerEntry;
  manifest: Manifest | null;
  /** Result of the latest verification, when one was run for this listing. */
  status?: { ok: boolean; summary: string };
  /** The folder's signatures as checked for this listing (absent: none could be read). */
  signatures?: SignatureReport;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
const href = (...parts: string[]): string => parts.map((p) => p.split("/").map(encodeURIComponent).join("/")).join("/");
const fmt = (x: number | null): string => (x === null ? "n/a" : x.toFixed(4));

function signatureCell(report: SignatureReport | undefined): string {
  if (!report) return `<td><span class="badge draft">Draft</span><div class="muted">signatures unreadable</div></td>`;
  const approved = report.approval.status === "approved";
  const badge = `<span class="badge ${approved ? "ok" : "draft"}">${approved ? "Approved" : "Draft"}</span>${approved ? ` by ${escapeHtml(report.approval.approvedBy.join(", "))}` : ""}`;
  const signers = report.held.map((s) => `<div>${escapeHtml(s.meaning)}: ${escapeHtml(s.signer)} <span class="muted">${escapeHtml(s.signedAt)}</span></div>`).join("");
  const problems = report.problems.length > 0 ? `<div class="fail">${report.problems.length} signature problem(s): ${escapeHtml(report.problems.join("; "))}</div>` : "";
  const checked = report.checked ? "" : `<div class="muted">not checked against a trusted-keys file (npm run verify -- &lt;folder&gt; --trusted-keys &lt;file&gt;)</div>`;
  return `<td>${badge}${signers || `<div class="muted">unsigned</div>`}${problems}${report.held.length > 0 ? checked : ""}</td>`;
}

/** Whether the site's patient-level files are encrypted (publish --encrypt-with-env) or in the clear. */
function encryptionNote(manifest: Manifest): string {
  const e = manifest.encryption;
  return e
    ? `<div class="muted">patient-level site files encrypted (${e.files.length}, ${escapeHtml(e.cipher)}; passphrase escrowed in the QMS)</div>`
    : `<div class="muted">patient-level site files in the clear: do not host publicly</div>`;
}

function row({ entry, manifest, status, signatures }: IndexEntry): string {
  const cells: string[] = [];
  const p = manifest?.publication;
  cells.push(`<td>${escapeHtml(entry.study)}</td><td>${escapeHtml(entry.month)}${entry.revision > 0 ? ` <span class="rev">r${entry.revision}</span>` : ""}</td>`);
  const statusText = status
    ? `<span class="badge ${status.ok ? "ok" : "fail"}">${status.ok ? "verified" : "FAILED"}</span> ${escapeHtml(status.summary)}`
    : `<span class="badge">published</span>`;
  cells.push(`<td>${statusText}<div class="muted">${escapeHtml(entry.publishedAt)}${p ? ` by ${escapeHtml(p.analyst)}` : ""}</div></td>`);
  cells.push(manifest ? signatureCell(signatures) : "<td></td>");
  if (!manifest || !p) {
    cells.push(`<td colspan="3" class="fail">manifest.json unreadable</td>`);
  } else {
    const failed = manifest.gates.filter((g) => !g.passed);
    cells.push(`<td>${manifest.gates.length - failed.length}/${manifest.gates.length} passed${failed.map((g) => `<div class="fail">${escapeHtml(g.id)}</div>`).join("")}</td>`);
    cells.push(
      `<td>${p.override ? `<div class="fail">OVERRIDE: ${escapeHtml(p.override.reason)} (${escapeHtml(p.override.analyst)})</div>` : "none"}${p.revisionReason ? `<div>revision: ${escapeHtml(p.revisionReason)}</div>` : ""}</td>`,
    );
    cells.push(
      `<td>${manifest.headline.map((h) => `<div>${escapeHtml(h.label)}: <strong>${fmt(h.estimate)}</strong> (${fmt(h.lower)} to ${fmt(h.upper)}), n = ${h.n}</div>`).join("")}</td>`,
    );
  }
  const base = entry.folder;
  const pdfs = (manifest?.files ?? []).filter((f) => f.path.startsWith("pdf/")).map((f) => `<a href="${href(base, f.path)}">${escapeHtml(f.path.slice(4))}</a>`);
  cells.push(
    `<td><a href="${href(base, "site", "study", entry.study, entry.month)}/">report</a> · <a href="${href(base, "manifest.json")}">manifest</a>${pdfs.length ? ` · ${pdfs.join(" · ")}` : ""}<div class="muted mono">${entry.manifestSha256.slice(0, 16)}…</div>${manifest ? encryptionNote(manifest) : ""}</td>`,
  );
  return `<tr data-folder="${escapeHtml(entry.folder)}">${cells.join("")}</tr>`;
}

export function archiveIndexHtml(entries: IndexEntry[], generatedAt: string): string {
  const sorted = [...entries].sort((a, b) => a.entry.study.localeCompare(b.entry.study) || a.entry.sequence - b.entry.sequence);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Report archive</title><link rel="icon" href="data:,">
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #ddd; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
.badge { display: inline-block; padding: 0 0.45rem; border-radius: 999px; font-size: 12px; font-weight: 600; background: #eee; }
.badge.ok { background: #d7f5dd; color: #0b5d1e; } .badge.fail { background: #fde0df; color: #8a1111; } .badge.draft { background: #fff1c9; color: #6b4a00; }
.fail { color: #8a1111; font-weight: 600; } .muted { color: #666; font-size: 12px; } .mono { font-family: ui-monospace, monospace; } .rev { color: #8a5a00; }
</style></head>
<body>
<h1>Report archive</h1>
<p class="muted">${sorted.length} publication${sorted.length === 1 ? "" : "s"}; listing generated ${escapeHtml(generatedAt)} (UTC). Each row is a folder with its own <code>README.txt</code>; <code>npm run verify -- &lt;folder&gt;</code> re-checks it.</p>
<table>
<thead><tr><th>Study</th><th>Data cut</th><th>Status</th><th>Signatures</th><th>Gates</th><th>Override / revision</th><th>Headline</th><th>Open</th></tr></thead>
<tbody>
${sorted.map(row).join("\n")}
</tbody></table>
</body></html>
`;
}

export async function writeArchiveIndex(root: string, entries: IndexEntry[], generatedAt: string): Promise<void> {
  await writeFile(path.join(root, "index.html"), archiveIndexHtml(entries, generatedAt));
}
