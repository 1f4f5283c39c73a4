/**
 * A CONSORT 2010-style flow diagram drawn from the loader's exclusion log. The diagram is plain
 * SVG built from the same numbers as the CONSORT table beside it, so the two cannot disagree.
 * A locked page draws the build's locked view of the log (`locked/consort.json`), whose counts of
 * fewer than 5 subjects are the strings `<5` (and `—` for a count hidden with them).
 */

/** A count as the log gives it: a number, or (locked view) the text that stands for it. */
export type Count = number | string;

/** A count as the diagram and the table print it. */
export const formatCount = (x: Count): string => (typeof x === "string" ? x : x.toLocaleString("en-US"));

export interface ConsortArm {
  code: string;
  label: string;
  allocated: Count;
  discontinued: Count;
  discontinuedReasons: Array<{ reason: string; n: Count }>;
  ongoing: Count;
  completed: Count;
  analysed: Count;
}

export interface ConsortFlow {
  screened: Count;
  exclusions: Array<{ id: string; label: string; kind?: "inclusion" | "exclusion"; excluded: Count; remaining: Count }>;
  enrolled: Count;
  arms: ConsortArm[];
  /** Present in the locked view: its threshold and how many counts it hides. */
  locked?: { threshold: number; suppressed: number };
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * Why subjects left at a criteria step, as the exclusion box says it: an inclusion criterion
 * excludes those who do not meet it ("Age 18 to 85 years" is the rule, not the reason).
 *
 * @example
 * exclusionReason({ label: "Age 18 to 85 years", kind: "inclusion" }) // => "Not meeting: Age 18 to 85 years"
 * exclusionReason({ label: "eGFR below 30", kind: "exclusion" }) // => "eGFR below 30"
 */
export function exclusionReason(step: { label: string; kind?: "inclusion" | "exclusion" }): string {
  return step.kind === "inclusion" ? `Not meeting: ${step.label}` : step.label;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

const LINE = 16;
const PAD = 8;

/** A box of text lines at (x, y) with width w; returns its height. The first line is bold. */
function box(svg: SVGSVGElement, x: number, y: number, w: number, lines: string[], testId: string): number {
  const h = PAD * 2 + lines.length * LINE;
  const g = el("g", { "data-box": testId });
  g.append(el("rect", { x, y, width: w, height: h, rx: 4, fill: "var(--theme-background-alt, #f6f6f6)", stroke: "currentColor", "stroke-width": 1 }));
  lines.forEach((line, i) => {
    const t = el("text", { x: x + PAD, y: y + PAD + (i + 1) * LINE - 4, "font-size": 12.5, "font-weight": i === 0 ? 600 : 400, fill: "currentColor" });
    t.textContent = line;
    g.append(t);
  });
  svg.append(g);
  return h;
}

function arrow(svg: SVGSVGElement, x1: number, y1: number, x2: number, y2: number): void {
  svg.append(el("line", { x1, y1, x2, y2, stroke: "currentColor", "stroke-width": 1.2, "marker-end": "url(#consort-arrow)" }));
}

const n = formatCount;

export function consortDiagram(flow: ConsortFlow, options: { enrolledLabel?: string } = {}): SVGSVGElement {
  const armW = 280;
  const gap = 40;
  const width = Math.max(2 * armW + gap, flow.arms.length * armW + (flow.arms.length - 1) * gap) + 20 + 160;
  const svg = el("svg", { viewBox: `0 0 ${width} 10`, width, role: "img", "aria-label": "CONSORT flow diagram" });
  const defs = el("defs", {});
  const marker = el("marker", { id: "consort-arrow", viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
  marker.append(el("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "currentColor" }));
  defs.append(marker);
  svg.append(defs);

  const cx = width / 2;
  const mainW = 260;
  let y = 10;
  const h1 = box(svg, cx - mainW / 2 - 150, y, mainW, ["Assessed for eligibility", `n = ${n(flow.screened)}`], "screened");
  const excluded = typeof flow.screened === "number" && typeof flow.enrolled === "number" ? flow.screened - flow.enrolled : "—";
  // A hidden count ("<5", "—") is never zero: the locked view hides only counts above zero.
  const exLines = [
    "Excluded",
    `n = ${n(excluded)}`,
    ...flow.exclusions.filter((e) => typeof e.excluded === "string" || e.excluded > 0).map((e) => `• ${exclusionReason(e)}: ${n(e.excluded)}`),
  ];
  // ~7 px per character at 12.5 px: the box fits its longest line.
  const exW = Math.max(240, ...exLines.map((line) => line.length * 7 + 2 * PAD));
  const exX = width - exW - 10;
  const exY = y + h1 + 20;
  const hEx = box(svg, exX, exY, exW, exLines, "excluded");
  const stemX = cx - 150;
  y = exY + hEx + 20;
  arrow(svg, stemX, 10 + h1, stemX, y);
  svg.append(el("line", { x1: stemX, y1: exY + hEx / 2, x2: exX, y2: exY + hEx / 2, stroke: "currentColor", "stroke-width": 1.2 }));
  const hEn = box(svg, stemX - mainW / 2, y, mainW, [options.enrolledLabel ?? "Enrolled and allocated", `n = ${n(flow.enrolled)}`], "enrolled");
  const armTop = y + hEn + 40;
  const totalArmsW = flow.arms.length * armW + (flow.arms.length - 1) * gap;
  const left = (width - totalArmsW) / 2;
  let bottom = armTop;
  flow.arms.forEach((arm, i) => {
    const x = left + i * (armW + gap);
    const mid = x + armW / 2;
    svg.append(
      el("polyline", {
        points: `${stemX},${y + hEn} ${stemX},${y + hEn + 20} ${mid},${y + hEn + 20} ${mid},${armTop}`,
        fill: "none",
        stroke: "currentColor",
        "stroke-width": 1.2,
        "marker-end": "url(#consort-arrow)",
      }),
    );
    let ay = armTop;
    ay += box(svg, x, ay, armW, [`Allocated to ${arm.label}`, `n = ${n(arm.allocated)}`], `allocated-${arm.code}`) + 20;
    arrow(svg, mid, ay - 20, mid, ay);
    const reasons = arm.discontinuedReasons.map((r) => `• ${r.reason}: ${n(r.n)}`);
    ay += box(svg, x, ay, armW, ["Discontinued", `n = ${n(arm.discontinued)}`, ...reasons], `discontinued-${arm.code}`) + 20;
    arrow(svg, mid, ay - 20, mid, ay);
    ay += box(svg, x, ay, armW, ["Status at data cut", `completed ${n(arm.completed)} · ongoing ${n(arm.ongoing)}`], `status-${arm.code}`) + 20;
    arrow(svg, mid, ay - 20, mid, ay);
    ay += box(svg, x, ay, armW, ["Primary outcome available", `n = ${n(arm.analysed)}`], `analysed-${arm.code}`);
    bottom = Math.max(bottom, ay);
  });
  svg.setAttribute("viewBox", `0 0 ${width} ${bottom + 10}`);
  svg.setAttribute("height", String(bottom + 10));
  return svg;
}

/**
 * The flow of a study-month from its `consort.json`, checked for the arithmetic a CONSORT diagram
 * must satisfy (remaining = previous remaining − excluded; arms sum to enrolled). A log that fails
 * is an error on the page, never a silently wrong diagram. The locked view (small counts hidden)
 * is drawn as it is: the build derived it from a log that passed these checks.
 */
export function consortFlow(log: ConsortFlow & Record<string, unknown>, study?: { arms: Array<{ code: string; label: string }> }): ConsortFlow {
  const label = (code: string, fallback: string) => study?.arms.find((a) => a.code === code)?.label ?? fallback;
  const flow = {
    screened: log.screened,
    exclusions: log.exclusions.map(({ id, label: l, kind, excluded, remaining: r }) => ({ id, label: l, ...(kind ? { kind } : {}), excluded, remaining: r })),
    enrolled: log.enrolled,
    arms: log.arms.map((a) => ({ ...a, label: label(a.code, a.label) })),
  };
  if (log.locked) return { ...flow, locked: log.locked };
  const num = (x: Count, what: string): number => {
    if (typeof x !== "number") throw new Error(`consort.json: ${what} is ${JSON.stringify(x)}, not a count (a locked view without its "locked" marker?)`);
    return x;
  };
  let remaining = num(log.screened, "screened");
  for (const step of log.exclusions) {
    if (step.remaining !== remaining - num(step.excluded, `step ${step.id}'s excluded`)) {
      throw new Error(`consort.json: step ${step.id} has remaining ${step.remaining}, expected ${remaining} − ${step.excluded}`);
    }
    remaining = num(step.remaining, `step ${step.id}'s remaining`);
  }
  if (remaining !== log.enrolled) throw new Error(`consort.json: ${remaining} remain after the criteria but ${log.enrolled} are enrolled`);
  const allocated = log.arms.reduce((s, a) => s + num(a.allocated, `arm ${a.code}'s allocated`), 0);
  if (allocated !== log.enrolled) throw new Error(`consort.json: arms sum to ${allocated}, enrolled is ${log.enrolled}`);
  return flow;
}
