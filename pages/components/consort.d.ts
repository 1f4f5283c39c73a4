/**
 * A CONSORT 2010-style flow diagram drawn from the loader's exclusion log. The diagram is plain
 * SVG built from the same numbers as the CONSORT table beside it, so the two cannot disagree.
 */
export interface ConsortArm {
    code: string;
    label: string;
    allocated: number;
    discontinued: number;
    discontinuedReasons: Array<{
        reason: string;
        n: number;
    }>;
    ongoing: number;
    completed: number;
    analysed: number;
}
export interface ConsortFlow {
    screened: number;
    exclusions: Array<{
        id: string;
        label: string;
        excluded: number;
        remaining: number;
    }>;
    enrolled: number;
    arms: ConsortArm[];
}
export declare function consortDiagram(flow: ConsortFlow, options?: {
    enrolledLabel?: string;
}): SVGSVGElement;
/**
 * The flow of a study-month from its `consort.json`, checked for the arithmetic a CONSORT diagram
 * must satisfy (remaining = previous remaining − excluded; arms sum to enrolled). A log that fails
 * is an error on the page, never a silently wrong diagram.
 */
export declare function consortFlow(log: ConsortFlow & Record<string, unknown>, study?: {
    arms: Array<{
        code: string;
        label: string;
    }>;
}): ConsortFlow;
