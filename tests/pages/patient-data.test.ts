/**
 * The pages' one loader of patient-level files (no DOM): an unencrypted site reads the file as
 * before; an encrypted one makes no request until the passphrase is given, a wrong passphrase is
 * refused naming the rule and the URL and leaves every request waiting (nothing decrypted), the
 * right one decrypts every file the page asked for (and later ones with the same key), and the
 * FileAttachment's own parquet() reads the plaintext.
 */
import { describe, expect, it } from "vitest";
import { deriveFileKey, encryptFile, newKdfParameters } from "@trial/foundation";
import {
  aggregateJson,
  PageLock,
  patientAttachment,
  patientDownloadUrl,
  patientJson,
  patientJsonFile,
  patientParquet,
  type ParquetFile,
} from "../../pages/components/patient-data.ts";
import { SessionKeyRing, type FetchBytes } from "../../pages/components/unlock.ts";

const PASSPHRASE = "study passphrase from escrow";
const clear = { subjects: new TextEncoder().encode("PAR1 subjects PAR1"), visits: new TextEncoder().encode("PAR1 visits PAR1") };
const url = (name: string) => `/_file/data/built/S/2026-01/${name}.0123abcd.parquet`;
const jsonUrl = "/_file/data/built/S/2026-01/models/dropout.89abcdef.json";
const modelJson = '{"task":"dropout","test":{"columns":["subject_id"],"rows":[["01-701-1023"]]}}';

async function site(): Promise<{ lock: PageLock; requests: string[] }> {
  const kdf = newKdfParameters();
  const key = await deriveFileKey(PASSPHRASE, kdf);
  const files = new Map<string, Uint8Array>([
    [url("subjects"), await encryptFile(clear.subjects, key, { name: "subjects.parquet" })],
    [url("visits"), await encryptFile(clear.visits, key, { name: "visits.parquet" })],
    [jsonUrl, await encryptFile(new TextEncoder().encode(modelJson), key, { name: "models/dropout.json" })],
  ]);
  const requests: string[] = [];
  const fetchFn: FetchBytes = async (u) => {
    requests.push(u);
    const bytes = files.get(u);
    return bytes ? new Response(new Uint8Array(bytes)) : new Response("not found", { status: 404 });
  };
  return { lock: new PageLock(new SessionKeyRing(), fetchFn), requests };
}

