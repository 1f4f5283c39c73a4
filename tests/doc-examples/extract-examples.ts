/**
 * The `@example` blocks of the code's doc comments, as checks a test can run (issue 17: "the
 * documented @examples run as tests"). The convention they follow:
 *
 *   @example
 *   const km = kaplanMeier([1, 2, 2, 3], [1, 1, 0, 1]);   // a statement: run as written
 *   km.survival                                            // an expression …
 *   // => [0.75, 0.375, …]                                 // … and its value on the next line,
 *   median([1, 2, 3]) // => 2 (a note)                     // or on the same line;
 *   checkInteger("seed", 1.5, 0) // throws "seed: must …"  // or the message it throws.
 *
 * An expected value is the longest JavaScript literal at the start of the text after `=>`; what
 * follows it is a note, except `(to 1e-15)`, a tolerance. `…` in an array or object means "more
 * that the example does not show": those entries are not compared. A number is compared to the
 * precision it is printed with (0.707 means within 0.0005), unless a tolerance is given.
 * Lines with no `=>` or `throws` are statements (a trailing `// note` is dropped).
 */

export type Check =
  | { kind: "value"; expression: string; expected: unknown; partial: boolean; tolerance: number; text: string }
  | { kind: "throws"; expression: string; message: string; text: string };

export interface Example {
  file: string;
  /** 1-based line of the `@example` tag. */
  line: number;
  /** The statements and checks, in order. */
  steps: Array<{ statement: string } | { check: Check }>;
  /** Why the block cannot be run as a test (no check in it, or an expected value that is not a literal). */
  unusable?: string;
}

/** The `@example` blocks of one source file's doc comments. */
export function extractExamples(file: string, source: string): Example[] {
  const lines = source.split("\n");
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i] ?? "")) continue;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] ?? "";
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w+/.test(line)) break;
      body.push(line.replace(/^\s*\* ?/, ""));
    }
    examples.push(parseExample(file, i + 1, body));
  }
  return examples;
}

/** Text before a `//` that is not inside a string literal, and the comment after it (or null). */
export function splitComment(line: string): { code: string; comment: string | null } {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "/" && line[i + 1] === "/") return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2).trim() };
  }
  return { code: line.trimEnd(), comment: null };
}

function parseExample(file: string, line: number, body: string[]): Example {
  const steps: Example["steps"] = [];
  let pending = "";
  const flushStatement = () => {
    if (pending.trim() !== "") steps.push({ statement: pending });
    pending = "";
  };
  for (const raw of body) {
    const { code, comment } = splitComment(raw);
    const arrow = comment?.match(/^=>\s*(.*)$/);
    const throws = comment?.match(/^throws\s+(["'])(.*)\1/);
    if (arrow || throws) {
      const expression = `${pending}\n${code}`.trim().replace(/;$/, "");
      pending = "";
      if (expression === "") return { file, line, steps, unusable: "an expected value with no expression before it" };
      if (expression.includes("…")) return { file, line, steps, unusable: "the expression is elided (…)" };
      if (throws) {
        steps.push({ check: { kind: "throws", expression, message: throws[2] as string, text: raw.trim() } });
        continue;
      }
      const parsed = parseExpected(arrow?.[1] ?? "");
      if (parsed === null) return { file, line, steps, unusable: `the expected value is not a literal: ${arrow?.[1]}` };
      steps.push({ check: { kind: "value", expression, ...parsed, text: raw.trim() } });
      continue;
    }
    if (code.trim() === "") continue;
    pending = pending === "" ? code : `${pending}\n${code}`;
    // A statement ends with `;` (or is a declaration that the next line does not continue).
    if (/;\s*$/.test(code)) flushStatement();
  }
  flushStatement();
  if (!steps.some((s) => "check" in s)) return { file, line, steps, unusable: "no `// =>` or `// throws` in the block" };
  return { file, line, steps };
}

const ELLIPSIS = /,?\s*…\s*/g;

/** The expected value: the longest literal prefix of `text`, its tolerance and whether it is partial (`…`). */
export function parseExpected(text: string): { expected: unknown; partial: boolean; tolerance: number } | null {
  const explicit = text.match(/\(to (\d(?:\.\d+)?e-\d+)\)/);
  for (let end = text.length; end > 0; end--) {
    const prefix = text.slice(0, end).trim();
    if (prefix === "" || !/[\]})"'\w.]$/.test(prefix)) continue;
    const partial = prefix.includes("…");
    const literal = prefix
      .replace(ELLIPSIS, "")
      .replace(/\[\s*,/g, "[")
      .replace(/{\s*,/g, "{");
    if (!isLiteral(literal)) continue;
    let value: unknown;
    try {
      value = new Function(`return (${literal});`)();
    } catch {
      continue;
    }
    return { expected: value, partial, tolerance: explicit ? Number(explicit[1]) : printedTolerance(literal) };
  }
  return null;
}

/** Only literals: numbers, strings, booleans, null, NaN, Infinity, arrays and objects of them. */
function isLiteral(text: string): boolean {
  const withoutStrings = text.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  return /^[\s\d.eE+\-[\]{},:""]*$/.test(withoutStrings.replace(/\b(?:true|false|null|NaN|Infinity|undefined)\b/g, "0").replace(/\b[A-Za-z_$][\w$]*\s*:/g, '"":'));
}

/** Half a unit in the last printed decimal of the least precise number in `literal` (exact for integers). */
function printedTolerance(literal: string): number {
  const withoutStrings = literal.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  let tolerance = 0;
  for (const m of withoutStrings.matchAll(/-?\d+(?:\.(\d+))?(?:e([+-]?\d+))?/gi)) {
    const decimals = (m[1]?.length ?? 0) - Number(m[2] ?? 0);
    if (decimals > 0) tolerance = Math.max(tolerance, 0.5 * 10 ** -decimals);
  }
  return tolerance;
}

/**
 * Whether `actual` matches `expected`: numbers within `tolerance` (NaN equals NaN, -0 equals 0),
 * arrays element by element (a partial array compares its first entries), objects key by key
 * (the keys shown; a partial object only those).
 * Returns null when they match, else where they differ.
 */
export function mismatch(actual: unknown, expected: unknown, tolerance: number, partial: boolean, at = "value"): string | null {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return `${at}: expected the number ${expected}, got ${JSON.stringify(actual)}`;
    if (Number.isNaN(expected)) return Number.isNaN(actual) ? null : `${at}: expected NaN, got ${actual}`;
    if (!Number.isFinite(expected)) return actual === expected ? null : `${at}: expected ${expected}, got ${actual}`;
    return Math.abs(actual - expected) <= tolerance + 1e-12 * Math.abs(expected) ? null : `${at}: expected ${expected} (±${tolerance}), got ${actual}`;
  }
  if (Array.isArray(expected)) {
    const list = ArrayBuffer.isView(actual) ? Array.from(actual as unknown as ArrayLike<unknown>) : actual;
    if (!Array.isArray(list)) return `${at}: expected an array, got ${JSON.stringify(actual)}`;
    if (!partial && list.length !== expected.length) return `${at}: expected ${expected.length} entries, got ${list.length}`;
    if (list.length < expected.length) return `${at}: expected at least ${expected.length} entries, got ${list.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = mismatch(list[i], expected[i], tolerance, partial, `${at}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return `${at}: expected an object, got ${JSON.stringify(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const m = mismatch((actual as Record<string, unknown>)[key], value, tolerance, partial, `${at}.${key}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(actual, expected) || actual === expected ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
