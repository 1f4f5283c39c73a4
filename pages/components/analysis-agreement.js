/**
 * The in-browser agreement check: the primary analysis stored with the snapshot (analysis.json,
 * computed by the build in Node) against the same analysis recomputed in this browser from the
 * snapshot's Parquet with the same estimator code. Identical digits are required: every number is
 * compared exactly (after the JSON round trip that analysis.json went through).
 */
import { withBootstrap } from "@trial/estimators";
/**
 * Compares two JSON values exactly and lists where they differ.
 *
 * @example
 * compareJson({ a: [1, 2] }, { a: [1, 2.0000001] }).differences // => [{path: "a[1]", stored: 2, recomputed: 2.0000001}]
 */
export function compareJson(stored, recomputed, limit = 20) {
    const differences = [];
    let numbers = 0;
    const walk = (a, b, path) => {
        if (differences.length >= limit)
            return;
        if (typeof a === "number" && typeof b === "number") {
            numbers++;
            if (!Object.is(a, b))
                differences.push({ path, stored: a, recomputed: b });
            return;
        }
        if (Array.isArray(a) && Array.isArray(b)) {
            if (a.length !== b.length)
                differences.push({ path: `${path}.length`, stored: a.length, recomputed: b.length });
            for (let i = 0; i < Math.min(a.length, b.length); i++)
                walk(a[i], b[i], `${path}[${i}]`);
            return;
        }
        if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
            const ka = Object.keys(a);
            const kb = Object.keys(b);
            for (const k of new Set([...ka, ...kb]))
                walk(a[k], b[k], path === "" ? k : `${path}.${k}`);
            return;
        }
        if (a !== b)
            differences.push({ path, stored: a, recomputed: b });
    };
    walk(stored, recomputed, "");
    return { numbers, differences };
}
/**
 * The browser's point-only result with each comparison's bootstrap outcome (summary, error, gate)
 * taken from analysis.json, so that everything else is compared exactly.
 */
function withStoredBootstrap(recomputed, stored) {
    let out = recomputed;
    for (const c of stored.comparisons)
        out = withBootstrap(out, c.id, { bootstrap: c.bootstrap, error: c.bootstrapError });
    return out;
}
/**
 * @param stored analysis.json as parsed
 * @param recomputed the browser's `analyseStudyMonth(…).result`
 * @param scope `"full"`, or `"point estimates"` when the browser ran without the bootstrap (the
 *   bootstrap outcome is then taken from analysis.json and everything else compared)
 */
export function checkAgreement(stored, recomputed, scope) {
    const mine = scope === "full" ? recomputed : withStoredBootstrap(recomputed, stored);
    const { numbers, differences } = compareJson(stored, JSON.parse(JSON.stringify(mine)));
    return { identical: differences.length === 0, numbers, differences, scope };
}
/** The visible check: green when every digit agrees, a loud red box listing the differences when not. */
export function agreementBanner(agreement) {
    const box = document.createElement("div");
    box.id = "agreement-check";
    box.className = `agreement ${agreement.identical ? "agreement-ok" : "agreement-fail"}`;
    box.dataset.status = agreement.identical ? "identical" : "different";
    const title = document.createElement("strong");
    title.textContent = agreement.identical ? "✓ Build and browser agree" : "✗ BUILD AND BROWSER DISAGREE";
    const text = document.createElement("span");
    const what = agreement.scope === "full" ? "every number of the primary analysis, bootstrap intervals included" : "every number of the primary analysis; the bootstrap intervals are checked on the Primary analysis page";
    text.textContent = agreement.identical
        ? ` — recomputed here from the Parquet snapshot with the same estimators: ${agreement.numbers} numbers identical to analysis.json (${what}).`
        : ` — the analysis recomputed in this browser differs from analysis.json stored with the snapshot. Do not use these results.`;
    box.append(title, text);
    if (!agreement.identical) {
        const list = document.createElement("ul");
        for (const d of agreement.differences) {
            const li = document.createElement("li");
            li.textContent = `${d.path}: stored ${JSON.stringify(d.stored)}, recomputed ${JSON.stringify(d.recomputed)}`;
            list.append(li);
        }
        box.append(list);
    }
    return box;
}
/** A banner for a recomputation that threw: the check cannot pass. */
export function agreementErrorBanner(error) {
    const box = document.createElement("div");
    box.id = "agreement-check";
    box.className = "agreement agreement-fail";
    box.dataset.status = "error";
    const title = document.createElement("strong");
    title.textContent = "✗ THE BROWSER COULD NOT RECOMPUTE THE ANALYSIS";
    const text = document.createElement("span");
    text.textContent = ` — ${error instanceof Error ? error.message : String(error)}`;
    box.append(title, text);
    return box;
}
