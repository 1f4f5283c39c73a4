/**
 * The headline metrics of a set of predictions: `predictionMetrics` of the estimator library, the
 * same function the page recomputes them with.
 */
import { predictionMetrics, type PredictionMetrics } from "@trial/estimators";

export type HeadlineMetrics = PredictionMetrics;
export const headlineMetrics = (p: readonly number[], y: readonly number[]): HeadlineMetrics => predictionMetrics(p, y);
