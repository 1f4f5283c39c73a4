/**
 * Issue 4 §5: AIPW with a full-refit bootstrap (every replicate refits the propensity logistic
 * model and both outcome models), n = 5,000, p = 10 covariates, B = 1,000 replicates, in Node on
 * one thread; target ≤ 2 s. Beside it, the lean R reference (glm.fit + lm.fit) on the same data.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bootstrapTreatmentEffect, estimateTreatmentEffect } from "@trial/estimators";
import { benchFixture, benchFixtureCsv } from "../../pages/components/bench-fixture.ts";
import type { BenchCase } from "./bench.ts";

const n = 5000;
const replicates = 1000;
const seed = 1;
const nodeName = `AIPW bootstrap, n = ${n}, p = 10, B = ${replicates} (Node, one thread)`;

const node: BenchCase<ReturnType<typeof benchFixture>> = {
  name: nodeName,
  runs: 5,
  target: { seconds: 2, what: "issue 4 §5" },
  prepare: () => benchFixture(n),
  run: (data) => {
    const r = bootstrapTreatmentEffect(data, { method: "aipw", outcomeType: "continuous" }, { seed, replicates, acceleration: "influence" });
    const [lo, hi] = r.difference.percentile;
    return { check: `τ̂ = ${r.estimate.difference.estimate.toFixed(4)}, 95% percentile [${lo.toFixed(4)}, ${hi.toFixed(4)}]` };
  },
};

function haveRscript(): boolean {
  try {
    execFileSync("Rscript", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const script = fileURLToPath(new URL("./aipw-bootstrap.R", import.meta.url));

const r: BenchCase<string> = {
  name: `AIPW bootstrap, n = ${n}, p = 10, B = ${replicates} (R glm.fit + lm.fit)`,
  runs: 3,
  referenceFor: nodeName,
  skip: () => (haveRscript() ? null : "Rscript not found (apt-get install r-base-core)"),
  prepare: () => {
    const data = benchFixture(n);
    const file = join(mkdtempSync(join(tmpdir(), "aipw-bench-")), "fixture.csv");
    writeFileSync(file, benchFixtureCsv(data));
    // The same point estimate in R and here: the fixture CSV carries the data exactly.
    const ours = estimateTreatmentEffect(data, { method: "aipw", outcomeType: "continuous" }).difference.estimate;
    const theirs = JSON.parse(execFileSync("Rscript", [script, file, "2", String(seed)], { encoding: "utf8" })) as { estimate: number };
    if (Math.abs(theirs.estimate - ours) > 1e-9 * Math.abs(ours)) throw new Error(`R's point estimate ${theirs.estimate} differs from ours ${ours}`);
    return file;
  },
  run: (file) => {
    const out = JSON.parse(execFileSync("Rscript", [script, file, String(replicates), String(seed)], { encoding: "utf8" })) as {
      estimate: number;
      seconds: number;
      cpuSeconds: number;
      percentile: [number, number];
    };
    return {
      seconds: out.seconds,
      cpuSeconds: out.cpuSeconds,
      check: `τ̂ = ${out.estimate.toFixed(4)}, 95% percentile [${out.percentile[0].toFixed(4)}, ${out.percentile[1].toFixed(4)}]`,
    };
  },
};

export default [node, r];
