/**
 * `npm run verify -- <archive folder | archive root> [--hashes-only]`
 * Verifies one publication folder, or every publication in an archive root's ledger. Prints what
 * held and every problem (each naming the file); exit 0 only when everything verified.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs, runCli } from "../cli-args.ts";
import { LEDGER_FILE, readLedger } from "../ledger.ts";
import { MANIFEST_FILE } from "../manifest.ts";
import { verifyArchive } from "../verify.ts";
function printReport(report) {
    console.log(`${report.ok ? "VERIFIED" : "FAILED"} ${report.folder}`);
    for (const line of report.passed)
        console.log(`  ok    ${line}`);
    for (const line of report.problems)
        console.log(`  FAIL  ${line}`);
}
runCli(async () => {
    const args = parseArgs(process.argv.slice(2), { values: [], switches: ["hashes-only"] });
    const target = args.positional[0];
    if (target === undefined || args.positional.length > 1)
        throw new Error("verify: usage: npm run verify -- <archive folder | archive root> [--hashes-only]");
    const resolved = path.resolve(target);
    const folders = existsSync(path.join(resolved, MANIFEST_FILE))
        ? [resolved]
        : existsSync(path.join(resolved, LEDGER_FILE))
            ? (await readLedger(resolved)).map((e) => path.join(resolved, ...e.folder.split("/")))
            : null;
    if (folders === null)
        throw new Error(`verify: ${resolved} has neither ${MANIFEST_FILE} (a publication folder) nor ${LEDGER_FILE} (an archive root)`);
    let failed = 0;
    for (const folder of folders) {
        const report = await verifyArchive(folder, { recompute: !args.switches.has("hashes-only") });
        printReport(report);
        if (!report.ok)
            failed++;
    }
    console.log(failed === 0 ? `all ${folders.length} publication(s) verified` : `${failed} of ${folders.length} publication(s) FAILED verification`);
    return failed === 0 ? 0 : 1;
});
