export const trimChoices = ["none", "0.01", "0.02", "0.05", "0.075", "0.1", "crump"];
export const methodChoices = ["aipw", "ipw-hajek", "ipw-ht", "g-computation"];
export const estimandChoices = ["ATE", "ATT", "ATO"];
export const replicateChoices = [0, 200, 500, 1000];
export function defaultExplorerState(ctx) {
    return { arm: ctx.arms[0] ?? "", trim: "none", method: "aipw", estimand: "ATE", covariates: [...ctx.covariates], subgroup: "all", replicates: 0, delta: 0 };
}
/** Query-string keys, short so that links stay readable. */
const keys = { arm: "arm", trim: "trim", method: "est", estimand: "w", covariates: "cov", subgroup: "sg", replicates: "B", delta: "delta" };
/**
 * Parses a query string into a state; unknown or invalid values fall back to the default and are
 * listed in `rejected` (shown on the page).
 *
 * @example
 * parseExplorerState("?est=ipw-hajek&trim=0.05", ctx).state.method // => "ipw-hajek"
 */
export function parseExplorerState(search, ctx) {
    const params = new URLSearchParams(search);
    const state = defaultExplorerState(ctx);
    const rejected = [];
    const take = (key, parse) => {
        const raw = params.get(keys[key]);
        if (raw === null)
            return;
        const v = parse(raw);
        if (v === undefined)
            rejected.push(`${keys[key]}=${raw}`);
        else
            state[key] = v;
    };
    take("arm", (r) => (ctx.arms.includes(r) ? r : undefined));
    take("trim", (r) => (trimChoices.includes(r) ? r : undefined));
    take("method", (r) => methodChoices.includes(r) ? r : undefined);
    take("estimand", (r) => estimandChoices.includes(r) ? r : undefined);
    take("covariates", (r) => {
        const list = r.split(",").filter((c) => c !== "");
        return list.length > 0 && list.every((c) => ctx.covariates.includes(c)) ? ctx.covariates.filter((c) => list.includes(c)) : undefined;
    });
    take("subgroup", (r) => (r === "all" || ctx.subgroups.includes(r) ? r : undefined));
    take("replicates", (r) => (replicateChoices.includes(Number(r)) ? Number(r) : undefined));
    take("delta", (r) => (r.trim() !== "" && Number.isFinite(Number(r)) ? Number(r) : undefined));
    return { state, rejected };
}
/**
 * The query string of a state (without the values equal to the default, keys in a fixed order).
 *
 * @example
 * explorerStateToSearch({ ...defaultExplorerState(ctx), trim: "crump" }, ctx) // => "?trim=crump"
 */
export function explorerStateToSearch(state, ctx) {
    const d = defaultExplorerState(ctx);
    const params = new URLSearchParams();
    for (const key of Object.keys(keys)) {
        const value = state[key];
        const same = Array.isArray(value) ? value.join(",") === d[key].join(",") : value === d[key];
        if (!same)
            params.set(keys[key], Array.isArray(value) ? value.join(",") : String(value));
    }
    const text = params.toString();
    return text === "" ? "" : `?${text}`;
}
/** The trimming rule of a trim choice. */
export function trimRuleOf(trim) {
    if (trim === "none")
        return { rule: "none" };
    if (trim === "crump")
        return { rule: "crump" };
    return { rule: "symmetric", threshold: Number(trim) };
}
