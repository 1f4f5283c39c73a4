/**
 * Where a key's passphrase comes from: the environment variable `TRIAL_KEY_PASSPHRASE` (scripts and
 * tests), else a prompt on the terminal that does not echo. With neither, it is an error: the
 * passphrase is never taken from a command-line argument (it would sit in the shell history and
 * in `ps`). A new key's passphrase must be at least MIN_PASSPHRASE characters and, when
 * prompted, typed twice.
 */
import { SignatureError } from "./signature-error.ts";

export const PASSPHRASE_VARIABLE = "TRIAL_KEY_PASSPHRASE";
export const MIN_PASSPHRASE = 10;

export interface PassphraseOptions {
  /** What the passphrase opens, for the prompt: `the key 3f2a… (Dana Statistician)`. */
  purpose: string;
  /** A new key: check the length, and ask twice on a terminal. */
  isNew?: boolean;
  env?: NodeJS.ProcessEnv;
}

export async function readPassphrase(options: PassphraseOptions): Promise<string> {
  const env = options.env ?? process.env;
  let passphrase = env[PASSPHRASE_VARIABLE];
  if (passphrase === undefined) {
    if (!process.stdin.isTTY)
      throw new SignatureError(PASSPHRASE_VARIABLE, "no-passphrase", `not set and no terminal to ask on; set ${PASSPHRASE_VARIABLE} to the passphrase of ${options.purpose}`);
    passphrase = await promptHidden(`Passphrase for ${options.purpose}: `);
    if (options.isNew && (await promptHidden("Again: ")) !== passphrase)
      throw new SignatureError("passphrase", "passphrase-mismatch", "the two passphrases typed differ; nothing was written");
  }
  if (passphrase === "") throw new SignatureError(PASSPHRASE_VARIABLE, "no-passphrase", "the passphrase is empty");
  if (options.isNew && [...passphrase].length < MIN_PASSPHRASE)
    throw new SignatureError(PASSPHRASE_VARIABLE, "weak-passphrase", `a new key's passphrase needs at least ${MIN_PASSPHRASE} characters`);
  return passphrase;
}

/** Reads one line from the terminal in raw mode without echoing it (Ctrl-C cancels). */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    let value = "";
    const finish = (): void => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          finish();
          resolve(value);
          return;
        }
        if (ch === "\u0003" || ch === "\u0004") {
          finish();
          reject(new SignatureError("passphrase", "cancelled", "no passphrase entered; nothing was written"));
          return;
        }
        value = ch === "\u007f" || ch === "\b" ? [...value].slice(0, -1).join("") : value + ch;
      }
    };
    process.stderr.write(question);
    stdin.setEncoding("utf-8");
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}
