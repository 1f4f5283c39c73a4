/**
 * The ground truth of a data cut, written beside the snapshot as `truth.json` and never into a
 * table the estimators read: the population ATE (the configuration's true effect), sample ATEs
 * from the potential outcomes (all enrolled by the cut, those with the primary outcome observed,
 * the whole trial), the true CATE by segment, the effect curve over visits, the propensity model
 * and every coefficient of the generator (hazards of adverse events and dropout included).
 */
import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import type { GeneratedTrial } from "./types.ts";
export interface SampleEffect {
    n: number;
    /** mean of Y(1) − Y(0) over the subjects; null when there are none */
    ate: number | null;
    /** mean of Y(1) − Y(0) over the treated among them */
    att: number | null;
}
/** The generator's identity and parameters (the study's synthetic source), as recorded everywhere. */
export declare function generatorInfo(config: SyntheticStudyConfig): {
    name: string;
    version: string;
    seed: number;
    params: SyntheticStudyConfig["source"];
};
/**
 * @param trial the generated trial
 * @param month the cut month; `cutDate` its last day
 * @param enrolledIds subjects enrolled by the cut; `observedIds` those with the primary outcome
 */
export declare function truthAtCut(trial: GeneratedTrial, month: string, cutDate: string, enrolledIds: ReadonlySet<string>, observedIds: ReadonlySet<string>): {
    study: string;
    month: string;
    cutDate: string;
    generator: {
        name: string;
        version: string;
        seed: number;
        params: SyntheticStudyConfig["source"];
    };
    process: import("../../src/foundation/study-config.ts").ProcessName;
    outcome: import("../../src/foundation/study-config.ts").OutcomeType;
    assignment: "confounded" | "randomized";
    primaryOutcome: string;
    primaryWeek: number;
    estimand: string;
    /** Population (superpopulation) average treatment effect at the primary visit. */
    ate: number;
    sample: {
        enrolledAtCut: SampleEffect;
        withPrimaryOutcomeAtCut: SampleEffect;
        wholeTrial: SampleEffect;
    };
    cate: {
        description: string;
        byRegion: {
            region: "Asia-Pacific" | "Europe" | "Latin America" | "North America";
            effect: number;
        }[];
        byPriorTherapy: {
            prior_therapy: 0 | 1;
            effect: number;
        }[];
        bySegment: {
            region: "Asia-Pacific" | "Europe" | "Latin America" | "North America";
            prior_therapy: 0 | 1;
            effect: number;
            nEnrolledAtCut: number;
        }[];
    };
    effectByVisit: {
        visit_number: number;
        week: number;
        share: number;
        effect: number;
    }[];
    propensity: {
        model: {
            blockSize: 4;
            ratio: "1:1";
            kind: string;
            propensity: number;
        } | {
            floor: 0.1;
            ceiling: 0.9;
            intercept: -0.35;
            age: 0.6;
            severity: 0.8;
            diabetes: 0.8;
            prior_therapy: -0.4;
            kind: string;
        };
        rangeAtCut: number[] | null;
    };
    binaryModel: {
        center: 0.5;
        scale: 0.4;
        maxAmplitude: 0.3;
        floor: 0.05;
        ceiling: 0.95;
        c: number;
        a: number;
        formula: string;
    } | null;
    models: {
        standardization: string;
        covariates: {
            readonly age: {
                readonly mean: 60;
                readonly sd: 14;
                readonly rounding: "whole years";
            };
            readonly female: {
                readonly p: 0.52;
            };
            readonly height: {
                readonly female: {
                    readonly mean: 1.63;
                    readonly sd: 0.065;
                };
                readonly male: {
                    readonly mean: 1.77;
                    readonly sd: 0.07;
                };
            };
            readonly bmi: {
                readonly mean: 28;
                readonly sd: 5;
                readonly min: 16;
                readonly max: 55;
                readonly rounding: "0.1";
            };
            readonly baseline_severity: {
                readonly mean: 18.5;
                readonly sd: 6;
                readonly min: 0;
                readonly rounding: "0.1";
            };
            readonly diabetes: {
                readonly intercept: -1.3;
                readonly age: 0.35;
                readonly bmi: 0.45;
            };
            readonly egfr: {
                readonly intercept: 68;
                readonly age: -7;
                readonly diabetes: -6;
                readonly sd: 18;
                readonly min: 5;
                readonly max: 140;
                readonly rounding: "0.1";
            };
            readonly prior_therapy: {
                readonly p: 0.4;
            };
            readonly region: {
                readonly probabilities: Record<import("./parameters.ts").Region, number>;
            };
            readonly sites: Record<import("./parameters.ts").Region, number>;
            readonly consent_withdrawn: {
                readonly p: 0.025;
            };
        };
        prognostic: {
            intercept: 0.5;
            age: -0.25;
            severity: -0.35;
            diabetes: -0.4;
            female: 0.1;
            bmi: -0.1;
            egfr: 0.1;
            prior_therapy: -0.2;
            region: Record<import("./parameters.ts").Region, number>;
            selectionSeverity: -0.8;
            severityUsed: -0.8 | -0.35;
        };
        outcome: {
            readonly residualSd: 1;
            readonly ar1: 0.6;
            readonly binary: {
                readonly center: 0.5;
                readonly scale: 0.4;
                readonly maxAmplitude: 0.3;
                readonly floor: 0.05;
                readonly ceiling: 0.95;
            };
            readonly lag: {
                readonly lagWeeks: 4;
                readonly timeConstantWeeks: 8;
            };
            readonly heterogeneity: {
                readonly region: Record<import("./parameters.ts").Region, number>;
                readonly priorTherapy: -0.3;
            };
            readonly rounding: {
                readonly continuous: 0.001;
            };
        };
        effectOffsets: {
            region: Record<import("./parameters.ts").Region, number>;
            priorTherapy: {
                0: number;
                1: number;
            };
        };
        visits: {
            readonly jitter: {
                readonly sd: 1.5;
                readonly windowDays: 3;
            };
            readonly missed: {
                readonly intercept: -3;
                readonly age: -0.15;
            };
        };
        vitals: {
            readonly heart_rate: {
                readonly intercept: 72;
                readonly female: 2;
                readonly subjectSd: 7;
                readonly visitSd: 5;
                readonly min: 40;
                readonly max: 160;
            };
            readonly sbp: {
                readonly intercept: 126;
                readonly age: 5;
                readonly bmi: 3;
                readonly diabetes: 4;
                readonly treatedOnTreatment: 4;
                readonly subjectSd: 10;
                readonly visitSd: 7;
                readonly min: 80;
                readonly max: 220;
            };
            readonly dbp: {
                readonly intercept: 21;
                readonly sbpSlope: 0.45;
                readonly subjectSd: 4;
                readonly visitSd: 4;
                readonly min: 40;
                readonly max: 130;
            };
            readonly temperature: {
                readonly mean: 36.8;
                readonly sd: 0.25;
            };
            readonly weight: {
                readonly subjectSd: 0;
                readonly visitSd: 0.8;
            };
            readonly alt: {
                readonly intercept: 24;
                readonly diabetes: 0.15;
                readonly treatedOnTreatment: 0.3;
                readonly subjectSd: 0.3;
                readonly visitSd: 0.2;
            };
            readonly creatinine: {
                readonly scale: 0.95;
                readonly power: 1.1;
                readonly femaleFactor: 0.8;
                readonly visitSd: 0.06;
            };
            readonly hemoglobin: {
                readonly male: 14.6;
                readonly female: 13.2;
                readonly lowEgfr: -0.6;
                readonly lowEgfrBelow: 45;
                readonly subjectSd: 0.9;
                readonly visitSd: 0.4;
            };
            readonly exposure: {
                readonly dose: {
                    readonly treated: 100;
                    readonly reduced: 50;
                    readonly control: 0;
                };
                readonly compliance: {
                    readonly mean: 0.92;
                    readonly perMissedVisit: -0.02;
                    readonly sd: 0.07;
                };
            };
        };
        adverseEvents: {
            readonly general: {
                readonly baseRatePer28Days: 0.1;
                readonly treated: 0.35;
                readonly age: 0.1;
                readonly terms: readonly ["Headache", "Nausea", "Fatigue", "Dizziness", "Diarrhoea", "Nasopharyngitis", "Rash", "Arthralgia"];
                readonly severity: {
                    readonly mild: 0.65;
                    readonly moderate: 0.28;
                    readonly severe: 0.07;
                };
            };
            readonly hypertension: {
                readonly baseRatePer28Days: 0.015;
                readonly sbpPer10: 0.8;
                readonly treated: 0.3;
                readonly term: "Hypertension";
                readonly severity: {
                    readonly mild: 0.5;
                    readonly moderate: 0.35;
                    readonly severe: 0.15;
                };
            };
            readonly hepatic: {
                readonly baseRatePer28Days: 0.01;
                readonly log2AltOver25: 1.5;
                readonly treated: 0.4;
                readonly term: "Hepatic enzyme increased";
                readonly severity: {
                    readonly mild: 0.4;
                    readonly moderate: 0.35;
                    readonly severe: 0.25;
                };
            };
            readonly serious: {
                readonly mild: 0;
                readonly moderate: 0.03;
                readonly severe: 0.4;
            };
            readonly related: {
                readonly treated: 0.55;
                readonly treatedHepatic: 0.8;
                readonly control: 0.2;
            };
        } | {
            general: {
                readonly baseRatePer28Days: 0.006;
                readonly treated: 0.35;
                readonly age: 0.1;
                readonly heartRatePer10: 2.8;
                readonly temperaturePerQuarterDegree: 0.3;
            };
            hypertension: {
                readonly baseRatePer28Days: 0.006;
                readonly sbpPer10: 3;
                readonly treated: 0.3;
            };
            hepatic: {
                readonly baseRatePer28Days: 0.004;
                readonly log2AltOver25: 4;
                readonly treated: 0.4;
            };
            model: string;
        };
        dropout: {
            "adverse event": {
                readonly intercept: -5;
                readonly ae: 1;
                readonly serious: 2;
            };
            "lack of efficacy": {
                readonly intercept: -4.4;
                readonly treated: -0.6;
            };
            "withdrew consent": {
                readonly intercept: -5.3;
            };
            "lost to follow-up": {
                readonly intercept: -5.2;
                readonly missed: 1.2;
                readonly age: -0.25;
            };
            selection: {
                readonly reason: "lack of efficacy";
                readonly severityControl: 1.3;
                readonly severityTreated: -0.3;
                readonly intercept: 0.5;
            };
            informative: boolean;
        };
    };
};
export type CutTruth = ReturnType<typeof truthAtCut>;
