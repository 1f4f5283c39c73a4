import type { Row } from "../../data-loaders/readers/types.ts";
export interface ModelTables {
    subjects: Row[];
    visits: Row[];
    adverse_events: Row[];
    /** The data-cut date, ISO. */
    cutDate: string;
}
/** Reads subjects, visits and adverse_events from a snapshot's members. */
export declare function tablesFromSnapshot(members: ReadonlyArray<{
    name: string;
    bytes: Uint8Array;
}>, cutDate: string): Promise<ModelTables>;
