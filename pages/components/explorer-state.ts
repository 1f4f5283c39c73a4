/**
 * The what-if explorer's state and its URL form: every control lives in the query string, so a
 * link reproduces the exact view. Parsing validates every value against what the study allows and
 * falls back to the default (and reports it) for anything else, so a hand-edited or stale link
 * never shows a silently different analysis.
 */
export type TrimChoice = "none" | "crump" | `${number}`;
export const trimChoices: readonly string[] = ["none", "0.01", "0.02", "0.05", "0.075", "0.1", "crump"];
export const methodChoices = ["aipw", "ipw-hajek", "ipw-ht", "g-computation"] as const;
export const estimandChoices = ["ATE", "ATT", "ATO"] as const;
export const replicateChoices = [0, 200, 500, 1000] as const;

export interface ExplorerState {
  /** Treated arm code (contrast vs control). */
  arm: string;
  trim: string;
  method: (typeof methodChoices)[number];
  estimand: (typeof estimandChoices)[number];
  /** Covariates adjusted for (a non-empty subset of the study's). */
  covariates: string[];
  /** "all" or `<column>=<level>`. */
  subgroup: string;
  /** Bootstrap replicates (0 = none). */
  replicates: number;
  /** Shift of the treated dropouts' imputed outcomes (0 = missing at random). */
  delta: number;
}

export interface ExplorerContext {
  arms: string[];
  covariates: string[];
  /** Allowed subgroup values (`<column>=<level>`), "all" excluded. */
  subgroups: string[];
}

export function defaultExplorerState(ctx: ExplorerContext): ExplorerState {
  return { arm: ctx.arms[0] ?? "", trim: "none", method: "aipw", estimand: "ATE", covariates: [...ctx.covariates], subgroup: "all", replicates: 0, delta: 0 };
}

/**
 * The estimands each estimator computes: AIPW is implemented for the ATE only; Horvitz–Thompson
 * for the ATE and ATT (overlap weights are normalised by construction, which is Hájek); Hájek and
 * regression adjustment for all three. The explorer offers only these combinations.
 *
 * @example
 * estimandsFor("aipw") // => ["ATE"]
 */
export function estimandsFor(method: ExplorerState["method"]): ReadonlyArray<ExplorerState["estimand"]> {
  return method === "aipw" ? ["ATE"] : method === "ipw-ht" ? ["ATE", "ATT"] : estimandChoices;
}

/** Query-string keys, short so that links stay readable. */
const keys = { arm: "arm", trim: "trim", method: "est", estimand: "w", covariates: "cov", subgroup: "sg", replicates: "B", delta: "delta" } as const;

/**
 * Parses a query string into a state; unknown or invalid values fall back to the default and are
 * listed in `rejected` (shown on the page).
 *
 * @example
 * parseExplorerState("?est=ipw-hajek&trim=0.05", ctx).state.method // => "ipw-hajek"
 */
export function parseExplorerState(search: string, ctx: ExplorerContext): { state: ExplorerState; rejected: string[] } {
  const params = new URLSearchParams(search);
  const state = defaultExplorerState(ctx);
  const rejected: string[] = [];
  const take = <K extends keyof ExplorerState>(key: K, parse: (raw: string) => ExplorerState[K] | undefined) => {
    const raw = params.get(keys[key]);
    if (raw === null) return;
    const v = parse(raw);
    if (v === undefined) rejected.push(`${keys[key]}=${raw}`);
    else state[key] = v;
  };
  take("arm", (r) => (ctx.arms.includes(r) ? r : undefined));
  take("trim", (r) => (trimChoices.includes(r) ? r : undefined));
  take("method", (r) => ((methodChoices as readonly string[]).includes(r) ? (r as ExplorerState["method"]) : undefined));
  take("estimand", (r) => ((estimandChoices as readonly string[]).includes(r) ? (r as ExplorerState["estimand"]) : undefined));
  take("covariates", (r) => {
    const list = r.split(",").filter((c) => c !== "");
    return list.length > 0 && list.every((c) => ctx.covariates.includes(c)) ? ctx.covariates.filter((c) => list.includes(c)) : undefined;
  });
  take("subgroup", (r) => (r === "all" || ctx.subgroups.includes(r) ? r : undefined));
  take("replicates", (r) => ((replicateChoices as readonly number[]).includes(Number(r)) ? Number(r) : undefined));
  take("delta", (r) => (r.trim() !== "" && Number.isFinite(Number(r)) ? Number(r) : undefined));
  if (!estimandsFor(state.method).includes(state.estimand)) {
    rejected.push(`${keys.estimand}=${state.estimand} with ${keys.method}=${state.method}`);
    state.estimand = "ATE";
  }
  return { state, rejected };
}

/**
 * The query string of a state (without the values equal to the default, keys in a fixed order).
 *
 * @example
 * explorerStateToSearch({ ...defaultExplorerState(ctx), trim: "crump" }, ctx) // => "?trim=crump"
 */
export function explorerStateToSearch(state: ExplorerState, ctx: ExplorerContext): string {
  const d = defaultExplorerState(ctx);
  const params = new URLSearchParams();
  for (const key of Object.keys(keys) as Array<keyof ExplorerState>) {
    const value = state[key];
    const same = Array.isArray(value) ? value.join(",") === (d[key] as string[]).join(",") : value === d[key];
    if (!same) params.set(keys[key], Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** The trimming rule of a trim choice. */
export function trimRuleOf(trim: string): { rule: "none" } | { rule: "crump" } | { rule: "symmetric"; threshold: number } {
  if (trim === "none") return { rule: "none" };
  if (trim === "crump") return { rule: "crump" };
  return { rule: "symmetric", threshold: Number(trim) };
}

/**
 * Keeps the explorer's estimand radios to what the chosen estimator computes (`estimandsFor`):
 * the others are disabled, and a choice that becomes impossible moves to the ATE (with an input
 * event, so the form's value and the URL follow). The radios are the form's only radio group,
 * in the order of `estimandChoices`.
 */
export function linkEstimandToMethod(form: HTMLElement & { value: { method: ExplorerState["method"] } }): void {
  const update = () => {
    const allowed = estimandsFor(form.value.method);
    const radios = Array.from(form.querySelectorAll<HTMLInputElement>("input[type=radio]"));
    let moved = false;
    radios.forEach((radio, i) => {
      const ok = allowed.includes(estimandChoices[i]!);
      radio.disabled = !ok;
      radio.closest("label")?.setAttribute("title", ok ? "" : `not computed by this estimator`);
      if (!ok && radio.checked) {
        radio.checked = false;
        moved = true;
      }
    });
    if (moved && radios[0]) {
      radios[0].checked = true;
      radios[0].dispatchEvent(new Event("input", { bubbles: true }));
    }
  };
  form.addEventListener("input", update);
  update();
}
