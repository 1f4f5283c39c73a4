/**
 * @trial/foundation: the bottom layer that data-loaders, src, the pages and the archive all import.
 * This barrel holds the parts the browser needs too (pure, no I/O): the study configuration types,
 * the mapping from a study entry to the analysis input, the routes between study-month pages and
 * the publication record. The registry of studies (`registry.ts`, with `byo-config.ts` and
 * `cdisc-pilot.ts`) reads files and is imported by Node code by path, never by the pages, which
 * get the studies from `/data/studies.json`.
 */
export * from "./study-config.js";
export * from "./analysis-input.js";
export * from "./routes.js";
export * from "./publication-record.js";
export * from "./encrypted-file.js";
export * from "./survival-endpoint.js";
export * from "./model-artifact.js";
export * from "./prespecified-analysis.js";
