export declare const SEED = 20250106;
export declare const TRUE_EFFECT = -6;
