/**
 * Readers for real trial data: SAS transport (XPT v5), CDISC Dataset-JSON 1.1, CSV with a
 * declared schema, and Parquet, all returning the same {@link Dataset} shape; SAS date helpers;
 * a dataset comparison for proving two formats hold the same records.
 */
export { compareDatasets, type CompareOptions, type DatasetComparison, type MetadataDifference, type ValueDifference } from "./compare-datasets.ts";
export { parseCsv, readCsv, type CsvColumnSchema, type CsvColumnType, type CsvSchema } from "./csv.ts";
export { DATASET_JSON_DATA_TYPES, parseDatasetJson, readDatasetJson, type DatasetJsonColumn, type DatasetJsonDataset, type DatasetJsonDataType, type DatasetJsonReadOptions, type DatasetJsonTolerance, } from "./dataset-json.ts";
export { ReaderError, type ReaderErrorDetails } from "./errors.ts";
export { ibmToIeee, ieeeToIbm, sasMissingCode } from "./ibm-float.ts";
export { checkParquetMagic, readParquet } from "./parquet.ts";
export { sasDateTimeToIso, sasDateToIso, sasFormatKind, sasFormatName, sasTemporalToIso, sasTimeToIso, toIsoDateView, type SasTemporalKind, } from "./sas-dates.ts";
export type { CellValue, Dataset, DatasetVariable, Row, SourceFormat, SpecialMissing, ToleratedDeviation, VariableType } from "./types.ts";
export { parseXpt, readXpt, readXptDataset, selectMember, type XptEncoding, type XptFile, type XptMember, type XptMemberInfo, type XptReadOptions } from "./xpt.ts";
