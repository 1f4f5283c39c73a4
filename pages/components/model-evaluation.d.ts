/**
 * Evaluation of the build's prediction models in the page: the artifacts' test predictions are
 * re-scored here with the same estimator code the build used (metrics, curves, calibration,
 * fairness slices, drift, decay, decision thresholds). Pure functions returning data; the pages draw.
 */
import { columnarRows, type Columnar, type DriftCell, type PredictionMetrics, type CostPoint, type FeatureScaling, type LinearRisk, type Recalibration } from "@trial/estimators";
export type { Columnar };
export type Metrics = PredictionMetrics;
export interface TaskArtifact {
    task: string;
    features: string[];
    scaling: FeatureScaling;
    logistic: LinearRisk & {
        recalibration: Recalibration;
    };
    mlp: {
        model: {
            modelTopology: object;
            weightSpecs: unknown[];
            weightDataBase64: string;
        };
        recalibration: Recalibration;
        epochs: number;
        bestEpoch: number;
        history: number[];
    };
    metrics: {
        logistic: Metrics;
        mlp: Metrics;
    };
    crossValidation: {
        folds: number;
        logisticAuroc: number[];
    };
    split: Record<string, {
        subjects: number;
        rows: number;
        events: number;
    }>;
    test: Columnar;
    reference: Columnar;
}
export type Row = Record<string, string | number | null>;
export type ModelKey = "p_mlp" | "p_logistic";
export { columnarRows };
/** The headline metrics of the predictions in column `key` (as the build computed them). */
export declare function headlineMetrics(rows: Row[], key: ModelKey): Metrics;
/** Largest relative difference between the page's metrics and the build's (0 when identical). */
export declare function metricsDifference(page: Metrics, build: Metrics): number;
/** ROC and PR curve points for plotting. */
export declare function curves(rows: Row[], key: ModelKey): {
    roc: {
        fpr: number;
        tpr: number;
    }[];
    pr: {
        recall: number;
        precision: number;
    }[];
    reliability: import("@trial/estimators").ReliabilityBin[];
    prevalence: number;
};
/** AUROC by sex and by age group (< 65, ≥ 65) and the largest gap within each attribute. */
export declare function fairness(rows: Row[], key: ModelKey): {
    groups: {
        attribute: string;
        group: string;
        rows: number;
        events: number;
        auroc: number | null;
    }[];
    gaps: {
        attribute: string;
        gap: number | null;
    }[];
};
/**
 * Kolmogorov–Smirnov statistic of each feature between the training rows (reference) and the test
 * rows of each calendar month of prediction; flagged above `flag`. The `top` features with the
 * largest statistic are the ones drawn.
 */
export declare function drift(reference: Row[], test: Row[], features: readonly string[], flag?: number, top?: number): {
    months: string[];
    cells: DriftCell[];
    shown: string[];
    topCells: DriftCell[];
};
/** The `top` features with the largest KS statistic in any month, and their cells. */
export declare function topDrift(cells: DriftCell[], top?: number): {
    shown: string[];
    topCells: DriftCell[];
};
/** Cost curve and its minimum for the given costs. */
export declare function costAnalysis(rows: Row[], key: ModelKey, costIntervention: number, costEvent: number): {
    curve: CostPoint[];
    best: CostPoint;
};
export declare const STRATA: readonly [{
    readonly name: "critical";
    readonly action: "Site call within 48 h; retention visit with the investigator";
}, {
    readonly name: "high";
    readonly action: "Coordinator call this week; review burden (visits, adverse events)";
}, {
    readonly name: "moderate";
    readonly action: "Reminder and flexible scheduling of the next visit";
}, {
    readonly name: "low";
    readonly action: "Routine follow-up";
}];
/**
 * Lower risk bounds of the strata relative to a reference risk r: 2r, r, r/2 and 0. On the dropout
 * page r is the break-even risk c_I/c_E (acting pays off in expectation above it, for calibrated
 * risks); on the adverse-event page, the alert threshold.
 */
export declare function strataBounds(threshold: number): number[];
/** Each subject's latest test row (the current risk), with its stratum (bounds from `reference`). */
export declare function currentRisk(rows: Row[], key: ModelKey, reference: number): {
    subjects: {
        risk: number;
        stratum: "critical" | "high" | "low" | "moderate";
    }[];
    strata: {
        stratum: "critical" | "high" | "low" | "moderate";
        from: number;
        to: number;
        subjects: number;
        action: "Coordinator call this week; review burden (visits, adverse events)" | "Reminder and flexible scheduling of the next visit" | "Routine follow-up" | "Site call within 48 h; retention visit with the investigator";
    }[];
};
/** Alerts at a threshold: per week of prediction dates, precision and recall. */
export declare function alertStats(rows: Row[], key: ModelKey, threshold: number): {
    threshold: number;
    tp: number;
    fp: number;
    tn: number;
    fn: number;
    precision: number | null;
    recall: number | null;
    specificity: number | null;
    accuracy: number;
    f1: number | null;
    flaggedShare: number;
    alerts: number;
    weeks: number;
    alertsPerWeek: number;
};
/** The logistic model's risk of one row and the features that drive it (βⱼzⱼ on the log-odds). */
export declare function logisticExplanation(a: TaskArtifact, row: Row): {
    risk: number;
    contributions: {
        feature: string;
        value: number;
        raw: string | number | null;
    }[];
    z: number[];
};
/** Standardised feature matrix of rows (the MLP's input). */
export declare function scaledMatrix(a: TaskArtifact, rows: Row[]): number[][];
/** Decodes the model's base64 weights into an ArrayBuffer for tf.io.fromMemory. */
export declare function weightData(a: TaskArtifact): ArrayBuffer;
