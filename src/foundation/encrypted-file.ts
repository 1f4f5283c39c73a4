/**
 * The encrypted-file format of the published site's patient-level files (issue 16): pure, using only
 * WebCrypto (`crypto.subtle`), so the same code encrypts in Node (publish) and decrypts in Node
 * (verify) and in the browser (the pages' unlock component).
 *
 * Layout (all of it is read before any decryption):
 *   bytes 0-7    magic "TRIALENC"
 *   bytes 8-11   header length n (uint32, big-endian)
 *   bytes 12..   header: n bytes of UTF-8 JSON (`EncryptedFileHeader`)
 *   then         AES-256-GCM ciphertext followed by its 16-byte tag
 * The additional authenticated data of GCM is bytes 0 .. 12+n (magic, length and header): a
 * changed byte anywhere in the file makes the tag fail.
 *
 * Keys: PBKDF2-SHA-256 (at least 600,000 iterations, OWASP 2023) turns the passphrase and the
 * salt into 32 bytes, from which HKDF-SHA-256 derives the AES-256-GCM key and a 16-byte key check
 * stored in the header. The key check tells a wrong passphrase from an altered file (it gives a
 * guesser nothing the GCM tag does not already give; HKDF rather than a longer PBKDF2 output,
 * whose second block a guesser could skip). Files encrypted with the same salt and iterations share
 * the key (publish uses one salt per study-month), so a page derives it once per session.
 */

export const ENCRYPTED_FILE_MAGIC = "TRIALENC";
export const ENCRYPTED_FILE_VERSION = 1;
export const KDF_NAME = "PBKDF2-SHA-256";
export const CIPHER_NAME = "AES-256-GCM";
/** OWASP's 2023 minimum for PBKDF2-HMAC-SHA-256; fewer are refused when encrypting and decrypting. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const MAX_HEADER_BYTES = 64 * 1024;
const PREFIX_BYTES = ENCRYPTED_FILE_MAGIC.length + 4;

export interface KdfParameters {
  name: typeof KDF_NAME;
  iterations: number;
  /** 16 random bytes, hex. */
  salt: string;
}

export interface EncryptedFileHeader {
  format: "trial-encrypted-file";
  version: number;
  kdf: KdfParameters;
  cipher: { name: typeof CIPHER_NAME; iv: string; tagBits: 128 };
  /** 16 bytes (hex) derived from the key by HKDF: a wrong passphrase is told from an altered file. */
  keyCheck: string;
  /** The original file's name (e.g. `subjects.parquet`), its SHA-256 and its size. */
  name: string;
  sha256: string;
  bytes: number;
}

/** One line naming the file and the rule: `<file>: [<rule>] <what>`. */
export class EncryptedFileError extends Error {
  override name = "EncryptedFileError";
  constructor(
    readonly file: string,
    readonly rule: "not-encrypted" | "malformed-header" | "unknown-version" | "weak-kdf" | "wrong-passphrase" | "altered-file" | "sha256-mismatch",
    detail: string,
  ) {
    super(`${file}: [${rule}] ${detail}`);
  }
}

/** The key of one (salt, iterations): non-extractable AES-GCM key and its key check. */
export interface FileKey {
  kdf: KdfParameters;
  aesKey: CryptoKey;
  check: Uint8Array;
}

/** A passphrase, an already-derived key, or a function giving the key for a header's KDF parameters (a page's session key ring). */
export type DecryptionSecret = string | FileKey | ((kdf: KdfParameters) => Promise<FileKey>);

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("encrypted-file: WebCrypto (crypto.subtle) is not available (a secure context, or Node 20+, is needed)");
  return s;
};

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

function fromHex(hex: string, length: number): Uint8Array | null {
  if (hex.length !== length * 2 || !/^[0-9a-f]*$/.test(hex)) return null;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** WebCrypto wants an ArrayBuffer-backed view; copy when the bytes live in a shared or offset buffer. */
const buf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes) as Uint8Array<ArrayBuffer>;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle().digest("SHA-256", buf(bytes))));
}

const randomHex = (n: number): string => toHex(globalThis.crypto.getRandomValues(new Uint8Array(n)));

function checkIterations(file: string, iterations: number): void {
  if (!Number.isSafeInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS) {
    throw new EncryptedFileError(
      file,
      "weak-kdf",
      `PBKDF2 with ${iterations} iterations is refused: at least ${MIN_PBKDF2_ITERATIONS.toLocaleString("en-US")} (OWASP) are required`,
    );
  }
}

/** A non-extractable PBKDF2 key made from the passphrase: what a page keeps in memory instead of the passphrase. */
export async function passphraseKey(passphrase: string): Promise<CryptoKey> {
  if (passphrase === "") throw new Error("encrypted-file: the passphrase is empty");
  return subtle().importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveBits"]);
}

