/**
 * `npm run bench [-- <name filter>] [--runs N] [--write]`: runs every benchmark case in
 * `tests/bench/*.bench.ts` (discovered by file name: add a file, the runner finds it; the shape of
 * a case is documented in `bench.ts`), each `runs` times after an untimed `prepare`, and prints the
 * median, min and max wall-clock seconds with the machine (CPU model, cores, Node version).
 *
 * `--write` also saves the figures to `pages/data/benchmarks.json`, which the Benchmarks page
 * (`/benchmarks`) shows. Benchmarks are measurements, not tests: nothing here fails on a missed
 * target; the report says by how much.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median, type BenchCase, type BenchResult } from "./bench.ts";

const here = fileURLToPath(new URL(".", import.meta.url));

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  v8: string;
  platform: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

function parseArgs(argv: string[]): { filter: string | null; runs: number | null; write: boolean } {
  let filter: string | null = null;
  let runs: number | null = null;
  let write = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--write") write = true;
    else if (a === "--runs") {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a positive integer, got ${argv[i]}`);
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a} (use: [filter] [--runs N] [--write])`);
    else filter = a;
  }
  return { filter, runs, write };
}

async function loadCases(): Promise<BenchCase[]> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const cases: BenchCase[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(`${here}${f}`).href)) as { default?: BenchCase | BenchCase[] };
    if (mod.default === undefined) throw new Error(`${f}: a bench file must default-export a BenchCase or an array of them (see tests/bench/bench.ts)`);
    cases.push(...(Array.isArray(mod.default) ? mod.default : [mod.default]));
  }
  const names = new Set<string>();
  for (const c of cases) {
    if (names.has(c.name)) throw new Error(`two bench cases are named "${c.name}"`);
    names.add(c.name);
  }
  return cases;
}

const fmt = (s: number) => (s < 10 ? s.toFixed(3) : s.toFixed(1));

async function runCase(c: BenchCase, runsOverride: number | null): Promise<BenchResult> {
  const base = { name: c.name, target: c.target ?? null, referenceFor: c.referenceFor ?? null };
  const skipped = c.skip?.() ?? null;
  if (skipped !== null) {
    console.log(`  skipped: ${skipped}`);
    return { ...base, runs: 0, seconds: { median: NaN, min: NaN, max: NaN, all: [] }, cpuSeconds: null, loadAverage: null, met: null, check: null, peakRssMiB: null, skipped };
  }
  const prepared = c.prepare ? await c.prepare() : undefined;
  const runs = runsOverride ?? c.runs ?? 5;
  const all: number[] = [];
  const cpu: number[] = [];
  const loadBefore = os.loadavg()[0] as number;
  let check: string | null = null;
  let peak: number | null = null;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const report = await c.run(prepared);
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    const used = process.cpuUsage(c0);
    if (report?.seconds !== undefined) {
      if (report.cpuSeconds !== undefined) cpu.push(report.cpuSeconds);
    } else cpu.push((used.user + used.system) / 1e6);
    const seconds = report?.seconds ?? wall;
    all.push(seconds);
    if (report?.check !== undefined) check = report.check;
    if (report?.peakRssMiB !== undefined) peak = Math.max(peak ?? 0, report.peakRssMiB);
    const cpuNote = cpu.length > r ? ` (CPU ${fmt(cpu[cpu.length - 1] as number)} s)` : "";
    console.log(`  run ${r + 1}/${runs}: ${fmt(seconds)} s${cpuNote}${report?.check ? `  ${report.check}` : ""}`);
  }
  const med = median(all);
  return {
    ...base,
    runs,
    seconds: { median: med, min: Math.min(...all), max: Math.max(...all), all },
    cpuSeconds: cpu.length === runs ? { median: median(cpu), all: cpu } : null,
    loadAverage: [loadBefore, os.loadavg()[0] as number],
    met: c.target === undefined ? null : med <= c.target.seconds,
    check,
    peakRssMiB: peak,
    skipped: null,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const machine = machineInfo();
  console.log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node} (V8 ${machine.v8}), ${machine.platform}`);
  const cases = (await loadCases()).filter((c) => args.filter === null || c.name.includes(args.filter));
  if (cases.length === 0) throw new Error(`no bench case matches "${args.filter}"`);
  const results: BenchResult[] = [];
  for (const c of cases) {
    console.log(`\n${c.name}`);
    results.push(await runCase(c, args.runs));
  }
  console.log("\nsummary (seconds: median [min, max] of the runs)");
  for (const r of results) {
    if (r.skipped !== null) {
      console.log(`  ${r.name}: skipped (${r.skipped})`);
      continue;
    }
    const target = r.target === null ? "" : `  target ≤ ${r.target.seconds} s: ${r.met ? "met" : `missed by ${fmt(r.seconds.median - r.target.seconds)} s`}`;
    const ref = results.find((x) => x.referenceFor === r.name && x.skipped === null);
    const cpuRatio = ref?.cpuSeconds && r.cpuSeconds ? `; CPU ${fmt(ref.cpuSeconds.median)} s, ${(ref.cpuSeconds.median / r.cpuSeconds.median).toFixed(1)}×` : "";
    const vs = ref ? `  (${ref.name}: ${fmt(ref.seconds.median)} s, ${(ref.seconds.median / r.seconds.median).toFixed(1)}× slower${cpuRatio})` : "";
    const cpu = r.cpuSeconds === null ? "" : `, CPU ${fmt(r.cpuSeconds.median)}`;
    const load = r.loadAverage === null ? "" : `, load ${r.loadAverage.map((l) => l.toFixed(1)).join("→")} on ${machine.cores} cores`;
    console.log(`  ${r.name}: ${fmt(r.seconds.median)} [${fmt(r.seconds.min)}, ${fmt(r.seconds.max)}] over ${r.runs} runs${cpu}${load}${target}${vs}`);
  }
  if (args.write) {
    const out = fileURLToPath(new URL("../../pages/data/benchmarks.json", import.meta.url));
    const measured = new Date().toISOString();
    // A filtered run replaces only its own cases; the others keep their figures and their date.
    const previous = existsSync(out) ? (JSON.parse(readFileSync(out, "utf-8")) as { measured: string; results: Array<BenchResult & { measuredAt?: string }> }) : null;
    const fresh = results.map((r) => ({ ...r, measuredAt: measured }));
    const kept = (previous?.results ?? []).filter((r) => !fresh.some((f) => f.name === r.name)).map((r) => ({ ...r, measuredAt: r.measuredAt ?? previous?.measured }));
    writeFileSync(out, `${JSON.stringify({ measured, machine, results: [...kept, ...fresh] }, null, 2)}\n`);
    console.log(`\nwrote ${out} (${fresh.length} case(s) measured now, ${kept.length} kept from earlier runs)`);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
