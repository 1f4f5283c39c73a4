import { cdiscSnapshotTables } from "../cdisc/cdisc-schema.ts";
import { deriveCdiscTables } from "../cdisc/derive-tables.ts";
import { readCdiscDomains } from "../cdisc/read-domains.ts";
import { discontinuationReasonsOf } from "./prepared-snapshot.ts";
import { sourceFileRecords } from "./source-files.ts";
export async function prepareCdiscSnapshot(config, month, cutDate) {
    const source = config.source;
    const domains = readCdiscDomains(source);
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
    };
}
