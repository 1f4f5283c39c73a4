/**
 * From a study-month's subject rows to the inputs of the sensitivity analyses for one contrast
 * (a treated arm against the control arm): the complete cases in subject-id order with the
 * study's covariates (as the primary analysis takes them), the same plus the subjects who
 * discontinued without the outcome (for the missing-data analysis), and the subgroup variables.
 */
import { type AnalysisCovariate, type DeltaAdjustmentInput, type TreatmentEffectInput } from "@trial/estimators";
export interface ArmInfo {
    code: string;
    label: string;
    role: "control" | "treated";
}
/** The parts of a studies.json entry these pages read. */
export interface StudyFields {
    id: string;
    arms: ArmInfo[];
    covariates: string[];
    primaryOutcome: string;
    outcome: "continuous" | "binary";
    subgroups?: string[] | null;
    /** The primary analysis' covariates when they differ from `covariates` (specs may pool rare levels). */
    analysisCovariates?: AnalysisCovariate[] | null;
}
/** The covariates of the primary analysis (names and specs), as analysis.json was computed with. */
export declare function analysisCovariatesOf(study: StudyFields): AnalysisCovariate[];
/** The names of the primary analysis' covariates (the explorer's choices). */
export declare function analysisCovariateNames(study: StudyFields): string[];
export type SubjectRow = Record<string, unknown>;
export interface ContrastData {
    treated: ArmInfo;
    control: ArmInfo;
    /** Complete cases (outcome observed), sorted by subject id. */
    rows: SubjectRow[];
    input: TreatmentEffectInput;
    /** Complete cases plus subjects who discontinued before the outcome (outcome null). */
    dropoutInput: DeltaAdjustmentInput;
    /** Subjects of the two arms without the outcome, by disposition (e.g. ongoing at the cut, discontinued). */
    missingByDisposition: Record<string, number>;
    /** Subjects of the two arms left out because a covariate is missing (the models need complete covariates). */
    missingCovariates: number;
    /** The covariates used (a subset of the study's when the caller chose one). */
    covariates: string[];
}
/** The study's treated arms (the contrasts are each of them against the one control arm). */
export declare function treatedArms(study: StudyFields): ArmInfo[];
export declare function controlArm(study: StudyFields): ArmInfo;
/**
 * The data of one contrast.
 *
 * @param study the study (studies.json entry)
 * @param subjects every subject row of the snapshot
 * @param treatedCode the treated arm's code (default: the first treated arm)
 * @param covariateNames the covariates to adjust for (default: the primary analysis'); a name of
 *   one of the primary analysis' covariate specs keeps its spec (e.g. pooling of rare levels)
 */
export declare function contrastData(study: StudyFields, subjects: readonly SubjectRow[], treatedCode?: string, covariateNames?: readonly string[]): ContrastData;
export interface SubgroupDefinition {
    column: string;
    label: string;
    /** Cut points of a continuous variable (none: its values are the levels). */
    breaks?: number[];
    /** How the definition was arrived at, for the page. */
    source: "study configuration" | "study covariates";
}
/**
 * The subgroup variables of a study: its prespecified subgroups when the configuration lists
 * them, else its covariates. Categorical and binary variables use their values; age is cut at 65;
 * any other continuous variable at its median in these rows (rounded to one decimal), which the
 * page states.
 */
export declare function subgroupDefinitions(study: StudyFields, rows: readonly SubjectRow[]): SubgroupDefinition[];
/** The subgroup label of every row for a definition; a missing value is its own level, "(missing)". */
export declare function subgroupOf(definition: SubgroupDefinition, rows: readonly SubjectRow[]): string[];
