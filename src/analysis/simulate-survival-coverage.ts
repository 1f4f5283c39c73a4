/**
 * `npm run simulate:survival-coverage`: the coverage simulation of the time-to-event analysis on
 * the synthetic time-to-event endpoint (see survival-coverage-simulation.ts), written to
 * `pages/data/coverage/<run>.json` with a figure per run (`<run>.svg`: the estimates of every
 * seed against the truth). Runs, by default:
 *
 * - `SYN-CONF-B-survival`: the confounded process of SYN-CONF-B (true marginal HR 0.724, RMST
 *   difference 10.1 days at τ = 168), 200 seeds, 1,200 screened (about 1,000 enrolled) per trial,
 *   cut at the study's last data cut (censoring by dropout, at the primary visit and at the cut),
 *   B = 100 full-refit bootstrap replicates per trial.
 *
 * `npm run simulate:survival-coverage -- SYN-CONF-B-survival` runs one. Deterministic: the same
 * run gives the same file (but `seconds`).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { simulateSurvivalCoverage, type SurvivalCoverageOptions, type SurvivalCoverageReplicate, type SurvivalCoverageSummary } from "./survival-coverage-simulation.ts";

const runs: Record<string, SurvivalCoverageOptions> = {
  "SYN-CONF-B-survival": { study: "SYN-CONF-B", replicates: 200, nScreened: 1200, bootstrap: 100 },
};

/** A strip plot per estimator: each seed's estimate (filled when its interval covers the truth), the truth as a line. */
export function coverageFigure(summary: SurvivalCoverageSummary, replicates: readonly SurvivalCoverageReplicate[]): string {
  const panels: Array<{ title: string; truth: number; values: Array<{ v: number; covers: boolean | null }> }> = [
    { title: "Hazard ratio: Cox, unadjusted", truth: summary.truth.hazardRatio, values: replicates.map((r) => ({ v: r.naiveHr, covers: null })) },
    { title: "Hazard ratio: IPW Cox (robust CI)", truth: summary.truth.hazardRatio, values: replicates.map((r) => ({ v: r.ipwHr, covers: r.ipwHrCovers })) },
    {
      title: `RMST difference (days), τ = ${summary.tau}: unadjusted`,
      truth: summary.truth.rmstDifference,
      values: replicates.map((r) => ({ v: r.naiveRmstDifference, covers: null })),
    },
    { title: `RMST difference (days): IPW (bootstrap CI)`, truth: summary.truth.rmstDifference, values: replicates.map((r) => ({ v: r.rmstDifference, covers: r.rmstCovers })) },
    {
      title: `Survival difference at τ: IPW (bootstrap CI)`,
      truth: summary.truth.survivalDifference,
      values: replicates.map((r) => ({ v: r.survivalDifference, covers: r.survivalCovers })),
    },
  ];
  const W = 760;
  const rowH = 70;
  const left = 20;
  const right = W - 20;
  const H = 40 + panels.length * rowH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="11">`,
    `<text x="${left}" y="18" font-size="13" font-weight="bold">${summary.study}, time to clinical worsening: ${summary.replicates} simulated trials (n ≈ ${Math.round(summary.meanN)}) against the true marginal effect</text>`,
    `<text x="${left}" y="32" fill="#555">red line: truth; filled dot: its 95% interval covers the truth; open: it does not; grey: no interval (unadjusted, biased by confounding)</text>`,
  ];
  panels.forEach((p, k) => {
    const y0 = 40 + k * rowH;
    const all = [p.truth, ...p.values.map((x) => x.v)];
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const pad = (hi - lo) * 0.05 || 1;
    const sx = (v: number) => left + ((v - (lo - pad)) / (hi - lo + 2 * pad)) * (right - left);
    parts.push(`<text x="${left}" y="${y0 + 14}">${p.title}; truth <tspan fill="#d62728">${p.truth.toFixed(3)}</tspan></text>`);
    parts.push(`<line x1="${left}" x2="${right}" y1="${y0 + 45}" y2="${y0 + 45}" stroke="#ccc"/>`);
    p.values.forEach((x, i) => {
      const jitter = ((i * 7919) % 23) - 11;
      const colour = x.covers === null ? "#999" : "#1f77b4";
      parts.push(
        `<circle cx="${sx(x.v).toFixed(1)}" cy="${(y0 + 40 + jitter / 2).toFixed(1)}" r="2.5" stroke="${colour}" fill="${x.covers === false ? "none" : colour}" fill-opacity="${x.covers === null ? 0.5 : 0.7}"/>`,
      );
    });
    parts.push(`<line x1="${sx(p.truth).toFixed(1)}" x2="${sx(p.truth).toFixed(1)}" y1="${y0 + 20}" y2="${y0 + 58}" stroke="#d62728" stroke-width="2"/>`);
    parts.push(`<text x="${left}" y="${y0 + 66}" fill="#555">${lo.toFixed(3)}</text><text x="${right}" y="${y0 + 66}" fill="#555" text-anchor="end">${hi.toFixed(3)}</text>`);
  });
  parts.push("</svg>");
  return `${parts.join("\n")}\n`;
}

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "pages", "data", "coverage");
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const selected = process.argv.slice(2);
  for (const name of selected) if (!(name in runs)) throw new Error(`simulate-survival-coverage: unknown run "${name}"; runs: ${Object.keys(runs).join(", ")}`);
  mkdirSync(outDir, { recursive: true });
  for (const [name, options] of Object.entries(runs)) {
    if (selected.length > 0 && !selected.includes(name)) continue;
    const started = Date.now();
    const { summary, replicates } = simulateSurvivalCoverage(options, (_, k) => {
      if ((k + 1) % 10 === 0) process.stderr.write(`${name}: ${k + 1}/${options.replicates} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    });
    const seconds = (Date.now() - started) / 1000;
    const file = path.join(outDir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify({ run: name, command: `npm run simulate:survival-coverage -- ${name}`, seconds, summary, replicates }, null, 1)}\n`);
    writeFileSync(path.join(outDir, `${name}.svg`), coverageFigure(summary, replicates));
    const e = summary.estimators;
    const pct = (x: number | null) => `${(100 * (x as number)).toFixed(1)}%`;
    process.stderr.write(
      `${name}: IPW Cox HR coverage ${pct(e.ipwLogHr.coverage)}, log-HR bias ${e.ipwLogHr.bias.toFixed(4)} (MCSE ${e.ipwLogHr.biasMcse.toFixed(4)}); IPW RMST difference coverage ${pct(e.ipwRmstDifference.coverage)}, bias ${e.ipwRmstDifference.bias.toFixed(3)} days; survival difference coverage ${pct(e.ipwSurvivalDifference.coverage)}; naive log-HR bias ${e.naiveLogHr.bias.toFixed(3)}; ${seconds.toFixed(0)} s → ${file}\n`,
    );
  }
}
