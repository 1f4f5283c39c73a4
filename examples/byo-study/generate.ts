/**
 * Generates the worked example of a bring-your-own study (examples/byo-study/*.csv) from a fixed
 * seed, so that the files and their known effect can be re-made and checked:
 *
 *   npx tsx examples/byo-study/generate.ts [output directory, default: this directory]
 *
 * A randomized (1:1) trial of an antihypertensive against placebo, 360 adults screened; the
 * primary outcome is the change in systolic blood pressure from baseline to week 12, and the true
 * average treatment effect is −6.0 mmHg (binary secondary: responder = a fall of 10 mmHg or more).
 * Outcome model: change = −3 − 6·treated − 0.1·(baseline_sbp − 150) + 0.05·(age − 60) + N(0, 8²).
 * About one in ten subjects discontinues before week 12 (outcome missing).
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createPrng } from "@trial/estimators";

export const SEED = 20250106;
export const TRUE_EFFECT = -6.0;

const here = process.argv[2] ? path.resolve(process.argv[2]) : path.dirname(fileURLToPath(import.meta.url));
const rng = createPrng(SEED);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const fixed = (x: number, d = 1) => x.toFixed(d);
const start = Date.UTC(2025, 0, 6);
const REGIONS = ["North", "South", "West"];
const TERMS = ["Headache", "Dizziness", "Fatigue", "Cough", "Peripheral oedema", "Nausea"];
const REASONS = ["adverse event", "withdrew consent", "lost to follow-up"];

const subjects: string[][] = [
  [
    "patient_id",
    "group",
    "randomization_date",
    "age",
    "female",
    "bmi",
    "baseline_sbp",
    "diabetes",
    "region",
    "sbp_change_w12",
    "responder",
    "discontinued_on",
    "discontinuation_reason",
  ],
];
const visits: string[][] = [["patient_id", "visit_no", "visit_date", "heart_rate", "sbp"]];
const events: string[][] = [["patient_id", "ae_no", "term", "onset_date", "serious"]];

for (let i = 1; i <= 360; i++) {
  const id = `P${String(i).padStart(4, "0")}`;
  const age = Math.round(58 + 12 * rng.normal());
  const female = rng.uniform() < 0.48 ? 1 : 0;
  const bmi = 28 + 4 * rng.normal();
  const baseline = 152 + 12 * rng.normal();
  const diabetes = rng.uniform() < 0.25 ? 1 : 0;
  const region = REGIONS[rng.integer(REGIONS.length)] as string;
  const eligible = age >= 40 && age <= 80 && baseline >= 140;
  if (!eligible) {
    subjects.push([id, "", "", String(age), String(female), fixed(bmi), fixed(baseline), String(diabetes), region, "", "", "", ""]);
    continue;
  }
  const treated = rng.uniform() < 0.5 ? 1 : 0;
  const enrol = start + rng.integer(176) * DAY;
  const change = -3 + TRUE_EFFECT * treated - 0.1 * (baseline - 150) + 0.05 * (age - 60) + 8 * rng.normal();
  const dropsOut = rng.uniform() < 0.1;
  const dropWeek = dropsOut ? 1 + rng.integer(11) : null;
  const discDate = dropWeek === null ? null : enrol + (dropWeek * 7 + rng.integer(5)) * DAY;
  const reason = dropWeek === null ? "" : (REASONS[rng.integer(REASONS.length)] as string);
  subjects.push([
    id,
    treated ? "drug" : "placebo",
    iso(enrol),
    String(age),
    String(female),
    fixed(bmi),
    fixed(baseline),
    String(diabetes),
    region,
    dropWeek === null ? fixed(change) : "",
    dropWeek === null ? String(change <= -10 ? 1 : 0) : "",
    discDate === null ? "" : iso(discDate),
    reason,
  ]);
  let aeNo = 0;
  for (let v = 0; v <= 3; v++) {
    const week = 4 * v;
    const date = enrol + (week * 7 + (v === 0 ? 0 : rng.integer(3))) * DAY;
    if (discDate !== null && date > discDate) break;
    const sbp = baseline + (change * week) / 12 + (v === 0 ? 0 : 3 * rng.normal());
    visits.push([id, String(v), iso(date), String(Math.round(72 + 8 * rng.normal())), fixed(sbp)]);
    if (v > 0 && rng.uniform() < (treated ? 0.18 : 0.1)) {
      aeNo++;
      events.push([id, String(aeNo), TERMS[rng.integer(TERMS.length)] as string, iso(date - rng.integer(20) * DAY), rng.uniform() < 0.05 ? "1" : "0"]);
    }
  }
}

const csv = (rows: string[][]) => `${rows.map((r) => r.join(",")).join("\n")}\n`;
writeFileSync(path.join(here, "subjects.csv"), csv(subjects));
writeFileSync(path.join(here, "visits.csv"), csv(visits));
writeFileSync(path.join(here, "adverse_events.csv"), csv(events));
process.stdout.write(`wrote ${subjects.length - 1} subjects, ${visits.length - 1} visits, ${events.length - 1} adverse events\n`);
