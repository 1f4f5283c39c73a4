/**
 * A small static file server for the built site (`npm run serve`, and the end-to-end tests).
 * No dependencies. ES modules and WebAssembly do not load from `file://`, so an archived site is
 * opened through this server:
 *   - binds 127.0.0.1 only; port from `--port`, `$PORT` or 3000 (`0` picks a free port);
 *   - clean URLs as Framework writes its links: `/foo` serves `foo.html`, `/dir/` serves
 *     `dir/index.html`, `/dir` redirects to `/dir/` when only `dir/index.html` exists;
 *   - correct MIME types, `application/wasm` included (required by WebAssembly.instantiateStreaming);
 *   - GET and HEAD only; paths outside the root are refused; unknown paths get `404.html` or a 404.
 *
 * Usage: `tsx src/build/serve.ts [root=dist] [--port N]`
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
export const MIME_TYPES = {
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
async function isFile(file) {
    try {
        return (await stat(file)).isFile();
    }
    catch {
        return false;
    }
}
/** The file to serve for a URL path, or a redirect, or nothing; never a path outside `root`. */
export async function resolveRequest(root, urlPath) {
    let decoded;
    try {
        decoded = decodeURIComponent(urlPath);
    }
    catch {
        return null;
    }
    if (decoded.includes("\0"))
        return null;
    const file = path.join(root, path.posix.normalize(decoded));
    if (file !== root && !file.startsWith(root + path.sep))
        return null;
    if (decoded.endsWith("/")) {
        const index = path.join(file, "index.html");
        return (await isFile(index)) ? { file: index } : null;
    }
    if (await isFile(file))
        return { file };
    if (await isFile(`${file}.html`))
        return { file: `${file}.html` };
    if (await isFile(path.join(file, "index.html")))
        return { redirect: `${urlPath}/` };
    return null;
}
function send(res, status, body) {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
    res.end(body);
}
async function handle(root, req, res) {
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
        if (!(await isFile(notFound)))
            return send(res, 404, `Not found: ${pathname}\n`);
        file = notFound;
        status = 404;
    }
    const { size } = await stat(file);
    res.writeHead(status, {
        "Content-Type": MIME_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD")
        return void res.end();
    createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
}
/** Serves `root` on `host:port` (port 0: a free port). Resolves once listening. */
export function startServer(options) {
    const root = path.resolve(options.root);
    const host = options.host ?? "127.0.0.1";
    const server = createServer((req, res) => {
        handle(root, req, res).catch((error) => {
            if (!res.headersSent)
                send(res, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
            else
                res.destroy();
        });
    });
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port ?? 3000, host, () => {
            const { port } = server.address();
            const origin = `http://${host}:${port}`;
            resolve({
                url: `${origin}/`,
                origin,
                port,
                close: () => new Promise((done, fail) => {
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
