/**
 * `npm run simulate:coverage`: the coverage simulation of the primary analysis (see
 * coverage-simulation.ts), written to `pages/data/coverage/<run>.json`, which the validation page
 * (pages/validation.md) and the README report. Runs, by default, all of:
 *
 * - `SYN-CONF-C-if`: continuous outcome, 500 seeds, n = 1,000, influence-function intervals;
 * - `SYN-CONF-B-if`: binary outcome, 500 seeds, n = 1,000;
 * - `SYN-CONF-C-bootstrap`: continuous outcome, 200 seeds, n = 500, B = 100 full-refit bootstrap.
 *
 * `npm run simulate:coverage -- SYN-CONF-C-if` runs one of them. Deterministic: the same run gives
 * the same file.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { simulateCoverage } from "./coverage-simulation.ts";
const runs = {
    "SYN-CONF-C-if": { study: "SYN-CONF-C", replicates: 500, n: 1000 },
    "SYN-CONF-B-if": { study: "SYN-CONF-B", replicates: 500, n: 1000 },
    "SYN-CONF-C-bootstrap": { study: "SYN-CONF-C", replicates: 200, n: 500, bootstrap: 100 },
};
const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "pages", "data", "coverage");
const selected = process.argv.slice(2);
for (const name of selected)
    if (!(name in runs))
        throw new Error(`simulate-coverage: unknown run "${name}"; runs: ${Object.keys(runs).join(", ")}`);
mkdirSync(outDir, { recursive: true });
for (const [name, options] of Object.entries(runs)) {
    if (selected.length > 0 && !selected.includes(name))
        continue;
    const started = Date.now();
    const { summary, replicates } = simulateCoverage(options, (_, k) => {
        if ((k + 1) % 50 === 0)
            process.stderr.write(`${name}: ${k + 1}/${options.replicates}\n`);
    });
    const seconds = (Date.now() - started) / 1000;
    const file = path.join(outDir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify({ run: name, command: `npm run simulate:coverage -- ${name}`, seconds, summary, replicates }, null, 1)}\n`);
    const a = summary.estimators.aipw;
    process.stderr.write(`${name}: AIPW coverage ${(100 * a.coverage).toFixed(1)}% (MCSE ${(100 * a.coverageMcse).toFixed(1)}), bias ${a.bias.toFixed(4)}; naive bias ${summary.estimators.naive.bias.toFixed(4)}; ${seconds.toFixed(0)} s → ${file}\n`);
}
