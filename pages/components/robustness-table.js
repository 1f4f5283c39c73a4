import { formatFixed, formatInt } from "./format.js";
const cell = (tag, text, className) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className)
        el.className = className;
    return el;
};
/** "0.31 (0.18, 0.44)", "0.31" without an interval, or "–". */
export function estimateText(estimate, ci, digits = 3) {
    if (estimate === null)
        return "–";
    return ci === null ? formatFixed(estimate, digits) : `${formatFixed(estimate, digits)} (${formatFixed(ci[0], digits)}, ${formatFixed(ci[1], digits)})`;
}
export function robustnessTable(summary, options = {}) {
    const table = document.createElement("table");
    table.className = "robustness";
    const head = document.createElement("tr");
    for (const h of ["Category", "Analysis", "Estimate (95% CI)", "n", "Conclusion", "Agrees"])
        head.append(cell("th", h));
    table.createTHead().append(head);
    const body = table.createTBody();
    const add = (r, primary) => {
        const tr = document.createElement("tr");
        tr.dataset.category = r.category;
        tr.dataset.analysis = r.analysis;
        if (primary)
            tr.className = "primary";
        tr.append(cell("td", r.category), cell("td", r.analysis), cell("td", r.estimate === null ? "–" : estimateText(r.estimate, r.ci, options.digits), "num"), cell("td", r.n === null ? "–" : formatInt(r.n), "num"), cell("td", r.conclusion));
        const badge = document.createElement("span");
        badge.className = `badge ${primary ? "pending" : r.consistent ? "ok" : "fail"}`;
        badge.textContent = primary ? "primary" : r.consistent ? "yes" : "no";
        const td = document.createElement("td");
        td.append(badge);
        tr.append(td);
        body.append(tr);
    };
    add(summary.primary, true);
    for (const r of summary.rows)
        add(r, false);
    return table;
}
