/**
 * A small static file server for the built site (`npm run serve`, and the end-to-end tests).
 * No dependencies. ES modules and WebAssembly do not load from `file://`, so an archived site is
 * opened through this server:
 *   - binds 127.0.0.1 only; port from `--port`, `$PORT` or 3000 (`0` picks a free port);
 *   - clean URLs as Framework writes its links: `/foo` serves `foo.html`, `/dir/` serves
 *     `dir/index.html`, `/dir` redirects to `/dir/` when only `dir/index.html` exists;
 *   - correct MIME types, `application/wasm` included (required by WebAssembly.instantiateStreaming);
 *   - gzip for text, JavaScript, JSON and WebAssembly when the client accepts it (DuckDB-WASM's
 *     35 MB module travels as about 8 MB); each compressed file is kept in memory, keyed by its
 *     path, size and modification time, so it is compressed once per server;
 *   - GET and HEAD only; paths outside the root are refused; unknown paths get `404.html` or a 404.
 *
 * Usage: `tsx src/build/serve.ts [root=dist] [--port N]`
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const MIME_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".arrow": "application/vnd.apache.arrow.file",
  ".csv": "text/csv; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml",
  ".zip": "application/zip",
  ".gz": "application/gzip",
  ".pdf": "application/pdf",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
};

export interface StaticServer {
  /** Base URL, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  /** `http://127.0.0.1:PORT`: every request of the site should have this origin. */
  origin: string;
  port: number;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file to serve for a URL path, or a redirect, or nothing; never a path outside `root`. */
export async function resolveRequest(root: string, urlPath: string): Promise<{ file: string } | { redirect: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = path.join(root, path.posix.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (decoded.endsWith("/")) {
    const index = path.join(file, "index.html");
    return (await isFile(index)) ? { file: index } : null;
  }
  if (await isFile(file)) return { file };
  if (await isFile(`${file}.html`)) return { file: `${file}.html` };
  if (await isFile(path.join(file, "index.html"))) return { redirect: `${urlPath}/` };
  return null;
}

function send(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

const gzip = promisify(gzipCallback);
/** Types worth compressing (Parquet, images and archives are compressed already). */
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".csv", ".txt", ".map", ".md"]);
const compressed = new Map<string, Promise<Buffer>>();

/** The gzip bytes of a file, compressed once per (path, size, mtime). */
function gzipped(file: string, size: number, mtimeMs: number): Promise<Buffer> {
  const key = `${file}\0${size}\0${mtimeMs}`;
  let entry = compressed.get(key);
  if (!entry) {
    entry = readFile(file).then((bytes) => gzip(bytes, { level: 6 }));
    compressed.set(key, entry);
    entry.catch(() => compressed.delete(key));
  }
  return entry;
}

const acceptsGzip = (req: IncomingMessage) => /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return send(res, 405, "Method not allowed\n");
  }
  const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
  const resolved = await resolveRequest(root, pathname);
  if (resolved && "redirect" in resolved) {
    res.writeHead(301, { Location: resolved.redirect + search, "Content-Length": 0 });
    return void res.end();
  }
  let file = resolved?.file;
  let status = 200;
  if (!file) {
    const notFound = path.join(root, "404.html");
    if (!(await isFile(notFound))) return send(res, 404, `Not found: ${pathname}\n`);
    file = notFound;
    status = 404;
  }
  const { size, mtimeMs } = await stat(file);
  const ext = path.extname(file).toLowerCase();
  const headers = {
    "Content-Type": MIME_TYPES[ext] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    Vary: "Accept-Encoding",
  };
  if (COMPRESSIBLE.has(ext) && size > 1024 && acceptsGzip(req)) {
    const body = await gzipped(file, size, mtimeMs);
    res.writeHead(status, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length });
    return void res.end(req.method === "HEAD" ? undefined : body);
  }
  res.writeHead(status, { ...headers, "Content-Length": size });
  if (req.method === "HEAD") return void res.end();
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

/** Serves `root` on `host:port` (port 0: a free port). Resolves once listening. */
export function startServer(options: { root: string; port?: number; host?: string }): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    handle(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, host, () => {
      const { port } = server.address() as AddressInfo;
      const origin = `http://${host}:${port}`;
      resolve({
        url: `${origin}/`,
        origin,
        port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf("--port");
  const port = Number(portFlag >= 0 ? args[portFlag + 1] : (process.env.PORT ?? 3000));
  const root = args.find((a, i) => !a.startsWith("--") && (portFlag < 0 || i !== portFlag + 1)) ?? "dist";
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: invalid port ${JSON.stringify(port)}`);
    process.exit(2);
  }
  if (!(await isFile(path.join(root, "index.html")))) {
    console.error(`serve: ${path.resolve(root)}/index.html not found; run npm run build first`);
    process.exit(1);
  }
  const server = await startServer({ root, port });
  console.log(`Serving ${path.resolve(root)} at ${server.url} (Ctrl-C to stop)`);
}
