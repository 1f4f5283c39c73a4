/**
 * Versions of the snapshot loader and of the snapshot's schema (semver). Every Parquet file,
 * `snapshot.json` and `truth.json` records them. Bump LOADER_VERSION whenever the bytes a given
 * (study, month) produces change (including a change of GENERATOR_VERSION); bump SCHEMA_VERSION
 * when a table gains, loses or retypes a column.
 */
export const LOADER_NAME = "trial-snapshot";
export const LOADER_VERSION = "1.1.0";
export const SCHEMA_VERSION = "1.1.0";
