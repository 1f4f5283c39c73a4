import { describe, expect, it } from "vitest";
import { archiveIndexHtml, type IndexEntry } from "../../src/archive/index-page.ts";
import type { SignatureReport } from "../../src/archive/signatures/verify-signatures.ts";
import type { Manifest } from "../../src/archive/types.ts";

const entry = (folder: string, sequence: number, manifest: Partial<Manifest> | null, status?: IndexEntry["status"]): IndexEntry => ({
  entry: {
    study: "S<1>",
    month: "2026-01",
    revision: folder.endsWith("-r1") ? 1 : 0,
    folder,
    sequence,
    manifestSha256: "ab".repeat(32),
    publishedAt: "2026-02-01T00:00:00.000Z",
    override: false,
  },
  manifest: manifest as Manifest | null,
  ...(status ? { status } : {}),
});

const manifest = {
  publication: { analyst: "A & B", override: { reason: "<script>alert(1)</script>", analyst: "A & B", failedGates: ["g1"] }, revisionReason: null },
  gates: [
    { id: "g1", passed: false, value: 1, threshold: 0, message: "m" },
    { id: "g2", passed: true, value: 0, threshold: 0, message: "m" },
  ],
  headline: [{ label: "TRT vs PBO", estimate: 0.123456, lower: 0.1, upper: 0.2, n: 10 }],
  files: [{ path: "pdf/01-overview.pdf", bytes: 1, sha256: "x" }],
} as unknown as Manifest;

describe("archiveIndexHtml", () => {
  it("lists each publication with status, gates, override, headline and links, escaping text", () => {
    const html = archiveIndexHtml([entry("S<1>/2026-01", 1, manifest, { ok: false, summary: "data/x: changed" }), entry("S<1>/2026-01-r1", 2, null)], "now");
    expect(html.match(/<tr data-folder=/g)).toHaveLength(2);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain("1/2 passed");
    expect(html).toContain("<strong>0.1235</strong> (0.1000 to 0.2000), n = 10");
    expect(html).toContain('<span class="badge fail">FAILED</span> data/x: changed');
    expect(html).toContain('href="S%3C1%3E/2026-01/pdf/01-overview.pdf"');
    expect(html).toContain("manifest.json unreadable");
    expect(html).toContain("patient-level site files in the clear: do not host publicly");
  });

  it("says when the site's patient-level files are encrypted", () => {
    const encrypted = {
      ...manifest,
      encryption: { format: "trial-encrypted-file/1", cipher: "AES-256-GCM", kdf: { name: "PBKDF2-SHA-256", iterations: 600_000, salt: "00" }, files: [1, 2, 3] },
    } as unknown as Manifest;
    const html = archiveIndexHtml([entry("S/2026-01", 1, encrypted)], "now");
    expect(html).toContain("patient-level site files encrypted (3, AES-256-GCM; passphrase escrowed in the QMS)");
    expect(html).not.toContain("in the clear");
  });
});

describe("archiveIndexHtml signatures", () => {
  const sig = (signer: string, meaning: "authored" | "reviewed" | "approved") => ({
    signer,
    meaning,
    keyId: "k".repeat(64),
    signedAt: "2026-02-02T10:00:00.000Z",
    manifestSha256: "m",
    signature: "s",
  });
  const report = (over: Partial<SignatureReport>): SignatureReport => ({
    checked: true,
    valid: [],
    held: [],
    problems: [],
    notes: [],
    approval: { status: "draft", approvedBy: [], authorApprovals: [], authors: ["A & B"] },
    statusText: "draft",
    ...over,
  });

  it("shows Approved with the approver, Draft, who signed what, and whether the signatures were checked", () => {
    const approved = report({
      held: [sig("A & B", "authored"), sig("<Lee>", "approved")],
      approval: { status: "approved", approvedBy: ["<Lee>"], authorApprovals: [], authors: ["A & B"] },
    });
    const draft = report({ checked: false, held: [sig("A & B", "authored")] });
    const broken = report({ problems: ["signatures.json: signature #2 (…): [forged-signature] x"] });
    const html = archiveIndexHtml(
      [
        { ...entry("S/2026-01", 1, manifest), signatures: approved },
        { ...entry("S/2026-02", 2, manifest), signatures: draft },
        { ...entry("S/2026-03", 3, manifest), signatures: broken },
      ],
      "now",
    );
    const rows = html.split("<tr data-folder=").slice(1);
    expect(rows[0]).toContain('<span class="badge ok">Approved</span> by &lt;Lee&gt;');
    expect(rows[0]).toContain("approved: &lt;Lee&gt;");
    expect(rows[0]).toContain("authored: A &amp; B");
    expect(rows[0]).not.toContain("not checked");
    expect(rows[1]).toContain('<span class="badge draft">Draft</span>');
    expect(rows[1]).toContain("not checked against a trusted-keys file");
    expect(rows[2]).toContain("unsigned");
    expect(rows[2]).toContain('<div class="fail">1 signature problem(s): signatures.json: signature #2 (…): [forged-signature] x</div>');
  });
});