/** A FileAttachment stand-in whose parquet() reads this.arrayBuffer(), as Framework's does. */
function attachment(name: string): ParquetFile & { fetched: number } {
  return {
    name: `${name}.parquet`,
    href: url(name),
    fetched: 0,
    async arrayBuffer() {
      this.fetched++;
      return new TextEncoder().encode("clear file from the host").buffer as ArrayBuffer;
    },
    async parquet() {
      return new TextDecoder().decode(await this.arrayBuffer());
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe("patient-level files on a page", () => {
  it("an unencrypted site reads the file itself", async () => {
    const file = attachment("subjects");
    expect(await patientParquet(file, { encrypted: false })).toBe("clear file from the host");
    expect(patientAttachment(file, { encrypted: false })).toBe(file);
  });

  it("a locked page makes no request; a wrong passphrase is refused by name and decrypts nothing; the right one unlocks every file", async () => {
    const { lock, requests } = await site();
    const subjects = attachment("subjects");
    const visits = attachment("visits");
    let settled = 0;
    const s = patientParquet<string>(subjects, { lock, encrypted: true }).finally(() => settled++);
    const v = patientParquet<string>(visits, { lock, encrypted: true }).finally(() => settled++);
    await tick();
    expect(requests).toEqual([]);
    expect(settled).toBe(0);
    expect(lock.unlocked).toBe(false);

    await expect(lock.unlock("not the study passphrase")).rejects.toThrow(/\[wrong-passphrase\] wrong passphrase or altered file/);
    await tick();
    expect(settled).toBe(0);
    expect(lock.unlocked).toBe(false);

    let told = false;
    lock.onUnlock(() => (told = true));
    await lock.unlock(PASSPHRASE);
    expect(await s).toBe("PAR1 subjects PAR1");
    expect(await v).toBe("PAR1 visits PAR1");
    expect(told).toBe(true);
    expect(lock.unlocked).toBe(true);
    // The page's own FileAttachment never fetched the (encrypted) file.
    expect(subjects.fetched + visits.fetched).toBe(0);

    // A file asked for after unlocking is decrypted with the same key, and hashing code sees the plaintext.
    const late = patientAttachment(attachment("subjects"), { lock, encrypted: true });
    expect(new TextDecoder().decode(await late.arrayBuffer())).toBe("PAR1 subjects PAR1");
  });

  it("a patient-level JSON file (a model's test rows, the exclusion log): read as is in the clear; on a locked page, no request until unlocked, then parsed from the plaintext with a blob: download URL", async () => {
    const clearFile = { name: "dropout.json", href: jsonUrl, json: async () => ({ task: "dropout" }) };
    expect(await patientJsonFile(clearFile, { encrypted: false })).toEqual({ value: { task: "dropout" }, href: jsonUrl });

    const { lock, requests } = await site();
    const hostFile = { name: "dropout.json", href: jsonUrl, json: async () => Promise.reject(new Error("the encrypted bytes are not JSON")) };
    let settled = false;
    const pending = patientJsonFile<{ task: string; test: { rows: string[][] } }>(hostFile, { lock, encrypted: true }).finally(() => (settled = true));
    const value = patientJson(hostFile, { lock, encrypted: true });
    await tick();
    expect(requests).toEqual([]);
    expect(settled).toBe(false);
    await lock.unlock(PASSPHRASE);
    const read = await pending;
    expect(read.value.test.rows).toEqual([["01-701-1023"]]);
    expect(read.href).toMatch(/^blob:/);
    expect(await (await fetch(read.href)).text()).toBe(modelJson);
    expect(await value).toEqual(read.value);
    expect(requests).toEqual([jsonUrl]);
  });

  it("an aggregate with small cells: the full document once in the clear; on a locked page the locked view at once, no request for the full one, then the full one at the unlock", async () => {
    const full = { name: "consort.json", href: jsonUrl, json: async () => ({ enrolled: 254, arms: [{ n: 2 }] }) };
    const lockedView = {
      name: "consort.json",
      href: "/_file/data/built/S/2026-01/locked/consort.0123abcd.json",
      json: async () => ({ enrolled: 254, arms: [{ n: "<5" }], locked: { threshold: 5, suppressed: 1 } }),
    };
    const values: unknown[] = [];
    for await (const v of aggregateJson(full, lockedView, { encrypted: false })) values.push(v);
    expect(values).toEqual([{ enrolled: 254, arms: [{ n: 2 }] }]);

    const { lock, requests } = await site();
    const hostFile = { name: "dropout.json", href: jsonUrl, json: async () => Promise.reject(new Error("the encrypted bytes are not JSON")) };
    const generator = aggregateJson<Record<string, unknown>>(hostFile, lockedView, { lock, encrypted: true });
    const first = await generator.next();
    expect(first.value).toMatchObject({ arms: [{ n: "<5" }] });
    expect(first.value?.locked).toEqual({ threshold: 5, suppressed: 1 });
    const second = generator.next();
    await tick();
    expect(requests).toEqual([]);
    await lock.unlock(PASSPHRASE);
    expect((await second).value).toEqual(JSON.parse(modelJson));
    expect((await generator.next()).done).toBe(true);
    // A download of an encrypted CSV: a blob: URL of the plaintext, after the unlock.
    expect(await patientDownloadUrl({ name: "t.csv", href: jsonUrl, url: async () => jsonUrl }, "text/csv", { lock, encrypted: true })).toMatch(/^blob:/);
    expect(await patientDownloadUrl({ name: "t.csv", href: "/t.csv", url: async () => "/_file/t.csv" }, "text/csv", { encrypted: false })).toBe("/_file/t.csv");
  });
});
