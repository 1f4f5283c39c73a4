/**
 * `npm run publish -- --study <id> --month <YYYY-MM> (--analyst <name> | --key <id>.key.pem)
 *   [--out <archive root>] [--override "<reason>"] [--revise "<reason>"] [--allow-dirty]
 *   [--encrypt-with-env <VAR>]`
 * With --encrypt-with-env the site's subjects, visits and adverse-events files are encrypted with
 * the study passphrase read from the environment variable VAR (checked before anything is built).
 * With --key the publication is signed "authored" (passphrase from TRIAL_KEY_PASSPHRASE or the
 * terminal, asked before anything is built) and the analyst is the key's printed name.
 * Exit 0: published (the folder and the manifest's SHA-256 are printed; record the hash in your
 * quality system). Exit 2: refused by a rule (nothing written). Exit 1: something broke.
 */
import { archiveRoot, parseArgs, projectRoot, runCli } from "../cli-args.ts";
import { passphraseFromEnv } from "../encryption/site-encryption.ts";
import { publish, PublishRefused } from "../publish.ts";
import { keyFileId, loadSigningKey } from "../signatures/key-pair.ts";
import { readPassphrase } from "../signatures/passphrase.ts";

runCli(async () => {
  const start = performance.now();
  const args = parseArgs(process.argv.slice(2), { values: ["study", "month", "analyst", "key", "out", "override", "revise", "encrypt-with-env"], switches: ["allow-dirty"] });
  const need = (name: string): string => {
    const value = args.values.get(name);
    if (value === undefined)
      throw new Error(
        `publish: --${name} is required. Usage: npm run publish -- --study <id> --month <YYYY-MM> (--analyst <name> | --key <id>.key.pem) [--out <dir>] [--override "<reason>"] [--revise "<reason>"] [--allow-dirty] [--encrypt-with-env <VAR>]`,
      );
    return value;
  };
  const encryptVariable = args.values.get("encrypt-with-env");
  let encryptionPassphrase: string | undefined;
  try {
    encryptionPassphrase = encryptVariable === undefined ? undefined : passphraseFromEnv(encryptVariable, "publish --encrypt-with-env");
  } catch (error) {
    throw new PublishRefused((error as Error).message);
  }
  const keyFile = args.values.get("key");
  const signingKey =
    keyFile === undefined ? undefined : await loadSigningKey(keyFile, await readPassphrase({ purpose: `the key ${(await keyFileId(keyFile)).slice(0, 16)} (${keyFile})` }));
  const published = await publish({
    study: need("study"),
    month: need("month"),
    analyst: signingKey ? args.values.get("analyst") : need("analyst"),
    signingKey,
    archiveRoot: archiveRoot(args),
    projectRoot,
    override: args.values.get("override"),
    revise: args.values.get("revise"),
    allowDirty: args.switches.has("allow-dirty"),
    encryptionPassphrase,
    log: (line) => console.log(`[${((performance.now() - start) / 1000).toFixed(0).padStart(4)} s] ${line}`),
  });
  console.log(`published ${published.folder}\nmanifest SHA-256 ${published.manifestSha256}`);
  return 0;
});
