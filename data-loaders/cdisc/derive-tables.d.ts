/**
 * The CDISC pilot's snapshot tables from its domains: subjects (ITT population), visits and
 * treatment-emergent adverse events, plus the screened population (every DM subject) that the
 * eligibility criteria and the CONSORT log run over.
 */
import type { StudyConfig } from "../../src/foundation/study-config.ts";
import type { SnapshotTables } from "../contracts/context.ts";
import type { CdiscDomains } from "./read-domains.ts";
export interface CdiscTables {
    tables: SnapshotTables;
    screened: Array<Record<string, unknown>>;
}
export declare function deriveCdiscTables(config: StudyConfig, domains: CdiscDomains): CdiscTables;
