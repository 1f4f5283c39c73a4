/**
 * The unlock component's crypto part (no DOM): the page's key ring derives a key once per
 * (iterations, salt) and keeps only CryptoKeys in memory (nothing in sessionStorage), a locked ring
 * refuses, unlockBytes fetches and decrypts, a wrong passphrase locks the ring again with one line
 * naming the URL, an HTTP error names the URL, an altered file is named.
 */
import { describe, expect, it } from "vitest";
import { deriveFileKey, encryptFile, newKdfParameters } from "@trial/foundation";
import { SessionKeyRing, unlockBytes, unlockMessage, unlockWithPassphrase, type FetchBytes } from "../../pages/components/unlock.ts";

const PASSPHRASE = "study passphrase from escrow";
const subjects = new TextEncoder().encode("PAR1 subjects PAR1");
const visits = new TextEncoder().encode("PAR1 visits PAR1");

async function site(): Promise<{ fetchFn: FetchBytes; requests: string[]; files: Map<string, Uint8Array> }> {
  const key = await deriveFileKey(PASSPHRASE, newKdfParameters());
  const files = new Map<string, Uint8Array>([
    ["/_file/data/built/S/2026-01/subjects.0123abcd.parquet", await encryptFile(subjects, key, { name: "subjects.parquet" })],
    ["/_file/data/built/S/2026-01/visits.4567cdef.parquet", await encryptFile(visits, key, { name: "visits.parquet" })],
  ]);
  const requests: string[] = [];
  const fetchFn: FetchBytes = async (url) => {
    requests.push(url);
    const bytes = files.get(url);
    return bytes ? new Response(new Uint8Array(bytes)) : new Response("not found", { status: 404, statusText: "Not Found" });
  };
  return { fetchFn, requests, files };
}

describe("unlocking encrypted files on a page (no DOM)", () => {
  it("decrypts every file of a page with one passphrase and one key derivation; nothing is stored outside memory", async () => {
    const { fetchFn } = await site();
    const ring = new SessionKeyRing();
    expect(ring.unlocked).toBe(false);
    const [s, v] = await unlockWithPassphrase(
      ["/_file/data/built/S/2026-01/subjects.0123abcd.parquet", "/_file/data/built/S/2026-01/visits.4567cdef.parquet"],
      PASSPHRASE,
      ring,
      fetchFn,
    );
    expect(new TextDecoder().decode(s)).toBe("PAR1 subjects PAR1");
    expect(new TextDecoder().decode(v)).toBe("PAR1 visits PAR1");
    expect(ring.unlocked).toBe(true);
    expect(ring.derivations).toBe(1);
    // Later files on the page reuse the derived key.
    expect(new TextDecoder().decode(await unlockBytes("/_file/data/built/S/2026-01/visits.4567cdef.parquet", ring, fetchFn))).toBe("PAR1 visits PAR1");
    expect(ring.derivations).toBe(1);
    // The ring holds CryptoKeys, not the passphrase.
    expect(JSON.stringify(ring)).not.toContain(PASSPHRASE);
    expect(typeof (globalThis as { sessionStorage?: unknown }).sessionStorage).toBe("undefined");
    ring.lock();
    expect(ring.unlocked).toBe(false);
    await expect(unlockBytes("/_file/data/built/S/2026-01/visits.4567cdef.parquet", ring, fetchFn)).rejects.toThrow("the study passphrase has not been entered on this page");
  });

  it("a wrong passphrase: one line naming the URL, and the ring is locked again", async () => {
    const { fetchFn } = await site();
    const ring = new SessionKeyRing();
    const error = await unlockWithPassphrase(["/_file/data/built/S/2026-01/subjects.0123abcd.parquet"], "wrong", ring, fetchFn).catch((e: unknown) => e);
    expect(unlockMessage(error)).toBe(
      "/_file/data/built/S/2026-01/subjects.0123abcd.parquet (subjects.parquet): [wrong-passphrase] wrong passphrase or altered file /_file/data/built/S/2026-01/subjects.0123abcd.parquet (subjects.parquet): the derived key does not match the header's key check",
    );
    expect(ring.unlocked).toBe(false);
  });

  it("an HTTP error and an altered file are named", async () => {
    const { fetchFn, files } = await site();
    const ring = new SessionKeyRing();
    await expect(unlockWithPassphrase(["/_file/data/built/S/2026-01/adverse_events.0000aaaa.parquet"], PASSPHRASE, ring, fetchFn)).rejects.toThrow(
      "unlock: /_file/data/built/S/2026-01/adverse_events.0000aaaa.parquet: HTTP 404 Not Found",
    );
    const url = "/_file/data/built/S/2026-01/subjects.0123abcd.parquet";
    const bytes = files.get(url) as Uint8Array;
    bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 1;
    const error = await unlockWithPassphrase([url], PASSPHRASE, ring, fetchFn).catch((e: unknown) => e);
    expect(unlockMessage(error)).toMatch(/^\/_file\/data\/built\/S\/2026-01\/subjects\.0123abcd\.parquet \(subjects\.parquet\): \[altered-file\]/);
  });
});
