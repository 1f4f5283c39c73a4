/**
 * The header of every study-month page: the study and month picker, and tabs for the pages that
 * exist for that study-month. Pages stay thin: they call this, then ask data and draw.
 */
import { studyMonthPicker, type StudySummary } from "./picker.js";
import { relativeHref, studyPagePath, studyPages } from "@trial/foundation";

export function studyHeader(studies: StudySummary[], current: { study: string; month: string; slug: string }): HTMLElement {
  const header = document.createElement("div");
  header.className = "study-header";
  const tabs = document.createElement("nav");
  tabs.className = "study-tabs";
  tabs.setAttribute("aria-label", "Study pages");
  for (const page of studyPages) {
    const a = document.createElement("a");
    a.textContent = page.title;
    a.href = relativeHref(window.location.pathname, studyPagePath(current.study, current.month, page.slug));
    if (page.slug === current.slug) a.setAttribute("aria-current", "page");
    tabs.append(a);
  }
  header.append(studyMonthPicker(studies, current), tabs);
  return header;
}
