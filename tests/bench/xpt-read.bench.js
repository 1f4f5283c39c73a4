/**
 * Reading the largest SDTM transport file of the CDISC pilot (lb.xpt, 13 MB, 59,580 rows × 23
 * variables) with the project's XPT reader. No target in an issue; the figure shows that reading
 * real inputs is a small part of a study's build.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { readXptDataset } from "../../data-loaders/readers/xpt.ts";
const file = path.resolve(process.env.TRIAL_CDISC_DIR ?? path.join(import.meta.dirname, "../../../shared/data/cdiscpilot01"), "sdtm/lb.xpt");
const bench = {
    name: "XPT reader: CDISC pilot lb.xpt (13 MB, 59,580 rows)",
    runs: 5,
    skip: () => (existsSync(file) ? null : `${file} not found (set TRIAL_CDISC_DIR)`),
    prepare: () => void readXptDataset(file), // warm-up (JIT)
    run: () => {
        const lb = readXptDataset(file);
        return { check: `${lb.rowCount} rows × ${lb.variables.length} variables` };
    },
};
export default bench;