/** Derives the file key for these KDF parameters (about a second at 600,000 iterations). */
export async function deriveFileKey(passphrase: string | CryptoKey, kdf: KdfParameters): Promise<FileKey> {
  checkIterations("key derivation", kdf.iterations);
  const salt = fromHex(kdf.salt, SALT_BYTES);
  if (!salt) throw new Error(`encrypted-file: the salt must be ${SALT_BYTES} bytes in hex`);
  const base = typeof passphrase === "string" ? await passphraseKey(passphrase) : passphrase;
  const master = await subtle().deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: buf(salt), iterations: kdf.iterations }, base, 256);
  const hkdf = await subtle().importKey("raw", master, "HKDF", false, ["deriveBits", "deriveKey"]);
  const info = (what: string) => new TextEncoder().encode(`trial-encrypted-file/${ENCRYPTED_FILE_VERSION} ${what}`);
  const empty = new Uint8Array(0);
  const aesKey = await subtle().deriveKey({ name: "HKDF", hash: "SHA-256", salt: empty, info: info("aes-256-gcm") }, hkdf, { name: "AES-GCM", length: 256 }, false, [
    "encrypt",
    "decrypt",
  ]);
  const check = new Uint8Array(await subtle().deriveBits({ name: "HKDF", hash: "SHA-256", salt: empty, info: info("key-check") }, hkdf, CHECK_BYTES * 8));
  return { kdf: { name: KDF_NAME, iterations: kdf.iterations, salt: kdf.salt }, aesKey, check };
}

/** New KDF parameters with a random salt. */
export function newKdfParameters(iterations = MIN_PBKDF2_ITERATIONS): KdfParameters {
  checkIterations("key derivation", iterations);
  return { name: KDF_NAME, iterations, salt: randomHex(SALT_BYTES) };
}

export interface EncryptOptions {
  /** The original file name, recorded in the header (and named by every error). */
  name: string;
  /** PBKDF2 iterations when given a passphrase (default and minimum 600,000). */
  iterations?: number;
  /** Test-only: a fixed salt (hex, 16 bytes) and IV (hex, 12 bytes) make the output deterministic. */
  salt?: string;
  iv?: string;
}

function assemble(header: EncryptedFileHeader): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const prefix = new Uint8Array(PREFIX_BYTES + json.length);
  prefix.set(new TextEncoder().encode(ENCRYPTED_FILE_MAGIC), 0);
  new DataView(prefix.buffer).setUint32(ENCRYPTED_FILE_MAGIC.length, json.length, false);
  prefix.set(json, PREFIX_BYTES);
  return prefix;
}

/** Encrypts `bytes` with a passphrase (a new random salt) or a derived key (its salt: files of one publication share it). */
export async function encryptFile(bytes: Uint8Array, secret: string | FileKey, options: EncryptOptions): Promise<Uint8Array> {
  const name = options.name;
  if (options.salt !== undefined && fromHex(options.salt, SALT_BYTES) === null) throw new Error(`${name}: the salt must be ${SALT_BYTES} bytes in hex`);
  const iv = options.iv ?? randomHex(IV_BYTES);
  const ivBytes = fromHex(iv, IV_BYTES);
  if (!ivBytes) throw new Error(`${name}: the IV must be ${IV_BYTES} bytes in hex`);
  let key: FileKey;
  if (typeof secret === "string") {
    const iterations = options.iterations ?? MIN_PBKDF2_ITERATIONS;
    checkIterations(name, iterations);
    key = await deriveFileKey(secret, { name: KDF_NAME, iterations, salt: options.salt ?? randomHex(SALT_BYTES) });
  } else {
    key = secret;
    checkIterations(name, key.kdf.iterations);
  }
  const header: EncryptedFileHeader = {
    format: "trial-encrypted-file",
    version: ENCRYPTED_FILE_VERSION,
    kdf: key.kdf,
    cipher: { name: CIPHER_NAME, iv, tagBits: 128 },
    keyCheck: toHex(key.check),
    name,
    sha256: await sha256Hex(bytes),
    bytes: bytes.length,
  };
  const prefix = assemble(header);
  const sealed = new Uint8Array(await subtle().encrypt({ name: "AES-GCM", iv: buf(ivBytes), additionalData: buf(prefix), tagLength: 128 }, key.aesKey, buf(bytes)));
  const out = new Uint8Array(prefix.length + sealed.length);
  out.set(prefix, 0);
  out.set(sealed, prefix.length);
  return out;
}

/** True when the bytes start with the encrypted-file magic. */
export function isEncryptedFile(bytes: Uint8Array): boolean {
  return bytes.length >= PREFIX_BYTES && new TextDecoder().decode(bytes.subarray(0, ENCRYPTED_FILE_MAGIC.length)) === ENCRYPTED_FILE_MAGIC;
}

/**
 * Reads and checks the header without decrypting (no passphrase needed): version, algorithms,
 * iterations, field shapes. `file` names the file in errors (a path or URL).
 */
