import type { TaskArtifact } from "./train-task.ts";
export declare function fairnessGaps(t: TaskArtifact, key: "p_mlp" | "p_logistic"): {
    sex: number | null;
    age: number | null;
};
