import { describe, expect, it } from "vitest";
import { predictionPage, predictionTasks, type PredictionPageData } from "../../pages/components/prediction-page.ts";

const untrained = { task: "dropout", status: "not trained", reason: "3 events in the test split (need 5)", rows: 120, events: 3 } as const;
const data = (loaded: PredictionPageData["loaded"], cardTask: object = untrained): PredictionPageData => ({
  studies: [{ id: "SYN-X", title: "X", months: ["2026-01"] } as any],
  study: "SYN-X",
  month: "2026-01",
  loaded,
  card: { cutDate: "2026-01-31", version: "1", snapshot: { subjectsSha256: "ab" }, trainingMs: 0, trainingCpuMs: 0, limits: [], tasks: [cardTask] },
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

  it("knows from the model card whether the task was trained, so a locked page (artifact and monitoring still pending) shows the model card", async () => {
    const cardTask = {
      task: "dropout",
      predicts: "discontinuation",
      rows: "visits",
      dataRange: { from: "2025-01-01", to: "2025-12-31" },
      split: { train: { subjects: 6, rows: 60, events: 6 }, validation: { subjects: 2, rows: 20, events: 2 }, test: { subjects: 2, rows: 20, events: 2 } },
      features: ["age"],
      training: "seeded.",
      mlpTrainRows: 60,
      mlpEpochs: 9,
      mlpBestEpoch: 4,
      metrics: { mlp: { auroc: 0.8, aurocLower: 0.7, aurocUpper: 0.9 }, logistic: { auroc: 0.75, aurocLower: 0.65, aurocUpper: 0.85 } },
    };
    let resolve!: (a: any) => void;
    const page = predictionPage("dropout", data(new Promise((r) => (resolve = r)), cardTask), drawing);
    expect(page.trained).toBe(true);
    expect((page.modelInput() as any).config).toMatchObject({ disabled: false });
    expect(page.modelCard()).toContain("MLP 0.800 (0.700–0.900), logistic 0.750 (0.650–0.850)");
    const settled = await Promise.race([page.artifact.then(() => "settled"), new Promise((r) => setTimeout(() => r("pending"), 20))]);
    expect(settled).toBe("pending");
    resolve({ task: "dropout", test: { columns: [], rows: [] } });
    expect(await page.artifact).toMatchObject({ task: "dropout" });
    // A card without the task is a named error, not a page that guesses.
    expect(() => predictionPage("adverse-events", data(untrained, cardTask), drawing)).toThrow("model-card.json of SYN-X 2026-01 has no entry for the adverse-events task");
  });
});
