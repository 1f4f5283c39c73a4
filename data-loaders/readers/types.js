/**
 * The one shape every reader returns (XPT, Dataset-JSON, CSV, Parquet), so that code downstream of
 * a reader does not care which format a study's data came in.
 */
export {};
