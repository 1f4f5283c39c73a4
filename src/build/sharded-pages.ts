/**
 * Renders the site's pages in several Framework builds at once (page-shards.ts says which pages
 * each renders) and merges their outputs into one site. Each shard builds from its own copy of the
 * pages root, `<project>/.site-shard-<i>/` (the same depth as `pages/`, so the loaders' relative
 * imports resolve; the data files are hard links), with its own Framework cache, so two builds never
 * write the same cache file.
 *
 * Merging: every output path of the shards must hold the same bytes wherever two shards wrote it
 * (the libraries, the client, the stylesheet, the data files: Framework names them by their
 * content hash). The only difference allowed is the search index, which shard 0 builds over all the
 * pages the sidebar lists; the other shards' pages are pointed at it. Anything else that differs
 * stops the build, naming the file.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { copyFile, link, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fillNpmCache } from "./fill-npm-cache.ts";

export interface ShardedBuildOptions {
  projectRoot: string;
  pagesRoot: string;
  output: string;
  shards: number;
  env: NodeJS.ProcessEnv;
  /** Writes Framework's lines of shard i (progress lines are dropped by the caller's filter). */
  onLine(shard: number, line: string): void;
}

async function filesUnder(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(full, base)));
    else if (e.isFile()) out.push(path.relative(base, full));
  }
  return out;
}

/**
 * Makes `to` a copy of the pages root without its cache. Every shard keeps the site's own pages:
 * Framework renders every static page of its root and indexes every page the sidebar lists for the
 * search, so a shard without them fails ("Not found: /validation"); their outputs are identical in
 * every shard, which the merge checks.
 */
async function syncRoot(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const e of await readdir(to)) if (e !== ".observablehq") await rm(path.join(to, e), { recursive: true, force: true });
  await rm(path.join(to, ".observablehq", "cache", "data"), { recursive: true, force: true });
  for (const file of await filesUnder(from)) {
    if (file.startsWith(`.observablehq${path.sep}`)) continue;
    const target = path.join(to, file);
    await mkdir(path.dirname(target), { recursive: true });
    await link(path.join(from, file), target).catch(() => copyFile(path.join(from, file), target));
  }
}

function runShard(options: ShardedBuildOptions, index: number, root: string, output: string, logFile: string): Promise<number> {
  const bin = path.join(options.projectRoot, "node_modules", ".bin", "observable");
  return new Promise((resolve, reject) => {
    const env = { ...options.env, TRIAL_PAGES_ROOT: path.relative(options.projectRoot, root), TRIAL_OUTPUT: output, TRIAL_PAGE_SHARD: `${index}/${options.shards}` };
    const child = spawn(bin, ["build"], { cwd: options.projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    const log = createWriteStream(logFile);
    let pending = "";
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      const lines = (pending + chunk.toString("utf-8")).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) options.onLine(index, line);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      log.end();
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

const SEARCH = /_observablehq\/(search\.[0-9a-f]+\.js|minisearch\.[0-9a-f]+\.json)$/;

/**
 * A page registers each file it reads with the file's modification time (`"lastModified":…`), and
 * the small loader outputs (studies.json, the bootstrap worker, …) are written by each shard's own
 * Framework process at a slightly different moment. The merged site gives every file the time
 * shard 0 recorded, so that the same page is the same bytes whichever shard rendered it.
 */
const REGISTERED = /"path":"((?:\.\.?\/)*)([^"]+)","lastModified":(\d+)/g;

function recordLastModified(html: string, into: Map<string, string>): void {
  for (const m of html.matchAll(REGISTERED)) if (!into.has(m[2] as string)) into.set(m[2] as string, m[3] as string);
}

function useLastModified(html: string, from: ReadonlyMap<string, string>): string {
  return html.replace(REGISTERED, (all, up: string, file: string) => {
    const time = from.get(file);
    return time === undefined ? all : `"path":"${up}${file}","lastModified":${time}`;
  });
}

/** Builds the pages in `shards` Framework processes and merges them into `output`; resolves to the exit code. */
export async function buildPagesInShards(options: ShardedBuildOptions): Promise<number> {
  const shardRoots = Array.from({ length: options.shards }, (_, i) => path.join(options.projectRoot, `.site-shard-${i}`));
  const shardOutputs = shardRoots.map((_, i) => path.join(options.projectRoot, ".cache", `site-shard-${i}`));
  for (const root of shardRoots) {
    await syncRoot(options.pagesRoot, root);
    await fillNpmCache(root, options.projectRoot);
  }
  const codes = await Promise.all(
    shardRoots.map((root, i) => runShard(options, i, root, shardOutputs[i] as string, path.join(options.projectRoot, ".cache", `site-build-shard-${i}.log`))),
  );
  const failed = codes.findIndex((c) => c !== 0);
  if (failed >= 0) return codes[failed] as number;
  await mergeShardOutputs(shardOutputs, options.output);
  return 0;
}

/**
 * Merges the shards' outputs into `output`: a file written by several shards must have the same
 * bytes in each (after the search module and modification times are made shard 0's); anything
 * else stops the merge, naming the file.
 */
export async function mergeShardOutputs(shardOutputs: readonly string[], output: string): Promise<void> {
  await rm(output, { recursive: true, force: true });
  const written = new Map<string, string>();
  const lastModified = new Map<string, string>();
  let searchModule: string | null = null;
  for (const [i, out] of shardOutputs.entries()) {
    const files = await filesUnder(out);
    const ownSearch = files.find((f) => /_observablehq\/search\.[0-9a-f]+\.js$/.test(f.split(path.sep).join("/")));
    if (i === 0) searchModule = ownSearch ?? null;
    for (const file of files) {
      const posix = file.split(path.sep).join("/");
      if (i > 0 && SEARCH.test(posix)) continue;
      const from = path.join(out, file);
      const to = path.join(output, file);
      let bytes: Buffer | null = null;
      if (posix.endsWith(".html")) {
        let html = await readFile(from, "utf-8");
        if (i === 0) recordLastModified(html, lastModified);
        else {
          // Pages of later shards import shard 0's search module (the complete index) and give a
          // file the modification time shard 0's pages give it.
          if (ownSearch !== undefined && searchModule !== null) html = html.split(path.basename(ownSearch)).join(path.basename(searchModule));
          html = useLastModified(html, lastModified);
        }
        bytes = Buffer.from(html);
      }
      if (written.has(posix)) {
        const [a, b] = await Promise.all([bytes ?? readFile(from), readFile(to)]);
        if (!a.equals(b)) throw new Error(`sharded build: ${posix} differs between shard ${written.get(posix)} and shard ${i} (a page output that is not content-addressed?)`);
        continue;
      }
      await mkdir(path.dirname(to), { recursive: true });
      if (bytes) await writeFile(to, bytes);
      else await link(from, to).catch(() => copyFile(from, to));
      written.set(posix, String(i));
    }
  }
  await stat(output);
}
