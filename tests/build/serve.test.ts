import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type StaticServer } from "../../src/build/serve.ts";

function get(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the static server", () => {
  let server: StaticServer;
  const wasm = Buffer.alloc(50_000, 7);
  const js = Buffer.from("export const x = 1;\n".repeat(500));
  const parquet = Buffer.alloc(5_000, 3);
  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), "serve-"));
    writeFileSync(path.join(root, "index.html"), "<!doctype html><p>hello</p>");
    writeFileSync(path.join(root, "module.wasm"), wasm);
    writeFileSync(path.join(root, "app.js"), js);
    writeFileSync(path.join(root, "data.parquet"), parquet);
    server = await startServer({ root, port: 0 });
  });
  afterAll(() => server.close());

  it("sends WebAssembly and JavaScript gzipped to a client that accepts gzip, the same bytes once unzipped", async () => {
    for (const [name, bytes, type] of [
      ["module.wasm", wasm, "application/wasm"],
      ["app.js", js, "text/javascript; charset=utf-8"],
    ] as const) {
      const r = await get(`${server.url}${name}`, { "Accept-Encoding": "gzip, deflate, br" });
      expect(r.status).toBe(200);
      expect(r.headers["content-encoding"]).toBe("gzip");
      expect(r.headers["content-type"]).toBe(type);
      expect(Number(r.headers["content-length"])).toBe(r.body.length);
      expect(r.body.length).toBeLessThan(bytes.length / 5);
      expect(gunzipSync(r.body).equals(bytes)).toBe(true);
    }
  });

  it("sends the file as is to a client that does not accept gzip, and never recompresses Parquet", async () => {
    const plain = await get(`${server.url}module.wasm`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(wasm)).toBe(true);
    const data = await get(`${server.url}data.parquet`, { "Accept-Encoding": "gzip" });
    expect(data.headers["content-encoding"]).toBeUndefined();
    expect(data.body.equals(parquet)).toBe(true);
  });

  it("answers HEAD with the headers only", async () => {
    const r = await get(`${server.url}app.js`, { "Accept-Encoding": "gzip" }, "HEAD");
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body.length).toBe(0);
  });
});
