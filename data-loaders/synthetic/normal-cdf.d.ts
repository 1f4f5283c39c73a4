export declare function normalCdf(x: number): number;
