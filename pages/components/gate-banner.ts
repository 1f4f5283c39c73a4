/**
 * The gates of the primary analysis on a page: a red banner listing every failed gate (balance,
 * separation, scores at 0/1, extreme weights, overlap, convergence, estimation) at the top of the
 * page, or a quiet green line when all passed. Publishing refuses an analysis with a failed gate.
 */
import type { AnalysisResult } from "@trial/estimators";

export function gateBanner(result: AnalysisResult): HTMLElement {
  const failed = result.gates.filter((g) => !g.passed);
  const box = document.createElement("div");
  box.id = "gate-banner";
  box.dataset.failed = String(failed.length);
  box.className = failed.length === 0 ? "gates gates-ok" : "gates gates-fail";
  const title = document.createElement("strong");
  title.textContent =
    failed.length === 0 ? `✓ All ${result.gates.length} gates passed` : `✗ ${failed.length} GATE${failed.length === 1 ? "" : "S"} FAILED — these results must not be published`;
  box.append(title);
  const list = document.createElement("ul");
  for (const g of failed.length === 0 ? [] : failed) {
    const li = document.createElement("li");
    li.dataset.gate = `${g.comparison}:${g.id}`;
    li.textContent = g.message;
    list.append(li);
  }
  if (failed.length > 0) box.append(list);
  return box;
}

/** Every gate as a table row (comparison, gate, value, threshold, passed, message). */
export function gateRows(result: AnalysisResult): Array<Record<string, unknown>> {
  return result.gates.map((g) => ({ comparison: g.comparison, gate: g.id, value: g.value, threshold: g.threshold, passed: g.passed, message: g.message }));
}
