/**
 * Loader for `/data/publication.json`: the publication record of the study-month being published
 * (analyst, commit, gates, override, headline numbers; `src/archive/types.ts` PublicationRecord),
 * which `npm run publish` writes to a file and names in `TRIAL_PUBLICATION`. An ordinary build
 * is not a publication: the loader then writes `null` and the pages show no archive panel.
 */
import { readFileSync } from "node:fs";
const file = process.env.TRIAL_PUBLICATION;
try {
    const record = file ? JSON.parse(readFileSync(file, "utf-8")) : null;
    process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
}
catch (error) {
    process.stderr.write(`publication loader: cannot read TRIAL_PUBLICATION=${file}: ${error.message}\n`);
    process.exitCode = 1;
}
