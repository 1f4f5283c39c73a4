/**
 * Every `@example` in the code's doc comments runs as a test (issue 17), in the scope of its own
 * module's exports and of the estimator and foundation libraries (extract-examples.ts says how an
 * example states its expected value). A block that cannot be checked (no expected value, or one
 * that is not a literal) is a failure too: an example a reader cannot trust is a defect.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as estimators from "@trial/estimators";
import { transformSync } from "esbuild";
import * as foundation from "@trial/foundation";
import { describe, expect, it } from "vitest";
import { type Check, type Example, extractExamples, mismatch, parseExpected, splitComment } from "./extract-examples.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FOLDERS = ["estimators/src", "src", "pages/components", "data-loaders"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "dist" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [full] : [];
  });
}

const examples: Example[] = FOLDERS.flatMap((folder) => sourceFiles(path.join(root, folder))).flatMap((file) => {
  const source = readFileSync(file, "utf-8");
  return source.includes("@example") ? extractExamples(path.relative(root, file), source) : [];
});

interface Outcome {
  check: Check;
  value?: unknown;
  error?: unknown;
}

/** Runs an example's statements and checks in one function whose scope is `scope`. */
async function runExample(example: Example, scope: Record<string, unknown>): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const checks: Check[] = [];
  const body = example.steps
    .map((step) => {
      if ("statement" in step) return step.statement;
      checks.push(step.check);
      return `await __check(${checks.length - 1}, async () => (${step.check.expression}));`;
    })
    .join("\n");
  const __check = async (i: number, thunk: () => Promise<unknown>) => {
    try {
      outcomes.push({ check: checks[i] as Check, value: await thunk() });
    } catch (error) {
      outcomes.push({ check: checks[i] as Check, error });
    }
  };
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
  // The examples are TypeScript (`x!`, `as T`): esbuild strips the types, as the build does.
  const js = transformSync(`async function __example() {\n${body}\n}`, { loader: "ts", format: "esm" }).code;
  const inner = js.slice(js.indexOf("{") + 1, js.lastIndexOf("}"));
  await new AsyncFunction(...names, "__check", inner)(...names.map((n) => scope[n]), __check);
  return outcomes;
}

function verdict(outcome: Outcome): string | null {
  const { check } = outcome;
  if (check.kind === "throws") {
    if (!("error" in outcome)) return `${check.text}: did not throw (returned ${JSON.stringify(outcome.value)})`;
    const message = (outcome.error as Error).message;
    // "…" in the documented message stands for the rest of the text: its parts must appear in order.
    let at = 0;
    for (const part of check.message.split("…")) {
      const found = message.indexOf(part, at);
      if (found < 0) return `${check.text}: threw "${message}"`;
      at = found + part.length;
    }
    return null;
  }
  if ("error" in outcome) return `${check.text}: threw ${(outcome.error as Error).message}`;
  const m = mismatch(outcome.value, check.expected, check.tolerance, check.partial);
  return m === null ? null : `${check.text}: ${m}`;
}

describe("the examples' parser", () => {
  it("reads values, partial values, tolerances and notes; keeps // inside strings", () => {
    expect(parseExpected("[0.5, 0.5] (a note)")).toEqual({ expected: [0.5, 0.5], partial: false, tolerance: 0.05 });
    expect(parseExpected("0.05 (to 1e-15)")).toEqual({ expected: 0.05, partial: false, tolerance: 1e-15 });
    expect(parseExpected('[{ term: "arm", df: 1, … }] for the example above')).toEqual({ expected: [{ term: "arm", df: 1 }], partial: true, tolerance: 0 });
    expect(parseExpected("fitted values")).toBeNull();
    expect(splitComment('f("http://x") // => 1')).toEqual({ code: 'f("http://x")', comment: "=> 1" });
    expect(mismatch([0.1234, 2], [0.123, 2], 0.0005, false)).toBeNull();
    expect(mismatch([0.124], [0.123], 0.0005, false)).toMatch(/value\[0\]: expected 0.123/);
    expect(mismatch([1, 2, 3], [1, 2], 0, false)).toMatch(/expected 2 entries, got 3/);
    expect(mismatch([1, 2, 3], [1, 2], 0, true)).toBeNull();
  });

  it("finds the examples of the code base", () => {
    expect(examples.length).toBeGreaterThan(150);
  });
});

/**
 * Examples that illustrate rather than check: prose instead of a value (`// => fitted values`),
 * an elided expression, or inputs defined elsewhere ("for fitLinearModel's example"). Counted per
 * file and pinned in illustrative.json: a new one fails the test, and so does one made checkable
 * without updating the file (it can only shrink).
 */
const ILLUSTRATIVE = JSON.parse(readFileSync(path.join(root, "tests", "doc-examples", "illustrative.json"), "utf-8")) as Record<string, number>;
const illustrative = new Map<string, number>();
const countIllustrative = (file: string) => illustrative.set(file, (illustrative.get(file) ?? 0) + 1);

const byFile = new Map<string, Example[]>();
for (const e of examples) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);

describe.each([...byFile.keys()])("@example of %s", (file) => {
  it.each((byFile.get(file) ?? []).map((e) => [e.line, e] as const))("line %i", async (_line, example) => {
    if (example.unusable !== undefined) {
      countIllustrative(file);
      return;
    }
    const own = (await import(pathToFileURL(path.join(root, file)).href)) as Record<string, unknown>;
    let outcomes: Outcome[];
    try {
      outcomes = await runExample(example, { ...foundation, ...estimators, ...own });
    } catch (error) {
      // An input the example does not define (a statement failed before any check ran).
      if (error instanceof ReferenceError) return void countIllustrative(file);
      throw error;
    }
    if (outcomes.some((o) => o.error instanceof ReferenceError)) return void countIllustrative(file);
    const problems = outcomes.map(verdict).filter((v) => v !== null);
    if (problems.length > 0) expect.fail(`${file}:${example.line}\n${problems.join("\n")}`);
    expect(outcomes.length).toBe(example.steps.filter((s) => "check" in s).length);
  });
});

describe("illustrative examples", () => {
  it("are the ones pinned in illustrative.json (a new one fails; one made checkable is removed from the file)", () => {
    const counted = Object.fromEntries([...illustrative].sort(([a], [b]) => a.localeCompare(b)));
    // UPDATE_ILLUSTRATIVE=1 rewrites the file from this run (then read the diff: it should only shrink).
    if (process.env.UPDATE_ILLUSTRATIVE === "1") writeFileSync(path.join(root, "tests", "doc-examples", "illustrative.json"), `${JSON.stringify(counted, null, 2)}\n`);
    else expect(counted).toEqual(ILLUSTRATIVE);
  });
});
