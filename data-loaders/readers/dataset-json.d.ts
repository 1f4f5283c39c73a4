import type { Dataset } from "./types.ts";
/** The `dataType` values of Dataset-JSON 1.1. */
export declare const DATASET_JSON_DATA_TYPES: readonly ["string", "integer", "decimal", "float", "double", "boolean", "datetime", "date", "time", "URI"];
export type DatasetJsonDataType = (typeof DATASET_JSON_DATA_TYPES)[number];
/** Named departures from the specification that a caller may choose to accept. */
export type DatasetJsonTolerance = "label-not-string" | "decimal-na-string" | "decimal-padded";
export interface DatasetJsonReadOptions {
    /** Departures to accept (and record in `deviations`) instead of stopping; none by default. */
    tolerate?: readonly DatasetJsonTolerance[];
}
/** A column as the file declares it. */
export interface DatasetJsonColumn {
    itemOID: string;
    name: string;
    label: string;
    dataType: DatasetJsonDataType;
    targetDataType?: "integer" | "decimal";
    length?: number;
    displayFormat?: string;
    keySequence?: number;
}
/** A dataset read from Dataset-JSON, with the file's own top-level attributes. */
export type DatasetJsonDataset = Dataset & {
    datasetJson: {
        datasetJSONVersion: string;
        datasetJSONCreationDateTime: string;
        itemGroupOID: string;
        records: number;
        columns: DatasetJsonColumn[];
        /** Optional top-level attributes present in the file (fileOID, studyOID, sourceSystem, ...). */
        optional: Record<string, unknown>;
    };
};
/** Reads a Dataset-JSON file from disk: see {@link parseDatasetJson}. */
export declare function readDatasetJson(file: string, options?: DatasetJsonReadOptions): DatasetJsonDataset;
/**
 * Parses and validates the bytes of a Dataset-JSON 1.1 file.
 *
 * @param bytes the whole file (UTF-8)
 * @param file the name to use in error messages and `source.file`
 * @param options departures to tolerate
 * @throws ReaderError naming the file, the JSON position (line and column) or the row, the
 *   column, the value and the rule, for invalid UTF-8, invalid JSON or a structure that breaks
 *   the specification
 */
export declare function parseDatasetJson(bytes: Uint8Array, file: string, options?: DatasetJsonReadOptions): DatasetJsonDataset;
