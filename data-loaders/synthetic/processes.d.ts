import type { SyntheticStudyConfig } from "../../src/foundation/study-config.ts";
import { type Region } from "./parameters.ts";
import type { Covariates } from "./types.ts";
export interface ProcessModel {
    name: SyntheticStudyConfig["source"]["process"];
    outcome: SyntheticStudyConfig["source"]["outcome"];
    /** Population ATE at the primary visit (= config.trueEffect). */
    ate: number;
    /** Prognostic index m(x). */
    prognostic(x: Covariates): number;
    /** Individual effect τ(x) at the primary visit. */
    cate(x: Covariates): number;
    /** Segment label for heterogeneity summaries ("region / prior therapy"). */
    segment(x: Covariates): string;
    /** Share of τ(x) reached at a given week (1 at the primary week). */
    effectShare(week: number): number;
    /** Binary only: p(t) = c + a·tanh((m − center)/scale) + t·τ(x)·h. */
    binary: {
        c: number;
        a: number;
    } | null;
    /** Selection process: dropout for lack of efficacy depends on severity by arm. */
    informativeDropout: boolean;
    /** Which adverse-event rates apply (the configuration's adverseEventModel, default standard). */
    adverseEvents: "standard" | "vitals-driven";
    /** Region and prior-therapy offsets of τ(x) (zero unless heterogeneous). */
    effectOffsets: {
        region: Record<Region, number>;
        priorTherapy: {
            0: number;
            1: number;
        };
    };
    /** The primary (last scheduled) week. */
    primaryWeek: number;
}
/** The process model of a study configuration. */
export declare function processModel(config: SyntheticStudyConfig): ProcessModel;
/** Binary: P(Y_k = 1 | x, t) at a visit of the given week. */
export declare function responseProbability(model: ProcessModel, x: Covariates, treated: 0 | 1, week: number): number;
