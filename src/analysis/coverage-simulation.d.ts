import { type SyntheticStudyConfig } from "../foundation/study-config.ts";
export interface CoverageOptions {
    /** A confounded study of the registry whose process is simulated (SYN-CONF-C or SYN-CONF-B). */
    study: string;
    /** Replicates: seeds `firstSeed` … `firstSeed + replicates − 1`. */
    replicates: number;
    firstSeed?: number;
    /** Subjects per simulated trial. */
    n: number;
    /** Bootstrap replicates per trial (0: influence-function intervals only). */
    bootstrap?: number;
}
export interface CoverageReplicate {
    seed: number;
    naive: number;
    aipw: number;
    aipwCovers: boolean;
    aipwBootstrapCovers: boolean | null;
    gComputation: number;
    ipwHajek: number;
    ipwHajekCovers: boolean;
    ipwHt: number;
    ipwHtCovers: boolean;
    aipwSe: number;
}
export interface EstimatorSummary {
    mean: number;
    bias: number;
    /** SD of the estimates over replicates (the true sampling SD). */
    empiricalSd: number;
    /** Monte-Carlo SE of the bias, empiricalSd/√R. */
    biasMcse: number;
    /** Share of replicates whose 95% interval covers the truth (null without an interval). */
    coverage: number | null;
    /** Its Monte-Carlo SE, √(c(1 − c)/R). */
    coverageMcse: number | null;
}
export interface CoverageSummary {
    study: string;
    process: string;
    outcome: string;
    truth: number;
    n: number;
    replicates: number;
    firstSeed: number;
    bootstrap: number;
    /** Mean of the AIPW influence-function SEs (compare with the empirical SD). */
    aipwMeanSe: number;
    estimators: {
        naive: EstimatorSummary;
        aipw: EstimatorSummary;
        aipwBootstrapPercentile: EstimatorSummary | null;
        gComputation: EstimatorSummary;
        ipwHt: EstimatorSummary;
        ipwHajek: EstimatorSummary;
    };
}
/** Subject rows of one simulated confounded trial (the snapshot's subjects columns the analysis reads). */
export declare function simulateConfoundedTrial(config: SyntheticStudyConfig, seed: number, n: number): Array<Record<string, unknown>>;
/** One replicate: simulate, analyse, compare with the truth. */
export declare function coverageReplicate(config: SyntheticStudyConfig, seed: number, n: number, bootstrap: number): CoverageReplicate;
/**
 * Runs the simulation.
 *
 * @example
 * simulateCoverage({ study: "SYN-CONF-C", replicates: 200, n: 1000 }).estimators.aipw.coverage // => ≈ 0.95
 */
export declare function simulateCoverage(options: CoverageOptions, onReplicate?: (r: CoverageReplicate, k: number) => void): {
    summary: CoverageSummary;
    replicates: CoverageReplicate[];
};
