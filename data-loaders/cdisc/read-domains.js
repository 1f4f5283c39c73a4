/**
 * Reads the CDISC pilot domains the loader derives from. DM, DS, AE, EX and SV come from the SDTM
 * XPT files or their Dataset-JSON copies (the source's `sdtmFormat`; the two give identical
 * records, tested in tests/data-loaders/readers/xpt-vs-dataset-json.test.ts and again on the
 * snapshot). SUPPDM, VS, LB, MH and the ADaM datasets exist as XPT only.
 */
import path from "node:path";
import { readDatasetJson } from "../readers/dataset-json.ts";
import { readXptDataset } from "../readers/xpt.ts";
/** The departures from Dataset-JSON 1.1 that the R Consortium Pilot 5 files need (see the reader). */
const PILOT5_TOLERANCES = ["label-not-string", "decimal-na-string", "decimal-padded"];
const BOTH_FORMATS = ["dm", "ds", "ae", "ex", "sv"];
const XPT_ONLY = { suppdm: "sdtm", vs: "sdtm", lb: "sdtm", mh: "sdtm", adsl: "adam", adadas: "adam", adqscibc: "adam" };
/** The file a domain is read from. */
export function domainFile(source, domain) {
    if (BOTH_FORMATS.includes(domain) && source.sdtmFormat === "dataset-json")
        return path.join(source.dir, "datasetjson", `${domain}.json`);
    const folder = XPT_ONLY[domain] ?? "sdtm";
    return path.join(source.dir, folder, `${domain}.xpt`);
}
/** Reads every domain; a malformed file halts with the reader's error (file, position, rule). */
export function readCdiscDomains(source) {
    const domains = [...BOTH_FORMATS, ...Object.keys(XPT_ONLY)];
    const files = [];
    const datasets = {};
    for (const domain of domains) {
        const file = domainFile(source, domain);
        files.push(file);
        datasets[domain] = file.endsWith(".json") ? readDatasetJson(file, { tolerate: PILOT5_TOLERANCES }) : readXptDataset(file);
    }
    return { datasets, files };
}
