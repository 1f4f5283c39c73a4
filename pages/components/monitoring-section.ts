/**
 * The "Monitoring since the training month" section of the prediction pages: the study's
 * training-month models scored on this cut's later data (monitoring.json, built by
 * src/models/deployed-monitoring.ts). The decay table is recomputed here from the scored rows with
 * the build's code (a badge says whether it equals the build's); the drift cells are the build's
 * (they need every later row's features, which the artifact does not carry).
 * Plot, Inputs and html are passed in, so that the page and this component use the same copies.
 */
import { aurocByMonth, columnarRows, type DecayMonth, type TaskMonitoring } from "@trial/estimators";
import { agreementBadge, compareResults, type Agreement, type Engines } from "./agreement.js";
import { bandTicks } from "./band-ticks.js";
import { topDrift, type ModelKey } from "./model-evaluation.js";

/** The page's decay by month for the chosen model, judged against the build's by the site's agreement rule. */
export function monitoringDecay(m: Extract<TaskMonitoring, { status: "monitored" }>, key: ModelKey): { decay: DecayMonth[]; agreement: Agreement } {
  const decay = aurocByMonth(columnarRows(m.scored), key);
  return { decay, agreement: compareResults(m.decay[key], JSON.parse(JSON.stringify(decay))) };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Drawing {
  Plot: any;
  Inputs: any;
  html: (strings: TemplateStringsArray, ...values: unknown[]) => HTMLElement;
}

const fmt3 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? "–" : x.toFixed(3));

/** The section's content for one task and model. */
export function monitoringSection(m: TaskMonitoring, key: ModelKey, { Plot, Inputs, html }: Drawing, engines: Engines): HTMLElement {
  if (m.status !== "monitored") {
    return html`<p id="monitoring-status"><span class="badge">${m.status}</span> ${m.reason}.</p>`;
  }
  const { decay, agreement } = monitoringDecay(m, key);
  const worst = decay.some((d) => d.status === "alert") ? "alert" : decay.some((d) => d.status === "warning") ? "warning" : "ok";
  const { shown, topCells } = topDrift(m.drift, 15);
  const flagged = m.drift.filter((c) => c.flagged);
  const rows = decay.map((d) => ({ ...d, auroc: fmt3(d.auroc) }));
  return html`<div id="monitoring">
    <p id="monitoring-status"><span class="badge ${worst === "ok" ? "ok" : "fail"}">${worst}</span>
      The models trained on the ${m.trainingMonth} data cut (to ${m.trainingCutDate}) scored on this cut's
      ${m.scored.rows.length.toLocaleString("en-US")} prediction rows after that date, by month of prediction.
      Recomputed here from the scored rows: ${agreementBadge(agreement, { id: "monitoring-agreement", what: "the decay table (AUROC by month)", engines, compact: true })}</p>
    ${Inputs.table(rows, { header: { month: "Month", rows: "Rows", events: "Events", auroc: "AUROC (training-month model)", status: "Status" }, select: false, layout: "auto" })}
    ${Plot.plot({
      title: `KS statistic vs the ${m.trainingMonth} training rows: the ${shown.length} features with the largest drift`,
      width: 900,
      height: 60 + 22 * shown.length,
      marginLeft: 150,
      x: { type: "band", label: "Month of prediction", ticks: bandTicks([...new Set(topCells.map((d) => d.month))].sort(), 900 - 170, 56) },
      y: { label: null, domain: shown },
      color: { type: "linear", domain: [0, 0.5], scheme: "oranges", legend: true, label: "KS" },
      marks: [
        Plot.cell(topCells, { x: "month", y: "feature", fill: "ks", tip: true }),
        Plot.text(
          topCells.filter((d) => d.flagged),
          { x: "month", y: "feature", text: () => "▲", fill: "black" },
        ),
      ],
    })}
    <p id="monitoring-drift-flags">${flagged.length} feature-month cells above 0.2 (▲) of ${m.drift.length}${flagged.length ? html`: ${[...new Set(flagged.map((c) => c.feature))].join(", ")}` : ""}.</p>
  </div>`;
}
