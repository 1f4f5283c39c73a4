import type { UntrainedTask } from "./build-models.ts";
import type { TaskArtifact } from "./train-task.ts";
export interface ModelCard {
    study: string;
    month: string;
    cutDate: string;
    version: string;
    snapshot: {
        subjectsSha256: string;
        snapshotSha256: string;
    };
    /** Wall-clock milliseconds of the whole loader work (snapshot read, features, training). */
    trainingMs: number;
    /** CPU milliseconds of the same (on a shared machine the wall clock overstates the cost). */
    trainingCpuMs: number;
    tasks: Array<UntrainedTask | {
        task: string;
        predicts: string;
        rows: string;
        dataRange: {
            from: string;
            to: string;
        };
        features: string[];
        training: string;
        split: TaskArtifact["split"];
        crossValidationAuroc: number[];
        metrics: TaskArtifact["metrics"];
        mlpEpochs: number;
        mlpBestEpoch: number;
        mlpTrainRows: number;
    }>;
    limits: string[];
}
export declare function modelCard(a: {
    study: string;
    month: string;
    cutDate: string;
    snapshotSubjectsSha256: string;
    snapshotSha: string;
    version: string;
    dropout: TaskArtifact | UntrainedTask;
    adverseEvents: TaskArtifact | UntrainedTask;
    ms: number;
    cpuMs: number;
}): ModelCard;
