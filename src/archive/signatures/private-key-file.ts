/**
 * The encrypted private key file (`<id>.key.pem`): the Ed25519 private key as PKCS#8 DER,
 * encrypted with AES-256-GCM under a key derived from the passphrase by scrypt
 * (N = 2^15, r = 8, p = 1: 32 MiB and about 0.1 s per guess), in a PEM armour.
 *
 * Why not Node's own encrypted PKCS#8 (`export({cipher: "aes-256-cbc", passphrase})`)? It derives
 * the AES key with PBKDF2-HMAC-SHA256 at 2048 iterations (read from the DER it writes on Node 20),
 * which a stolen key file gives up to an offline guesser thousands of times faster than scrypt;
 * and CBC has no authentication, so a wrong passphrase shows up only as a padding or ASN.1 error.
 * GCM's tag makes "wrong passphrase (or a damaged file)" a definite answer, and the key id is
 * authenticated with it (additional data), so a key file cannot be paired with another .pub.json
 * unnoticed. The price: `openssl pkey` cannot read the file directly (the plaintext inside is
 * standard PKCS#8). The KDF parameters are stored in the file and may be raised later.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, scryptSync, type KeyObject } from "node:crypto";
import { SignatureError } from "./signature-error.ts";

const LABEL = "TRIAL ARCHIVE ENCRYPTED SIGNING KEY";
const FORMAT = "trial-signing-key-scrypt-aes-256-gcm/1";

interface Container {
  format: typeof FORMAT;
  keyId: string;
  kdf: { name: "scrypt"; N: number; r: number; p: number; salt: string };
  iv: string;
  tag: string;
  ciphertext: string;
}

const deriveKey = (passphrase: string, kdf: Container["kdf"]): Buffer =>
  scryptSync(passphrase.normalize("NFC"), Buffer.from(kdf.salt, "base64"), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r + 1024 * 1024 });

const additionalData = (c: Pick<Container, "format" | "keyId" | "kdf">): Buffer =>
  Buffer.from(JSON.stringify([c.format, c.keyId, c.kdf.name, c.kdf.N, c.kdf.r, c.kdf.p, c.kdf.salt]));

/** The PEM text of `privateKey` encrypted under `passphrase`, bound to `keyId`. */
export function encryptPrivateKey(privateKey: KeyObject, keyId: string, passphrase: string): string {
  const kdf = { name: "scrypt" as const, N: 32_768 /* 2^15 */, r: 8, p: 1, salt: randomBytes(16).toString("base64") };
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(passphrase, kdf), iv);
  cipher.setAAD(additionalData({ format: FORMAT, keyId, kdf }));
  const ciphertext = Buffer.concat([cipher.update(privateKey.export({ type: "pkcs8", format: "der" })), cipher.final()]);
  const container: Container = { format: FORMAT, keyId, kdf, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), ciphertext: ciphertext.toString("base64") };
  const body = Buffer.from(JSON.stringify(container))
    .toString("base64")
    .replace(/.{1,64}/g, "$&\n");
  return `-----BEGIN ${LABEL}-----\n${body}-----END ${LABEL}-----\n`;
}

/** The key id a key file says it holds (readable without the passphrase). */
export function keyIdOfKeyFile(pem: string, file: string): string {
  return readContainer(pem, file).keyId;
}

function readContainer(pem: string, file: string): Container {
  const match = new RegExp(`-----BEGIN ${LABEL}-----\\n([A-Za-z0-9+/=\\n]+)-----END ${LABEL}-----`).exec(pem);
  let c: Partial<Container> | null = null;
  try {
    c = match ? (JSON.parse(Buffer.from((match[1] as string).replace(/\n/g, ""), "base64").toString("utf-8")) as Partial<Container>) : null;
  } catch {
    c = null;
  }
  if (
    !c ||
    c.format !== FORMAT ||
    typeof c.keyId !== "string" ||
    !c.kdf ||
    c.kdf.name !== "scrypt" ||
    typeof c.iv !== "string" ||
    typeof c.tag !== "string" ||
    typeof c.ciphertext !== "string"
  ) {
    throw new SignatureError(file, "not-a-key-file", `not an encrypted signing key (expected "-----BEGIN ${LABEL}-----", made by npm run keys -- new)`);
  }
  return c as Container;
}

/** Decrypts a key file; a wrong passphrase (or a changed byte) is a SignatureError naming the file. */
export function decryptPrivateKey(pem: string, passphrase: string, file: string): { privateKey: KeyObject; keyId: string } {
  const c = readContainer(pem, file);
  let der: Buffer;
  try {
    const decipher = createDecipheriv("aes-256-gcm", deriveKey(passphrase, c.kdf), Buffer.from(c.iv, "base64"));
    decipher.setAAD(additionalData(c));
    decipher.setAuthTag(Buffer.from(c.tag, "base64"));
    der = Buffer.concat([decipher.update(Buffer.from(c.ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new SignatureError(file, "wrong-passphrase", "the passphrase does not open this key (or the file was changed); check TRIAL_KEY_PASSPHRASE");
  }
  const privateKey = createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  if (privateKey.asymmetricKeyType !== "ed25519") throw new SignatureError(file, "not-a-key-file", `holds a ${privateKey.asymmetricKeyType} key, not Ed25519`);
  return { privateKey, keyId: c.keyId };
}
