/**
 * Readers for real trial data: SAS transport (XPT v5), CDISC Dataset-JSON 1.1, CSV with a
 * declared schema, and Parquet, all returning the same {@link Dataset} shape; SAS date helpers;
 * a dataset comparison for proving two formats hold the same records.
 */
export { compareDatasets } from "./compare-datasets.ts";
export { parseCsv, readCsv } from "./csv.ts";
export { DATASET_JSON_DATA_TYPES, parseDatasetJson, readDatasetJson, } from "./dataset-json.ts";
export { ReaderError } from "./errors.ts";
export { ibmToIeee, ieeeToIbm, sasMissingCode } from "./ibm-float.ts";
export { checkParquetMagic, readParquet } from "./parquet.ts";
export { sasDateTimeToIso, sasDateToIso, sasFormatKind, sasFormatName, sasTemporalToIso, sasTimeToIso, toIsoDateView, } from "./sas-dates.ts";
export { parseXpt, readXpt, readXptDataset, selectMember } from "./xpt.ts";
