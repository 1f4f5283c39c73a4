/**
 * An error a user can cause with keys and signatures (a wrong passphrase, an untrusted key, a
 * signature that does not verify): one line naming the file or signature and the violated rule,
 * `<where>: [<rule>] <what>`. The CLIs print the message alone (no stack) and exit 2.
 */
export class SignatureError extends Error {
  override name = "SignatureError";
  constructor(
    readonly where: string,
    readonly rule: string,
    detail: string,
  ) {
    super(`${where}: [${rule}] ${detail}`);
  }
}
