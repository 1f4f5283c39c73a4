/**
 * A file encrypted in Node is decrypted in Chromium (Debian's /usr/bin/chromium through
 * playwright-core, as cross-engine.test.ts does) by the same code the pages ship: the unlock
 * component bundled with esbuild, @trial/foundation's encrypted-file format inlined, WebCrypto only.
 * The page is served from an intercepted https origin (a secure context, so crypto.subtle exists;
 * no request leaves the machine). Also: the passphrase form refuses a wrong passphrase with one line
 * and unlocks with the right one; a file encrypted in Chromium decrypts in Node.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decryptFile, encryptFile } from "../../src/foundation/encrypted-file.ts";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/harness.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ORIGIN = "https://trial.test";
const FILE_URL = `${ORIGIN}/_file/data/built/S/2026-01/subjects.0123abcd.parquet`;
const PASSPHRASE = "escrowed study passphrase";
const plain = new Uint8Array(Buffer.concat([Buffer.from("PAR1"), Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251)), Buffer.from("PAR1")]));
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

let browser: Browser;
let page: Page;
let encrypted: Uint8Array;

beforeAll(async () => {
  const bundle = await build({
    stdin: { contents: `export * from "./pages/components/unlock.ts"; export { decryptFile, encryptFile } from "@trial/foundation";`, resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    format: "iife",
    globalName: "unlock",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
  });
  const code = bundle.outputFiles[0]?.text ?? "";
  encrypted = await encryptFile(plain, PASSPHRASE, { name: "subjects.parquet" });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS.filter((a) => a !== "--headless"), headless: true });
  page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/`) return route.fulfill({ contentType: "text/html", body: `<!doctype html><html><body><script>${code}</script></body></html>` });
    if (url === FILE_URL) return route.fulfill({ contentType: "application/octet-stream", body: Buffer.from(encrypted) });
    return route.fulfill({ status: 404, body: "not found" });
  });
  await page.goto(`${ORIGIN}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

type Unlock = typeof import("../../pages/components/unlock.ts") & { decryptFile: typeof decryptFile; encryptFile: typeof encryptFile };

describe("encrypted files in Chromium (WebCrypto)", () => {
  it("Chromium decrypts a file encrypted in Node; the bytes and their SHA-256 are the original's", async () => {
    expect(await page.evaluate(() => window.isSecureContext && typeof crypto.subtle !== "undefined")).toBe(true);
    const result = await page.evaluate(
      async ({ url, passphrase }) => {
        const u = (globalThis as unknown as { unlock: Unlock }).unlock;
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const { bytes: plainBytes, header } = await u.decryptFile(bytes, passphrase, { file: url });
        const digest = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(plainBytes))), (b) => b.toString(16).padStart(2, "0")).join("");
        return { hex: Array.from(plainBytes, (b) => b.toString(16).padStart(2, "0")).join(""), digest, headerSha256: header.sha256, browser: navigator.userAgent };
      },
      { url: FILE_URL, passphrase: PASSPHRASE },
    );
    console.log(`encrypted-file: decrypted in ${result.browser.match(/Chrom\S+/)?.[0] ?? "Chromium"}`);
    expect(result.hex).toBe(Buffer.from(plain).toString("hex"));
    expect(result.digest).toBe(sha(plain));
    expect(result.headerSha256).toBe(sha(plain));
  });

  it("the passphrase form: a wrong passphrase is one line naming the file, the right one unlocks and sets the view's value", async () => {
    await page.evaluate((url) => {
      const u = (globalThis as unknown as { unlock: Unlock }).unlock;
      const form = u.unlockForm(url, { ring: new u.SessionKeyRing() });
      form.id = "lock";
      document.body.append(form);
      form.addEventListener("input", () => ((globalThis as unknown as { got: number }).got = (form.value as Uint8Array).length));
    }, FILE_URL);
    await page.fill("#lock input[type=password]", "not the passphrase");
    await page.click("#lock button");
    await page.waitForFunction(() => /wrong|altered/.test(document.querySelector("#lock output")?.textContent ?? ""), undefined, { timeout: 30_000 });
    const wrong = await page.textContent("#lock output");
    expect(wrong).toContain(`wrong passphrase or altered file ${FILE_URL}`);
    expect(wrong).not.toContain("\n");
    expect(await page.inputValue("#lock input[type=password]")).toBe("");
    await page.fill("#lock input[type=password]", PASSPHRASE);
    await page.click("#lock button");
    await page.waitForFunction(() => typeof (globalThis as unknown as { got?: number }).got === "number", undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => (globalThis as unknown as { got: number }).got)).toBe(plain.length);
    expect(await page.textContent("#lock output")).toMatch(/^Unlocked \(1 file, 5,008 bytes\)/);
    expect(await page.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
  });

  it("Node decrypts a file encrypted in Chromium", async () => {
    const hex = await page.evaluate(async (passphrase) => {
      const u = (globalThis as unknown as { unlock: Unlock }).unlock;
      const out = await u.encryptFile(new TextEncoder().encode("made in the browser"), passphrase, { name: "visits.parquet" });
      return Array.from(out, (b) => b.toString(16).padStart(2, "0")).join("");
    }, PASSPHRASE);
    const { bytes, header } = await decryptFile(new Uint8Array(Buffer.from(hex, "hex")), PASSPHRASE);
    expect(new TextDecoder().decode(bytes)).toBe("made in the browser");
    expect(header.name).toBe("visits.parquet");
  });
});
