export const ANALYSIS_SCHEMA = "trial-analysis/1";
