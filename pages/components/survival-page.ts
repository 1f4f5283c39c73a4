/**
 * What the time-to-event page computes, kept out of the page: the build's survival.json recomputed
 * in the browser from subjects.parquet (the same `analyseStudySurvival` and endpoint mapping, without
 * the bootstrap) and compared with the agreement rule; the page's controls (τ, weighting) kept in
 * the URL; the rows of its tables and of its CSV download.
 */
import { analyseStudySurvival, withoutSurvivalBootstrap, type StudySurvival, type SurvivalCurve } from "@trial/estimators";
import { survivalSpec, type SurvivalStudyFields } from "@trial/foundation";
import { compareResults, type Agreement } from "./agreement.js";
import { fixedOrDash } from "./survival-tables.js";
import { subjectRows } from "./subject-rows.js";
import type { TauBootstrap, TauBootstrapResult } from "./survival-tau-bootstrap.js";

export interface SurvivalRecomputed {
  rows: Array<Record<string, unknown>>;
  /** The browser's run at the build's τ, without the bootstrap (null when it failed). */
  recomputed: StudySurvival | null;
  error: unknown;
  /** survival.json without its bootstrap vs the browser's run (null when it failed). */
  agreement: Agreement | null;
}

/** The subject rows of the analysis (the endpoint's columns, the arm, the covariates and the subgroup columns the strata control offers). */
export function survivalRows(
  study: SurvivalStudyFields & { subgroups?: readonly string[] },
  month: string,
  table: Parameters<typeof subjectRows>[0],
): Array<Record<string, unknown>> {
  const spec = survivalSpec(study, month);
  const e = spec.endpoint;
  const names = new Set<string>(["subject_id", "arm"]);
  if (typeof e.time === "string") names.add(e.time);
  else [e.time.start, e.time.end].forEach((c) => names.add(c));
  names.add(typeof e.event === "string" ? e.event : e.event.notNull);
  if (e.population) names.add(e.population);
  for (const c of spec.covariates) names.add(typeof c === "string" ? c : c.name);
  for (const c of study.subgroups ?? []) names.add(c);
  return subjectRows(table, [...names]);
}

/**
 * @param study the study's studies.json entry
 * @param month the data cut
 * @param stored survival.json as parsed
 * @param table subjects.parquet as an Arrow table
 */
export function recomputeSurvival(
  study: SurvivalStudyFields & { subgroups?: readonly string[] },
  month: string,
  stored: StudySurvival,
  table: Parameters<typeof subjectRows>[0],
): SurvivalRecomputed {
  let rows: Array<Record<string, unknown>> = [];
  try {
    rows = survivalRows(study, month, table);
    const tau = stored.parameters.tau ?? undefined;
    const recomputed = analyseStudySurvival(survivalSpec(study, month), rows, { bootstrap: "skip", ...(tau !== undefined ? { tau } : {}) });
    // JSON has no NaN or undefined: compare the browser's result as the build wrote it.
    const asWritten = JSON.parse(JSON.stringify(recomputed)) as StudySurvival;
    return { rows, recomputed, error: null, agreement: compareResults(withoutSurvivalBootstrap(stored), asWritten) };
  } catch (error) {
    return { rows, recomputed: null, error, agreement: null };
  }
}

/** The page's controls, kept in the URL (`?tau=…&w=ipw&strata=…`). */
export interface SurvivalPageState {
  /** τ in days; null: the build's. */
  tau: number | null;
  weighting: "none" | "ipw";
  /** A subgroup column stratifying the log-rank and Cox (exploratory); null: unstratified, as pre-specified. */
  strata: string | null;
}

export const weightingChoices = ["none", "ipw"] as const;

/** τ choices: the build's, and the numbers-at-risk grid's positive times up to the largest τ possible. */
export function tauChoices(stored: StudySurvival): number[] {
  const max = Math.min(...stored.arms.filter((a) => a.n > 0).map((a) => a.lastFollowUp));
  const out = new Set<number>(stored.atRisk.times.filter((t) => t > 0 && t <= max));
  if (stored.parameters.tau !== null) out.add(stored.parameters.tau);
  return [...out].sort((a, b) => a - b);
}

/** Reads `tau`, `w` and `strata` from a query string; a value the page does not offer is reported in `rejected`. */
export function parseSurvivalState(search: string, stored: StudySurvival, strataChoices: readonly string[] = []): { state: SurvivalPageState; rejected: string[] } {
  const params = new URLSearchParams(search);
  const state: SurvivalPageState = { tau: null, weighting: "none", strata: null };
  const rejected: string[] = [];
  const tau = params.get("tau");
  if (tau !== null) {
    const t = Number(tau);
    if (tauChoices(stored).includes(t)) state.tau = t === stored.parameters.tau ? null : t;
    else rejected.push(`tau=${tau}`);
  }
  const w = params.get("w");
  if (w !== null) {
    if ((weightingChoices as readonly string[]).includes(w)) state.weighting = w as SurvivalPageState["weighting"];
    else rejected.push(`w=${w}`);
  }
  const strata = params.get("strata");
  if (strata !== null) {
    if (strataChoices.includes(strata)) state.strata = strata;
    else rejected.push(`strata=${strata}`);
  }
  return { state, rejected };
}

