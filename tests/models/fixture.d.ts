import { type ModelTables } from "../../src/models/snapshot-tables.ts";
export declare const STUDY = "SYN-LIN-B";
export declare const MONTH = "2025-09";
export declare function snapshotTables(): Promise<ModelTables>;
