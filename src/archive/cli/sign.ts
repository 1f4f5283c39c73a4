/**
 * `npm run sign -- <publication folder> --key <id>.key.pem --meaning reviewed|approved`
 * Adds your electronic signature to an archived publication (signatures.json beside its manifest,
 * and a line in the archive root's ledger), after checking the folder's hashes, seal and chain.
 * The passphrase comes from TRIAL_KEY_PASSPHRASE or the terminal; the .pub.json must be beside
 * the key file. Prints the signature and whether the report is now a draft or approved.
 * Exit 0: signed. Exit 2: refused (one line naming the file and the rule; nothing written).
 */
import path from "node:path";
import { refreshArchiveIndex } from "../archive-listing.ts";
import { parseArgs, runCli } from "../cli-args.ts";
import { loadSigningKey, keyFileId } from "../signatures/key-pair.ts";
import { readPassphrase } from "../signatures/passphrase.ts";
import { signPublication } from "../signatures/sign-publication.ts";
import { SignatureError } from "../signatures/signature-error.ts";
import { verifyArchive } from "../verify.ts";

const USAGE = "usage: npm run sign -- <publication folder> --key <id>.key.pem --meaning reviewed|approved";

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["key", "meaning"], switches: [] });
  const folder = args.positional[0];
  const keyFile = args.values.get("key");
  const meaning = args.values.get("meaning");
  if (folder === undefined || args.positional.length > 1 || keyFile === undefined || meaning === undefined) throw new SignatureError("sign", "usage", USAGE);
  if (meaning !== "reviewed" && meaning !== "approved")
    throw new SignatureError("--meaning", "bad-meaning", `"${meaning}" is not reviewed or approved ("authored" is signed by npm run publish -- --key)`);
  const passphrase = await readPassphrase({ purpose: `the key ${(await keyFileId(keyFile)).slice(0, 16)} (${path.basename(keyFile)})` });
  const key = await loadSigningKey(keyFile, passphrase);
  const signed = await signPublication({ folder, key, meaning });
  const report = await verifyArchive(signed.folder, { recompute: false });
  await refreshArchiveIndex(path.dirname(path.dirname(signed.folder)), new Date().toISOString()).catch(() => undefined);
  console.log(
    `signed ${signed.folder}: ${signed.record.meaning} by ${signed.record.signer} (key ${signed.record.keyId}) at ${signed.record.signedAt}\nmanifest SHA-256 ${signed.record.manifestSha256}\nstatus (not checked against a trusted-keys file): ${report.signatures?.statusText ?? "unknown"}`,
  );
  return 0;
});
