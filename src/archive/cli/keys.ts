/**
 * `npm run keys -- new --name "<printed name>" --out <dir> [--email <address>]`
 *   Makes an Ed25519 key pair: <dir>/<id>.key.pem (encrypted with the passphrase from
 *   TRIAL_KEY_PASSPHRASE, or typed twice on the terminal) and <dir>/<id>.pub.json. Keep the
 *   .key.pem to yourself; hand the .pub.json to whoever keeps the trusted-keys file.
 * `npm run keys -- trust <pub.json> --trusted-keys <file>`
 *   Adds a public key to a trusted-keys file (created if absent). Run by the keeper of that file
 *   (the reviewer's QMS) after checking, out of band, that the key is the named person's.
 * Exit 0: done. Exit 2: refused (one line naming the file and the rule; nothing written).
 */
import { parseArgs, runCli } from "../cli-args.ts";
import { createKeyPair } from "../signatures/key-pair.ts";
import { readPassphrase } from "../signatures/passphrase.ts";
import { SignatureError } from "../signatures/signature-error.ts";
import { trustKey } from "../signatures/trusted-keys.ts";

const USAGE = 'usage: npm run keys -- new --name "<printed name>" --out <dir> [--email <address>] | npm run keys -- trust <pub.json> --trusted-keys <file>';

runCli(async () => {
  const args = parseArgs(process.argv.slice(2), { values: ["name", "out", "email", "trusted-keys"], switches: [] });
  const [command, ...rest] = args.positional;
  if (command === "new" && rest.length === 0) {
    const name = args.values.get("name");
    const out = args.values.get("out");
    if (name === undefined || out === undefined) throw new SignatureError("keys new", "usage", USAGE);
    const passphrase = await readPassphrase({ purpose: `the new key of ${name}`, isNew: true });
    const made = await createKeyPair({ name, email: args.values.get("email"), outDir: out, passphrase });
    console.log(
      `key ${made.record.keyId} (${made.record.name})\n  private: ${made.keyFile} (encrypted; keep it to yourself)\n  public:  ${made.publicFile} (give it to the keeper of the trusted-keys file)`,
    );
    return 0;
  }
  if (command === "trust" && rest.length === 1) {
    const trusted = args.values.get("trusted-keys");
    if (trusted === undefined) throw new SignatureError("keys trust", "usage", USAGE);
    const added = await trustKey(rest[0] as string, trusted);
    console.log(`trusted key ${added.keyId} (${added.name}) in ${trusted}`);
    return 0;
  }
  throw new SignatureError("keys", "usage", USAGE);
});
