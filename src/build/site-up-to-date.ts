/**
 * Whether the last site build's output is still what a new build would write: the build's inputs
 * (every file of the site's sources, the data laid out for it, the lockfile, the variables that
 * change the configuration) hash to the same fingerprint, and every output file is still there,
 * unmodified (same size and modification time as recorded). Then `npm run build` keeps the output
 * instead of re-rendering 500 pages, as `make` would; any change, or a missing or touched output
 * file, rebuilds everything.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";

interface BuildRecord {
  fingerprint: string;
  output: string;
  files: Array<[string, number, number]>;
}

const SOURCE_DIRS = ["pages", "src", "data-loaders", "examples", "estimators/src", "estimators/dist", "src/foundation/dist"];
const SKIP = new Set([".observablehq", "built", "node_modules", ".git"]);
const ENV = ["TRIAL_ONLY", "TRIAL_OUTPUT", "TRIAL_PUBLICATION", "TRIAL_BYO_CONFIGS", "TRIAL_CDISC_DIR", "TRIAL_CDISC_FORMAT", "TRIAL_PAGE_SHARDS", "CI"];

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name) || e.name.startsWith(".built")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) walk(full, out);
    else if (e.isFile()) out.push(full);
  }
}

/** SHA-256 of everything the site build reads, given the data's own fingerprint. */
export function siteInputsFingerprint(projectRoot: string, dataFingerprint: string): string {
  const hash = createHash("sha256").update(dataFingerprint).update("\0").update(process.version).update("\0");
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(projectRoot, dir))) walk(path.join(projectRoot, dir), files);
  for (const f of ["package-lock.json", "observablehq.config.ts"]) files.push(path.join(projectRoot, f));
  for (const file of [...new Set(files)].sort()) hash.update(path.relative(projectRoot, file)).update("\0").update(readFileSync(file)).update("\0");
  for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ""}\0`);
  const publication = process.env.TRIAL_PUBLICATION;
  if (publication && existsSync(publication)) hash.update(readFileSync(publication));
  return hash.digest("hex");
}

function outputFiles(output: string): Array<[string, number, number]> {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) visit(full);
      else if (e.isFile()) files.push(full);
    }
  };
  visit(output);
  return files.sort().map((f) => {
    const s = statSync(f);
    return [path.relative(output, f), s.size, s.mtimeMs];
  });
}

/** True when `recordFile` says `output` was built from `fingerprint` and no output file changed since. */
export function siteUpToDate(recordFile: string, output: string, fingerprint: string): boolean {
  if (!existsSync(recordFile) || !existsSync(output)) return false;
  let record: BuildRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, "utf-8")) as BuildRecord;
  } catch {
    return false;
  }
  if (record.fingerprint !== fingerprint || record.output !== path.resolve(output)) return false;
  const now = outputFiles(output);
  return (
    now.length === record.files.length &&
    now.every((f, i) => {
      const r = record.files[i];
      return r !== undefined && f[0] === r[0] && f[1] === r[1] && f[2] === r[2];
    })
  );
}

export async function recordSiteBuild(recordFile: string, output: string, fingerprint: string): Promise<void> {
  const record: BuildRecord = { fingerprint, output: path.resolve(output), files: outputFiles(output) };
  await writeFile(recordFile, JSON.stringify(record));
}
