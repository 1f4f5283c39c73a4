/**
 * What an archived report shows about its own publication: a banner at the top of the first page
 * (status, analyst, override with its reason, failed gates, electronic signature) and a provenance panel mapping the
 * archive's records to ALCOA (attributable, legible, contemporaneous, original, accurate).
 * Both render nothing for an ordinary build or for another study-month than the record's.
 */
import type { HeadlineNumber, PublicationRecord } from "@trial/foundation";

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const matches = (p: PublicationRecord | null, current: { study: string; month: string }): p is PublicationRecord =>
  p !== null && p.study === current.study && p.month === current.month;

const formatNumber = (x: number | null): string => (x === null ? "n/a" : x.toFixed(4));

/** One line per headline number: `label: estimate (lower to upper), n = N`. */
export function headlineText(h: HeadlineNumber): string {
  return `${h.label}: ${formatNumber(h.estimate)} (95% CI ${formatNumber(h.lower)} to ${formatNumber(h.upper)}), n = ${h.n}`;
}

/**
 * The electronic-signature line of a signed publication, or null when it was not signed. The page
 * is sealed before anyone else can sign it, so it can only say who signed it as author and where
 * the review and approval signatures are: signatures.json, checked by `npm run verify`.
 */
export function signatureText(p: PublicationRecord): string | null {
  if (!p.signingKey) return null;
  return (
    `Electronically signed "authored" by ${p.signingKey.name} (Ed25519 key ${p.signingKey.keyId.slice(0, 16)}…). ` +
    `A DRAFT until someone other than the author signs it "approved": review and approval signatures are added after publication ` +
    `to signatures.json beside manifest.json; npm run verify -- <folder> --trusted-keys <file> checks them and prints "draft" or "approved by …".`
  );
}

/** The banner at the top of the report's first page; an empty fragment when not published. */
export function publicationBanner(publication: PublicationRecord | null, current: { study: string; month: string }): Node {
  if (!matches(publication, current)) return document.createDocumentFragment();
  const p = publication;
  const failed = p.gates.filter((g) => !g.passed);
  const banner = el("div", `publication-banner ${p.override ? "override" : "ok"}`);
  banner.setAttribute("role", "status");
  const title = p.override ? `PUBLISHED WITH OVERRIDE: ${failed.length} gate${failed.length === 1 ? "" : "s"} failed` : `Archived report: all ${p.gates.length} gates passed`;
  banner.append(el("strong", "", title));
  const facts = el("div", "publication-facts");
  facts.textContent =
    `${p.study} ${p.month}${p.revision > 0 ? ` revision ${p.revision}` : ""} · published ${p.publishedAt} by ${p.analyst} · ` +
    `commit ${p.commit.slice(0, 12)}${p.dirtyTree ? " (uncommitted changes, allowed)" : ""} · retain until ${p.retentionUntil}`;
  banner.append(facts);
  const headline = el("ul", "publication-headline");
  for (const h of p.headline) headline.append(el("li", "", headlineText(h)));
  banner.append(headline);
  if (p.override) {
    banner.append(el("div", "override-reason", `Override by ${p.override.analyst}: “${p.override.reason}”`));
    const list = el("ul", "");
    for (const g of failed) list.append(el("li", "", `${g.id}: ${g.message}`));
    banner.append(list);
  }
  if (p.revisionReason) banner.append(el("div", "revision-reason", `Revision ${p.revision}: ${p.revisionReason}`));
  const signed = signatureText(p);
  if (signed) banner.append(el("div", "signature-status", signed));
  return banner;
}

/** The archive's records, each under the ALCOA principle it serves. */
export function alcoaRows(p: PublicationRecord): Array<[string, string]> {
  const gateSummary = p.gates.map((g) => `${g.passed ? "passed" : "FAILED"} ${g.id}`).join("; ");
  return [
    [
      "Attributable",
      `Published by ${p.analyst}${p.signingKey ? ` (electronically signed "authored" with key ${p.signingKey.keyId.slice(0, 16)}…; later signatures in signatures.json)` : " (not electronically signed)"}${p.override ? `; override by ${p.override.analyst}` : ""}. Code: git commit ${p.commit}${p.dirtyTree ? " with uncommitted changes (recorded)" : ""}; analysis ${p.analysisId}.`,
    ],
    [
      "Legible",
      "This site (HTML, served offline by serve.mjs), a PDF of every report page (pdf/), the data as Parquet (an open format) with its metadata, the source code and lockfile (source/), and manifest.json in plain JSON.",
    ],
    [
      "Contemporaneous",
      `Published ${p.publishedAt} (UTC) for the data cut at the end of ${p.month}; the manifest records the start and end of publication; retained until ${p.retentionUntil}.`,
    ],
    [
      "Original",
      `Frozen snapshot in data/: ${p.snapshot.map((m) => `${m.name} ${m.sha256.slice(0, 16)}…`).join(", ")}. manifest.json holds the SHA-256 of every file and of the previous month's manifest (hash chain).`,
    ],
    [
      "Accurate",
      `Gates: ${gateSummary}. HeadlineNumber: ${p.headline.map(headlineText).join("; ")}. \`npm run verify -- <folder>\` re-hashes every file and re-runs the analysis on data/ to reproduce these numbers exactly.`,
    ],
  ];
}

/** The provenance panel: a heading and the ALCOA table; an empty fragment when not published. */
export function alcoaPanel(publication: PublicationRecord | null, current: { study: string; month: string }): Node {
  if (!matches(publication, current)) return document.createDocumentFragment();
  const root = el("section", "alcoa-panel");
  root.append(el("h2", "", "Archive provenance (ALCOA)"));
  root.append(el("p", "muted", `Estimand: ${publication.estimand}`));
  const table = el("table", "");
  for (const [principle, evidence] of alcoaRows(publication)) {
    const tr = el("tr", "");
    tr.append(el("th", "", principle), el("td", "", evidence));
    table.append(tr);
  }
  root.append(table);
  root.append(el("h3", "", "Gates"));
  const gates = el("table", "alcoa-gates");
  gates.append(el("tr", ""));
  for (const text of ["gate", "result", "value", "threshold", "message"]) gates.lastElementChild!.append(el("th", "", text));
  for (const g of publication.gates) {
    const tr = el("tr", g.passed ? "" : "fail");
    tr.append(
      el("td", "", g.id),
      el("td", "", g.passed ? "passed" : "FAILED"),
      el("td", "", String(g.value ?? "n/a")),
      el("td", "", String(g.threshold ?? "")),
      el("td", "", g.message),
    );
    gates.append(tr);
  }
  root.append(gates);
  return root;
}
