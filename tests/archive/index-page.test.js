import { describe, expect, it } from "vitest";
import { archiveIndexHtml } from "../../src/archive/index-page.ts";
const entry = (folder, sequence, manifest, status) => ({
    entry: { study: "S<1>", month: "2026-01", revision: folder.endsWith("-r1") ? 1 : 0, folder, sequence, manifestSha256: "ab".repeat(32), publishedAt: "2026-02-01T00:00:00.000Z", override: false },
    manifest: manifest,
    ...(status ? { status } : {}),
});
const manifest = {
    publication: { analyst: "A & B", override: { reason: "<script>alert(1)</script>", analyst: "A & B", failedGates: ["g1"] }, revisionReason: null },
    gates: [{ id: "g1", passed: false, value: 1, threshold: 0, message: "m" }, { id: "g2", passed: true, value: 0, threshold: 0, message: "m" }],
    headline: [{ label: "TRT vs PBO", estimate: 0.123456, lower: 0.1, upper: 0.2, n: 10 }],
    files: [{ path: "pdf/01-overview.pdf", bytes: 1, sha256: "x" }],
};
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
    });
});
