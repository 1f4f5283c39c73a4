/**
 * A study-month whose analysis gates fail (SYN-LIN-B 2025-09: overlap and estimation): publishing
 * refuses without an override and writes nothing; with `--override` it publishes and records the
 * override, its reason and the analyst; a corrected report is a new revision (`2025-09-r1`) chained
 * to the original, which stays untouched. Then the browse path: the archive index lists both with
 * status, gates, override and headline, each archived report opens (through the archive root's
 * server and through its own `serve.mjs`) with the override banner and the ALCOA panel, and no
 * request leaves the origin. Two TRIAL_ONLY builds.
 */
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshArchiveIndex } from "../../../src/archive/archive-listing.ts";
import { sha256File } from "../../../src/archive/hash-tree.ts";
import { readLedger } from "../../../src/archive/ledger.ts";
import { publish, PublishRefused, type Published, type PublishOptions } from "../../../src/archive/publish.ts";
import { verifyArchive } from "../../../src/archive/verify.ts";
import { startServer, type StaticServer } from "../../../src/build/serve.ts";
import { launchBrowser, openPage, type Browser } from "../../e2e/harness.ts";
import { projectRoot, tempArchiveRoot } from "../archive-fixture.ts";

const STUDY = "SYN-LIN-B";
const MONTH = "2025-09";
const REASON = "Interim look requested by the DMC; overlap reviewed by the study statistician";
const shots = path.join(projectRoot, "test-results", "archive");
let root: string;
let original: Published;
let revised: Published;
let originalHash: string;

const options = (extra: Partial<PublishOptions> = {}): PublishOptions => ({
  study: STUDY,
  month: MONTH,
  analyst: "Dana Statistician",
  archiveRoot: root,
  projectRoot,
  allowDirty: true,
  ...extra,
});

beforeAll(async () => {
  root = await tempArchiveRoot("gates");
  await mkdir(shots, { recursive: true });
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("failed gates", () => {
  it("refuse publication without --override, naming the gates, and write nothing", async () => {
    const attempt = publish(options());
    await expect(attempt).rejects.toBeInstanceOf(PublishRefused);
    await expect(attempt).rejects.toThrow(/analysis gate\(s\) failed for SYN-LIN-B 2025-09.*--override.*TRT-vs-PBO:overlap/s);
    expect(await readdir(root)).toEqual([]);
  }, 120_000);

  it("publish with --override, recording the reason, the analyst and the failed gates", async () => {
    original = await publish(options({ override: REASON }));
    originalHash = original.manifestSha256;
    const p = original.manifest.publication;
    expect(p.override).toEqual({ reason: REASON, analyst: "Dana Statistician", failedGates: expect.arrayContaining(["TRT-vs-PBO:overlap"]) });
    expect(original.manifest.gates.filter((g) => !g.passed).map((g) => g.id)).toEqual(p.override?.failedGates);
    expect((await readLedger(root))[0]).toMatchObject({ folder: `${STUDY}/${MONTH}`, override: true, sequence: 1 });
    expect(await readFile(path.join(original.folder, "README.txt"), "utf-8")).toContain(`OVERRIDE by Dana Statistician: ${REASON}`);
    expect((await verifyArchive(original.folder)).problems).toEqual([]);
  }, 900_000);
});

describe("revisions", () => {
  it("a corrected report is a new folder -r1 chained to the original, which is untouched", async () => {
    revised = await publish(options({ override: REASON, revise: "Corrected the override wording" }));
    expect(path.basename(revised.folder)).toBe(`${MONTH}-r1`);
    expect(revised.manifest.publication).toMatchObject({ revision: 1, revisionReason: "Corrected the override wording", month: MONTH });
    expect(revised.manifest.previous).toEqual({ folder: `${STUDY}/${MONTH}`, manifestSha256: originalHash });
    expect(await sha256File(path.join(original.folder, "manifest.json"))).toBe(originalHash);
    const report = await verifyArchive(revised.folder);
    expect(report.problems).toEqual([]);
    expect(report.passed.join("\n")).toMatch(/hash chain intact: 1 earlier publication/);
  }, 900_000);
});

describe("browse", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    const statuses = new Map<string, { ok: boolean; summary: string }>();
    for (const entry of await readLedger(root)) {
      const report = await verifyArchive(path.join(root, ...entry.folder.split("/")), { recompute: false });
      statuses.set(entry.folder, { ok: report.ok, summary: report.ok ? "files and chain checked" : report.problems.join("; ") });
    }
    await refreshArchiveIndex(root, new Date().toISOString(), statuses);
    server = await startServer({ root, port: 0 });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the archive index lists every publication with status, gates, override and headline", async () => {
    const visit = await openPage(browser.context, server.origin, server.url);
    const rows = visit.page.locator("tbody tr");
    expect(await rows.count()).toBe(2);
    const text = await visit.page.locator("tbody").innerText();
    expect(text).toMatch(/verified/);
    expect(text).toContain(`OVERRIDE: ${REASON}`);
    expect(text).toMatch(/r1/);
    expect(text).toContain("revision: Corrected the override wording");
    expect(text).toMatch(/TRT-vs-PBO:overlap/);
    await visit.page.screenshot({ path: path.join(shots, "archive-index.png"), fullPage: true });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  });

  it("an archived report opens from the index with the override banner and the ALCOA panel", async () => {
    const visit = await openPage(browser.context, server.origin, new URL(`${STUDY}/${MONTH}-r1/site/study/${STUDY}/${MONTH}/`, server.url).href);
    const banner = visit.page.locator(".publication-banner");
    await banner.waitFor({ timeout: 60_000 });
    const bannerText = await banner.innerText();
    expect(bannerText).toMatch(/PUBLISHED WITH OVERRIDE: \d+ gates? failed/);
    expect(bannerText).toContain(REASON);
    expect(bannerText).toContain("Dana Statistician");
    expect(bannerText).toContain("Revision 1: Corrected the override wording");
    const panel = await visit.page.locator(".alcoa-panel").innerText();
    for (const principle of ["Attributable", "Legible", "Contemporaneous", "Original", "Accurate"]) expect(panel).toContain(principle);
    expect(panel).toContain(revised.manifest.git.commit);
    await visit.page.waitForFunction(() => document.querySelectorAll("observablehq-loading").length === 0);
    await visit.page.screenshot({ path: path.join(shots, "archived-overview.png"), fullPage: true });
    expect(visit.problems()).toEqual([]);
    await visit.close();
  });

  it("serve.mjs alone serves the archived site from any working directory", async () => {
    const child = spawn(process.execPath, [path.join(revised.folder, "serve.mjs"), "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match) resolve(match[1] as string);
        });
        child.on("exit", (code) => reject(new Error(`serve.mjs exited ${code}: ${out}`)));
      });
      const page = await fetch(new URL(`study/${STUDY}/${MONTH}/cohort`, url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<html");
      const wasm = (await readdir(path.join(revised.folder, "site", "_npm"), { recursive: true })).find((f) => String(f).endsWith(".wasm"));
      if (wasm) expect((await fetch(new URL(`_npm/${String(wasm)}`, url))).headers.get("content-type")).toBe("application/wasm");
    } finally {
      child.kill();
    }
  });
});