/** The query string of a state (empty for the defaults), e.g. `?tau=120&w=ipw`. */
export function survivalStateToSearch(state: SurvivalPageState): string {
  const params = new URLSearchParams();
  if (state.tau !== null) params.set("tau", String(state.tau));
  if (state.weighting !== "none") params.set("w", state.weighting);
  if (state.strata !== null) params.set("strata", state.strata);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The CSV rows of the shown curves: one row per arm and distinct time. */
export function curveCsvRows(curves: readonly SurvivalCurve[], weighting: string, treatedArm: string | null = null): Array<Record<string, unknown>> {
  return curves.flatMap((c) =>
    c.time.map((t, i) => ({
      weighting,
      comparison: treatedArm,
      arm: c.arm,
      time: t,
      n_risk: c.nRisk[i],
      n_event: c.nEvent[i],
      n_censor: c.nCensor[i],
      survival: c.survival[i],
      lower: c.lower[i],
      upper: c.upper[i],
    })),
  );
}

/** A curve as the steps Plot draws: (0, 1), then (tᵢ, S(tᵢ)) for each time, with the band. */
export function stepPoints(c: SurvivalCurve): Array<{ arm: string; time: number; survival: number; lower: number | null; upper: number | null }> {
  return [
    { arm: c.arm, time: 0, survival: 1, lower: 1, upper: 1 },
    ...c.time.map((t, i) => ({ arm: c.arm, time: t, survival: c.survival[i] as number, lower: c.lower[i] ?? null, upper: c.upper[i] ?? null })),
  ];
}

/** The time-to-event part of a synthetic snapshot's truth.json (data-loaders/synthetic/time-to-event-truth.ts). */
export interface TimeToEventTruth {
  endpoint: string;
  tau: number;
  model: { conditionalHazardRatio: number };
  marginal: { hazardRatio: number; survivalDifference: number; rmstDifference: number };
  byDay: { survivalControl: number[]; survivalTreated: number[]; rmstControl: number[]; rmstTreated: number[] };
}

/** One row of the estimates-beside-the-truth table. */
export interface TruthRow {
  quantity: string;
  method: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  truth: number | null;
  /** Whether the interval covers the truth (null without an interval or a truth). */
  covers: boolean | null;
}

/** The true marginal survival and RMST differences at a whole-day τ (null beyond the recorded days). */
export function truthAtTau(truth: TimeToEventTruth, tau: number): { survivalDifference: number; rmstDifference: number } | null {
  const b = truth.byDay;
  if (!Number.isInteger(tau) || tau < 0 || tau >= b.survivalControl.length) return null;
  return {
    survivalDifference: (b.survivalTreated[tau] as number) - (b.survivalControl[tau] as number),
    rmstDifference: (b.rmstTreated[tau] as number) - (b.rmstControl[tau] as number),
  };
}

/**
 * The estimates of one comparison beside the synthetic truth: the hazard ratio (Cox, unadjusted and
 * IPW-weighted, against the true marginal hazard ratio), the RMST difference (unadjusted and IPW)
 * and the survival difference (IPW) at τ against the true marginal ones at that τ. Intervals: Wald
 * (Cox), robust Wald (IPW Cox), delta method (unadjusted RMST), bootstrap percentile (IPW
 * contrasts: the build's at its τ, the page's own at another).
 *
 * @param c a comparison of survival.json (or of the page's run at another τ)
 * @param tau its τ
 * @param truth truth.json's timeToEvent
 * @param bootstrapped whether `c` carries the build's bootstrap (the build's τ)
 * @param pageBootstrap at another τ: the page's own bootstrap of the IPW contrasts (survival-tau-bootstrap.ts), if done
 */
export function truthRows(
  c: StudySurvival["comparisons"][number],
  tau: number | null,
  truth: TimeToEventTruth,
  bootstrapped: boolean,
  pageBootstrap: TauBootstrap | null = null,
): TruthRow[] {
  const atTau = tau === null ? null : truthAtTau(truth, tau);
  const row = (quantity: string, method: string, estimate: number | null | undefined, ci: readonly [number, number] | null | undefined, t: number | null): TruthRow => ({
    quantity,
    method,
    estimate: estimate ?? null,
    lower: ci?.[0] ?? null,
    upper: ci?.[1] ?? null,
    truth: t,
    covers: ci && t !== null ? ci[0] <= t && t <= ci[1] : null,
  });
  const a = c.adjusted;
  const { boot } = shownBootstrap(c, bootstrapped, pageBootstrap);
  const hr = truth.marginal.hazardRatio;
  return [
    row("Hazard ratio", "Cox, unadjusted (Wald CI)", c.cox?.hazardRatio, c.cox ? [c.cox.lower, c.cox.upper] : null, hr),
    row("Hazard ratio", "Cox, IPW-weighted (robust CI)", a?.cox?.hazardRatio, a?.cox ? [a.cox.lower, a.cox.upper] : null, hr),
    row(`RMST difference to τ = ${tau ?? "—"} days`, "Kaplan–Meier, unadjusted (delta-method CI)", c.rmst?.difference, c.rmst?.differenceCi, atTau?.rmstDifference ?? null),
    row(
      `RMST difference to τ = ${tau ?? "—"} days`,
      "IPW Kaplan–Meier (bootstrap percentile CI)",
      a?.rmstDifference,
      boot?.rmstDifference.percentile,
      atTau?.rmstDifference ?? null,
    ),
    row(
      `Survival difference at τ = ${tau ?? "—"} days`,
      "IPW Kaplan–Meier (bootstrap percentile CI)",
      a?.survivalDifference,
      boot?.survivalDifference.percentile,
      atTau?.survivalDifference ?? null,
    ),
  ];
}

/** The percentile intervals of a comparison's IPW RMST and survival differences. */
type BootstrapIntervals = { rmstDifference: { percentile: [number, number] }; survivalDifference: { percentile: [number, number] } };

/**
 * The bootstrap intervals the RMST and truth tables show for a comparison's IPW contrasts: the
 * build's at its τ (`builtTau`); at another τ the page's own (survival-tau-bootstrap.ts), with
 * `page` its state for the table's message ("running", an error, or null when none was asked for).
 */
function shownBootstrap(
  c: StudySurvival["comparisons"][number],
  builtTau: boolean,
  pageBootstrap: TauBootstrap | null,
): { boot: BootstrapIntervals | null; page: TauBootstrapResult | { running: true } | null } {
  const a = c.adjusted;
  if (builtTau) return { boot: a?.bootstrap ?? null, page: null };
  if (pageBootstrap === null || a?.status !== "ok") return { boot: null, page: null };
  const page = pageBootstrap.status === "running" ? { running: true as const } : (pageBootstrap.byArm[c.treated] ?? { error: "no bootstrap for this comparison (not estimable)" });
  return { boot: "rmstDifference" in page ? page : null, page };
}

/** A row of the RMST table: the comparison, RMST per arm and their difference with its interval, and (IPW) the survival difference at τ. */
export interface RmstRow {
  comparison: string;
  treated: number | null;
  control: number | null;
  difference: number | null;
  ci: string;
  sdiff: number | null;
  sci: string;
}

/**
 * The RMST table's rows at the shown τ: unweighted Kaplan–Meier areas with the delta-method interval
 * (as survRM2), or the IPW-adjusted areas with the build's full-refit bootstrap percentiles, which
 * exist at the pre-specified τ only (`builtTau`).
 *
 * @param label the comparison's label from the treated arm's code, e.g. "Xanomeline high dose (Xan_Hi)"
 */
export function rmstRows(
  comparisons: StudySurvival["comparisons"],
  options: {
    weighting: (typeof weightingChoices)[number];
    builtTau: boolean;
    label: (treated: string) => string;
    /** At another τ: the bootstrap this page runs in its workers (survival-tau-bootstrap.ts), while running and once done. */
    pageBootstrap?: TauBootstrap | null;
  },
): RmstRow[] {
  const f = fixedOrDash;
  return comparisons.map((c) => {
    const comparison = `${options.label(c.treated)} vs control`;
    if (options.weighting === "none")
      return {
        comparison,
        treated: c.rmst?.treated ?? null,
        control: c.rmst?.control ?? null,
        difference: c.rmst?.difference ?? null,
        ci: c.rmst ? `${f(c.rmst.differenceCi[0])} to ${f(c.rmst.differenceCi[1])}` : "—",
        sdiff: null,
        sci: "—",
      };
    const a = c.adjusted;
    const { boot, page } = shownBootstrap(c, options.builtTau, options.pageBootstrap ?? null);
    return {
      comparison,
      treated: a?.rmstTreated ?? null,
      control: a?.rmstControl ?? null,
      difference: a?.rmstDifference ?? null,
      ci: boot
        ? `${f(boot.rmstDifference.percentile[0])} to ${f(boot.rmstDifference.percentile[1])}`
        : options.builtTau
          ? (a?.bootstrapError ?? "—")
          : page === null
            ? "—"
            : "error" in page
              ? page.error
              : "computing in this browser…",
      sdiff: a?.survivalDifference ?? null,
      sci: boot ? `${f(boot.survivalDifference.percentile[0], 3)} to ${f(boot.survivalDifference.percentile[1], 3)}` : "—",
    };
  });
}
