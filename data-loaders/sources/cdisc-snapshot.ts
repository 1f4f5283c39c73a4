/**
 * The CDISC source: read the pilot's SDTM and ADaM files, check the SDTM consistency rules on the
 * rows as read (data-loaders/cdisc/sdtm-rules.ts; every violation listed, nothing derived or
 * written), derive the three tables, account for every DM, DS, AE and SV record (kept or excluded
 * with its rule: data-loaders/cdisc/accounting.ts), and record the input files (path relative to the data
 * directory, SHA-256) and `ground_truth: null`.
 */
import type { CdiscSource, StudyConfig } from "../../src/foundation/study-config.ts";
import { cdiscAccounting } from "../cdisc/accounting.ts";
import { cdiscSnapshotTables } from "../cdisc/cdisc-schema.ts";
import { deriveCdiscTables } from "../cdisc/derive-tables.ts";
import { readCdiscDomains } from "../cdisc/read-domains.ts";
import { assertSdtmRules } from "../cdisc/sdtm-rules.ts";
import { discontinuationReasonsOf, type PreparedSnapshot } from "./prepared-snapshot.ts";
import { sourceFileRecords } from "./source-files.ts";

export async function prepareCdiscSnapshot(config: StudyConfig, month: string, cutDate: string): Promise<PreparedSnapshot> {
  const source = config.source as CdiscSource;
  const domains = readCdiscDomains(source);
  assertSdtmRules(domains, source.dir);
  const { tables, screened } = deriveCdiscTables(config, domains);
  const sourceFiles = sourceFileRecords(domains.files, source.dir);
  return {
    schema: cdiscSnapshotTables(config.primaryOutcome),
    tables,
    screened,
    discontinuationReasons: discontinuationReasonsOf(tables.subjects),
    sourceFiles,
    truth: { study: config.id, month, cutDate, ground_truth: null, note: "Real trial data: the true effect is unknown." },
    parquetMetadata: { source_kind: "cdisc", source_format: source.sdtmFormat, source_files: JSON.stringify(sourceFiles.map((f) => ({ path: f.path, sha256: f.sha256 }))) },
    record: { source_format: source.sdtmFormat },
    accounting: cdiscAccounting(domains, tables, screened, source.dir),
  };
}
