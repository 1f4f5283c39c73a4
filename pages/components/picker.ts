/**
 * The study and month picker shown at the top of every study-month page. Changing either select
 * navigates to the same page for the chosen study-month (falling back to the study's latest cut
 * when the chosen study has no such month).
 */
import { relativeHref, studyPagePath } from "@trial/foundation";

export interface StudySummary {
  id: string;
  title: string;
  dataCuts: string[];
}

export function studyMonthPicker(studies: StudySummary[], current: { study: string; month: string; slug: string }): HTMLFormElement {
  const form = document.createElement("form");
  form.className = "study-picker";
  form.setAttribute("aria-label", "Study and data cut");
  const studySelect = select(
    "Study",
    "picker-study",
    studies.map((s) => [s.id, `${s.id} — ${s.title}`]),
    current.study,
  );
  const currentStudy = studies.find((s) => s.id === current.study);
  const monthSelect = select(
    "Data cut",
    "picker-month",
    [...(currentStudy?.dataCuts ?? [])].reverse().map((m) => [m, m]),
    current.month,
  );
  const go = (study: string, month: string) => {
    const target = studies.find((s) => s.id === study);
    if (!target) return;
    const cut = target.dataCuts.includes(month) ? month : target.dataCuts[target.dataCuts.length - 1]!;
    window.location.href = relativeHref(window.location.pathname, studyPagePath(study, cut, current.slug));
  };
  studySelect.select.addEventListener("change", () => go(studySelect.select.value, current.month));
  monthSelect.select.addEventListener("change", () => go(current.study, monthSelect.select.value));
  form.append(studySelect.label, monthSelect.label);
  form.addEventListener("submit", (event) => event.preventDefault());
  return form;
}

function select(labelText: string, id: string, options: Array<[string, string]>, value: string) {
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = `${labelText} `;
  const element = document.createElement("select");
  element.id = id;
  element.name = id;
  for (const [optionValue, text] of options) {
    const option = document.createElement("option");
    option.value = optionValue;
    option.textContent = text;
    option.selected = optionValue === value;
    element.append(option);
  }
  label.append(element);
  return { label, select: element };
}
