/**
 * The site under test was built without network (by global-setup.ts, inside `unshare -n`), and
 * the built pages load nothing from another host: no remote stylesheet, script, font or import.
 */
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { buildMarkerFile, distDir, readBuildMarker } from "./harness.ts";

async function filesUnder(dir: string, extensions: string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && extensions.includes(path.extname(e.name))).map((e) => path.join(e.parentPath, e.name));
}

/** References that make a browser fetch from another host, in HTML or CSS. */
function remoteReferences(text: string, kind: "html" | "css"): string[] {
  const found: string[] = [];
  const remote = String.raw`(?:https?:)?//[^"'\s)>]+`;
  // CSS (also inline in HTML): `@import "…"` and `url(…)`, which covers `@import url(…)` and fonts.
  const css = [new RegExp(String.raw`@import\s+["'](${remote})`, "gi"), new RegExp(String.raw`url\(\s*["']?(${remote})`, "gi")];
  const patterns =
    kind === "html"
      ? [
          new RegExp(String.raw`<link\b[^>]*\bhref\s*=\s*["']?(${remote})`, "gi"),
          new RegExp(String.raw`<script\b[^>]*\bsrc\s*=\s*["']?(${remote})`, "gi"),
          new RegExp(String.raw`<(?:img|iframe|source|video|audio|embed)\b[^>]*\bsrc\s*=\s*["']?(${remote})`, "gi"),
          new RegExp(String.raw`(?<!@)\bimport\s*(?:[\w*{}\s,]+from\s*)?\(?\s*["'](${remote})`, "gi"),
          ...css,
        ]
      : css;
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.push(match[1]!);
  return found;
}

describe("hermetic build", () => {
  test("dist/ was built inside a network namespace with no network (unshare -n)", async () => {
    expect(existsSync(buildMarkerFile), `${buildMarkerFile} missing: dist/ was not built by the e2e global setup (run without E2E_SKIP_BUILD)`).toBe(true);
    const marker = await readBuildMarker();
    expect(marker.command.slice(0, 2)).toEqual(["unshare", "-n"]);
    expect(marker.command.join(" ")).toContain("npm run build");
    expect(marker.exitCode).toBe(0);
    expect(marker.interfaces).toEqual(["lo"]);
    // dist/ is the output of that build, not of a later build with network.
    const built = (await stat(path.join(distDir, "index.html"))).mtimeMs;
    expect(built).toBeGreaterThanOrEqual(Date.parse(marker.startedAt));
    expect(built).toBeLessThanOrEqual(Date.parse(marker.finishedAt));
  });

  test("the build log shows no download and telemetry off", async () => {
    const marker = await readBuildMarker();
    const log = await readFile(path.resolve(distDir, "..", marker.log), "utf-8");
    expect(log).not.toMatch(/cdn\.jsdelivr\.net|registry\.npmjs\.org|extensions\.duckdb\.org|fetch failed|ENOTFOUND|EAI_AGAIN/);
    expect(log).not.toMatch(/telemetry/i);
  });

  test("no HTML or CSS file of dist/ loads anything from another host", async () => {
    const offenders: string[] = [];
    const files = await filesUnder(distDir, [".html", ".css"]);
    expect(files.some((f) => f.endsWith(".html"))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, "utf-8");
      for (const ref of remoteReferences(text, file.endsWith(".css") ? "css" : "html")) offenders.push(`${path.relative(distDir, file)}: ${ref}`);
    }
    expect(offenders).toEqual([]);
  });

  test("the remote-reference check itself catches what it should", () => {
    expect(remoteReferences('<link rel="stylesheet" href="https://fonts.googleapis.com/css2?x">', "html")).toHaveLength(1);
    expect(remoteReferences('<script type="module" src="https://cdn.jsdelivr.net/npm/d3/+esm"></script>', "html")).toHaveLength(1);
    expect(remoteReferences('import("https://cdn.jsdelivr.net/npm/d3/+esm")', "html")).toHaveLength(1);
    expect(remoteReferences('@import url("https://fonts.googleapis.com/x");', "css")).toHaveLength(1);
    expect(remoteReferences("src: url(//example.com/font.woff2)", "css")).toHaveLength(1);
    expect(remoteReferences('<style>@import "https://example.com/a.css";</style>', "html")).toHaveLength(1);
    expect(remoteReferences('<link rel="icon" href="data:,"><link rel="stylesheet" href="./_import/style.css">', "html")).toEqual([]);
    expect(remoteReferences('<a href="https://observablehq.com/">Observable</a>', "html")).toEqual([]);
  });
});
