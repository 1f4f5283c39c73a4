import { describe, expect, it } from "vitest";
import { predictionPage, predictionTasks, type PredictionPageData } from "../../pages/components/prediction-page.ts";

const untrained = { task: "dropout", status: "not trained", reason: "3 events in the test split (need 5)", rows: 120, events: 3 } as const;
const data = (loaded: PredictionPageData["loaded"]): PredictionPageData => ({
  studies: [{ id: "SYN-X", title: "X", months: ["2026-01"] } as any],
  study: "SYN-X",
  month: "2026-01",
  loaded,
  card: { cutDate: "2026-01-31", version: "1", snapshot: { subjectsSha256: "ab" }, trainingMs: 0, trainingCpuMs: 0, limits: [], tasks: [] },
  monitoring: { dropout: { status: "training month" } as any, adverseEvents: { status: "training month" } as any },
  engines: { build: "Node", browser: "Chromium" } as any,
});
const html = (strings: TemplateStringsArray, ...values: unknown[]) => strings.reduce((s, part, i) => s + part + (i < values.length ? String(values[i]) : ""), "") as any;
const drawing = { Plot: {} as any, Inputs: { radio: (options: unknown, config: unknown) => ({ options, config }) }, html };

describe("predictionPage", () => {
  it("serves both tasks, each with its monitoring key, CSV stem and outcome wording", () => {
    expect(Object.keys(predictionTasks)).toEqual(["dropout", "adverse-events"]);
    expect(predictionTasks.dropout.monitoring).toBe("dropout");
    expect(predictionTasks["adverse-events"]).toMatchObject({ monitoring: "adverseEvents", csv: "ae" });
  });

  it("for a task that was not trained: says why, disables the model choice, and hands out an artifact that never settles", async () => {
    const page = predictionPage("dropout", data(untrained), drawing);
    expect(page.trained).toBe(false);
    expect(page.study?.id).toBe("SYN-X");
    expect(page.notTrained()).toContain("3 events in the test split (need 5) (120 rows, 3 events)");
    expect((page.modelInput() as any).config).toMatchObject({ value: "p_mlp", disabled: true });
    const settled = await Promise.race([Promise.resolve(page.artifact).then(() => "settled"), new Promise((r) => setTimeout(() => r("pending"), 20))]);
    expect(settled).toBe("pending");
  });
});
