/**
 * What a reader sees cut or garbled, measured in the page (issue 17, item 3): a page wider than
 * the window; a table, figure or code block that runs past the window's right edge without a
 * scrolling box around it; a figure of zero width; and text of one figure printed over other text
 * of it (two labels' boxes overlapping by more than a fifth of the smaller, e.g. tick labels
 * crowded on a phone). Returns one line per problem, empty when the page is clean.
 */
import type { Page } from "playwright-core";

// A string, not a function: tsx's transform would add helpers the page does not have.
const MEASURE = `(() => {
  const vw = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > vw + 1) out.push("the page is " + document.documentElement.scrollWidth + " px wide in a " + vw + " px window");
  const inScrollBox = (el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === "auto" || o === "scroll" || o === "hidden") return true;
    }
    return false;
  };
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.closest("[id]") && !el.id ? " in #" + el.closest("[id]").id : "");
  for (const el of document.querySelectorAll("main table, main svg, main figure, main pre")) {
    if (el.tagName.toLowerCase() === "svg" && el.parentElement && el.parentElement.closest("svg")) continue;
    const b = el.getBoundingClientRect();
    if (el.tagName.toLowerCase() === "svg" && b.width === 0 && el.getClientRects().length > 0) out.push(name(el) + " has zero width");
    if (b.right > vw + 1 && !inScrollBox(el)) out.push(name(el) + " ends at " + Math.round(b.right) + " px, past the " + vw + " px window");
  }
  for (const svg of document.querySelectorAll("main svg")) {
    if (svg.parentElement && svg.parentElement.closest("svg")) continue;
    const texts = [...svg.querySelectorAll("text")].map((t) => ({ t: t.textContent.trim(), b: t.getBoundingClientRect() })).filter((x) => x.t && x.b.width > 0);
    let pairs = 0;
    const shown = [];
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i].b, c = texts[j].b;
      const w = Math.min(a.right, c.right) - Math.max(a.left, c.left), h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
      if (w > 2 && h > 2 && w * h > 0.2 * Math.min(a.width * a.height, c.width * c.height)) {
        pairs++;
        if (shown.length < 3) shown.push(JSON.stringify(texts[i].t) + " over " + JSON.stringify(texts[j].t));
      }
    }
    if (pairs > 0) out.push(name(svg) + ": " + pairs + " pair(s) of labels printed over each other, e.g. " + shown.join(", "));
  }
  return out;
})()`;

export async function layoutProblems(page: Page): Promise<string[]> {
  return (await page.evaluate(MEASURE)) as string[];
}

/** Resolves once the page's DOM has not changed for `quietMs` (its cells have drawn), or after `timeoutMs`. */
export async function settled(page: Page, quietMs = 1000, timeoutMs = 90_000): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(`new Promise((resolve) => {
    let timer = setTimeout(done, ${quietMs});
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${quietMs}); });
    const stop = setTimeout(done, ${timeoutMs});
    function done() { observer.disconnect(); clearTimeout(timer); clearTimeout(stop); resolve(); }
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })`);
}
