/**
 * `npm run verify -- <archive folder | archive root> [--hashes-only] [--trusted-keys <file>] [--require-approved]
 *   [--decrypt-with-env <VAR>] [--require-encrypted]`
 * Verifies one publication folder, or every publication in an archive root's ledger. Prints what
 * held and every problem (each naming the file), each signature (signer, meaning, time) and the
 * status: "draft" or "approved by …". With --trusted-keys every signature is checked against that
 * file (keep it in your QMS, not in the archive); without it, verify says the signatures were not
 * checked. --require-approved makes a draft a failure. --decrypt-with-env VAR decrypts the site's
 * encrypted patient-level files with the study passphrase in VAR and compares them with data/;
 * --require-encrypted makes a site holding patient-level files in the clear a failure. Exit 0 only when everything verified.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs, runCli } from "../cli-args.ts";
import { LEDGER_FILE, readLedger } from "../ledger.ts";
import { MANIFEST_FILE } from "../manifest.ts";
import { passphraseFromEnv } from "../encryption/site-encryption.ts";
import { readTrustedKeys } from "../signatures/trusted-keys.ts";
import { verifyArchive, type VerifyReport } from "../verify.ts";

function printReport(report: VerifyReport): void {
  console.log(`${report.ok ? "VERIFIED" : "FAILED"} ${report.folder}`);
  for (const line of report.passed) console.log(`  ok    ${line}`);
  for (const line of report.signatures?.valid ?? []) console.log(`  sign  ${line}`);
  for (const line of report.notes) console.log(`  note  ${line}`);
  for (const line of report.problems) console.log(`  FAIL  ${line}`);
  if (report.signatures) console.log(`  status  ${report.signatures.statusText}${report.signatures.checked ? "" : " (signatures NOT checked: no --trusted-keys)"}`);
}

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["trusted-keys", "decrypt-with-env"], switches: ["hashes-only", "require-approved", "require-encrypted"] });
  const target = args.positional[0];
  if (target === undefined || args.positional.length > 1)
    throw new Error(
      "verify: usage: npm run verify -- <archive folder | archive root> [--hashes-only] [--trusted-keys <file>] [--require-approved] [--decrypt-with-env <VAR>] [--require-encrypted]",
    );
  const trustedFile = args.values.get("trusted-keys");
  if (args.switches.has("require-approved") && trustedFile === undefined)
    throw new Error("verify: --require-approved needs --trusted-keys <file> (an approval counts only when its signature is checked)");
  const trustedKeys = trustedFile === undefined ? undefined : await readTrustedKeys(trustedFile);
  const decryptVariable = args.values.get("decrypt-with-env");
  const passphrase = decryptVariable === undefined ? undefined : passphraseFromEnv(decryptVariable, "verify --decrypt-with-env");
  const resolved = path.resolve(target);
  const folders = existsSync(path.join(resolved, MANIFEST_FILE))
    ? [resolved]
    : existsSync(path.join(resolved, LEDGER_FILE))
      ? (await readLedger(resolved)).map((e) => path.join(resolved, ...e.folder.split("/")))
      : null;
  if (folders === null) throw new Error(`verify: ${resolved} has neither ${MANIFEST_FILE} (a publication folder) nor ${LEDGER_FILE} (an archive root)`);
  let failed = 0;
  for (const folder of folders) {
    const report = await verifyArchive(folder, {
      recompute: !args.switches.has("hashes-only"),
      trustedKeys,
      requireApproved: args.switches.has("require-approved"),
      passphrase,
      requireEncrypted: args.switches.has("require-encrypted"),
    });
    printReport(report);
    if (!report.ok) failed++;
  }
  console.log(failed === 0 ? `all ${folders.length} publication(s) verified` : `${failed} of ${folders.length} publication(s) FAILED verification`);
  return failed === 0 ? 0 : 1;
});
