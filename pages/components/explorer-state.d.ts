/**
 * The what-if explorer's state and its URL form: every control lives in the query string, so a
 * link reproduces the exact view. Parsing validates every value against what the study allows and
 * falls back to the default (and reports it) for anything else, so a hand-edited or stale link
 * never shows a silently different analysis.
 */
export type TrimChoice = "none" | "crump" | `${number}`;
export declare const trimChoices: readonly string[];
export declare const methodChoices: readonly ["aipw", "ipw-hajek", "ipw-ht", "g-computation"];
export declare const estimandChoices: readonly ["ATE", "ATT", "ATO"];
export declare const replicateChoices: readonly [0, 200, 500, 1000];
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
export declare function defaultExplorerState(ctx: ExplorerContext): ExplorerState;
/**
 * Parses a query string into a state; unknown or invalid values fall back to the default and are
 * listed in `rejected` (shown on the page).
 *
 * @example
 * parseExplorerState("?est=ipw-hajek&trim=0.05", ctx).state.method // => "ipw-hajek"
 */
export declare function parseExplorerState(search: string, ctx: ExplorerContext): {
    state: ExplorerState;
    rejected: string[];
};
/**
 * The query string of a state (without the values equal to the default, keys in a fixed order).
 *
 * @example
 * explorerStateToSearch({ ...defaultExplorerState(ctx), trim: "crump" }, ctx) // => "?trim=crump"
 */
export declare function explorerStateToSearch(state: ExplorerState, ctx: ExplorerContext): string;
/** The trimming rule of a trim choice. */
export declare function trimRuleOf(trim: string): {
    rule: "none";
} | {
    rule: "crump";
} | {
    rule: "symmetric";
    threshold: number;
};
