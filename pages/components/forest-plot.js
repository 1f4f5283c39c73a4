/** The rows with a drawable estimate, labelled with their note. */
export function forestData(rows) {
    return rows.filter((r) => r.estimate !== null && Number.isFinite(r.estimate)).map((r) => ({ ...r, y: r.note ? `${r.label} (${r.note})` : r.label }));
}
export function forestPlot(Plot, rows, options) {
    const data = forestData(rows);
    const withCi = data.filter((r) => r.lo !== null && r.hi !== null);
    const reference = options.reference ?? (options.log ? 1 : 0);
    const marks = [
        Plot.ruleX([reference], { stroke: "currentColor", strokeDasharray: "4,3" }),
        Plot.ruleY(withCi, { y: "y", x1: "lo", x2: "hi", strokeWidth: 2, stroke: "steelblue" }),
        Plot.dot(data, { x: "estimate", y: "y", fill: "steelblue", r: 4, title: (d) => `${d.label}: ${d.estimate?.toFixed(3)}${d.lo !== null ? ` (${d.lo.toFixed(3)}, ${d.hi?.toFixed(3)})` : ""}` }),
    ];
    if (options.primary !== undefined && options.primary !== null)
        marks.unshift(Plot.ruleX([options.primary], { stroke: "#c0392b", strokeOpacity: 0.6 }));
    return Plot.plot({
        width: options.width,
        height: 40 + 26 * Math.max(1, data.length),
        marginLeft: options.marginLeft ?? 260,
        x: { label: options.xLabel, grid: true, ...(options.log ? { type: "log" } : {}) },
        y: { label: null, domain: data.map((d) => d.y) },
        marks,
    });
}