export function readEncryptedHeader(bytes: Uint8Array, file: string): { header: EncryptedFileHeader; prefixLength: number } {
  if (!isEncryptedFile(bytes)) {
    const parquet = bytes.length >= 4 && new TextDecoder().decode(bytes.subarray(0, 4)) === "PAR1";
    throw new EncryptedFileError(
      file,
      "not-encrypted",
      parquet ? "a Parquet file in the clear (PAR1), not an encrypted file" : `no ${ENCRYPTED_FILE_MAGIC} magic: not an encrypted file`,
    );
  }
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(ENCRYPTED_FILE_MAGIC.length, false);
  if (length === 0 || length > MAX_HEADER_BYTES || PREFIX_BYTES + length + 16 > bytes.length) {
    throw new EncryptedFileError(file, "malformed-header", `header length ${length} does not fit the file's ${bytes.length} bytes (altered or truncated)`);
  }
  let header: EncryptedFileHeader;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length))) as EncryptedFileHeader;
  } catch {
    throw new EncryptedFileError(file, "malformed-header", "the header is not valid UTF-8 JSON (altered or truncated)");
  }
  if (typeof header !== "object" || header === null || header.format !== "trial-encrypted-file")
    throw new EncryptedFileError(file, "malformed-header", "the header is not a trial-encrypted-file header (altered)");
  if (header.version !== ENCRYPTED_FILE_VERSION)
    throw new EncryptedFileError(
      file,
      "unknown-version",
      `format version ${JSON.stringify(header.version)} is unknown: this reader knows version ${ENCRYPTED_FILE_VERSION} (use the code archived with the publication)`,
    );
  if (header.kdf?.name !== KDF_NAME) throw new EncryptedFileError(file, "malformed-header", `key derivation ${JSON.stringify(header.kdf?.name)} is unknown (expected ${KDF_NAME})`);
  checkIterations(file, header.kdf.iterations);
  if (header.cipher?.name !== CIPHER_NAME || header.cipher.tagBits !== 128)
    throw new EncryptedFileError(file, "malformed-header", `cipher ${JSON.stringify(header.cipher?.name)} is unknown (expected ${CIPHER_NAME} with a 128-bit tag)`);
  const bad =
    fromHex(String(header.kdf.salt), SALT_BYTES) === null
      ? "kdf.salt"
      : fromHex(String(header.cipher.iv), IV_BYTES) === null
        ? "cipher.iv"
        : fromHex(String(header.keyCheck), CHECK_BYTES) === null
          ? "keyCheck"
          : !/^[0-9a-f]{64}$/.test(String(header.sha256))
            ? "sha256"
            : typeof header.name !== "string" || header.name === ""
              ? "name"
              : !Number.isSafeInteger(header.bytes) || header.bytes < 0
                ? "bytes"
                : null;
  if (bad) throw new EncryptedFileError(file, "malformed-header", `header field ${bad} is malformed (altered)`);
  return { header, prefixLength: PREFIX_BYTES + length };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

export interface DecryptOptions {
  /** Names the file in errors (a path or URL); by default the header's original name. */
  file?: string;
}

/**
 * Decrypts an encrypted file and checks the plaintext's SHA-256 and size against the header.
 * Every failure is an `EncryptedFileError` naming the file: not-encrypted, malformed-header,
 * unknown-version, weak-kdf, wrong-passphrase (the key check fails), altered-file (the key is right
 * but the GCM tag fails: a byte of the header, ciphertext or tag changed), sha256-mismatch.
 */
export async function decryptFile(bytes: Uint8Array, secret: DecryptionSecret, options: DecryptOptions = {}): Promise<{ bytes: Uint8Array; header: EncryptedFileHeader }> {
  let file = options.file ?? "encrypted file";
  const { header, prefixLength } = readEncryptedHeader(bytes, file);
  if (options.file === undefined) file = header.name;
  else if (!options.file.endsWith(header.name)) file = `${options.file} (${header.name})`;
  const key = typeof secret === "string" ? await deriveFileKey(secret, header.kdf) : typeof secret === "function" ? await secret(header.kdf) : secret;
  if (key.kdf.salt !== header.kdf.salt || key.kdf.iterations !== header.kdf.iterations || !sameBytes(key.check, fromHex(header.keyCheck, CHECK_BYTES) as Uint8Array)) {
    throw new EncryptedFileError(file, "wrong-passphrase", `wrong passphrase or altered file ${file}: the derived key does not match the header's key check`);
  }
  let plain: Uint8Array;
  try {
    plain = new Uint8Array(
      await subtle().decrypt(
        { name: "AES-GCM", iv: buf(fromHex(header.cipher.iv, IV_BYTES) as Uint8Array), additionalData: buf(bytes.subarray(0, prefixLength)), tagLength: 128 },
        key.aesKey,
        buf(bytes.subarray(prefixLength)),
      ),
    );
  } catch {
    throw new EncryptedFileError(
      file,
      "altered-file",
      `wrong passphrase or altered file ${file}: the passphrase matches the key check but the AES-GCM tag fails (a byte of the header, ciphertext or tag changed)`,
    );
  }
  const sha256 = await sha256Hex(plain);
  if (sha256 !== header.sha256 || plain.length !== header.bytes) {
    throw new EncryptedFileError(file, "sha256-mismatch", `the decrypted bytes (${plain.length}, SHA-256 ${sha256}) differ from the header's (${header.bytes}, ${header.sha256})`);
  }
  return { bytes: plain, header };
}
