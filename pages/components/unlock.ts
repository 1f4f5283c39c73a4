/**
 * Unlocking the patient-level files of a published site (issue 16): the subjects, visits and
 * adverse-events files are encrypted (`@trial/foundation`'s encrypted-file format) and a page asks
 * for the study passphrase before it loads them.
 *
 * Two parts. The crypto part (no DOM): `SessionKeyRing` keeps, in this page's memory only, a
 * non-extractable PBKDF2 key made from the passphrase and the AES keys derived from it for each
 * (salt, iterations) met so far; the passphrase string itself is dropped once imported, and nothing
 * goes to sessionStorage, localStorage, IndexedDB or a cookie. `unlockBytes` fetches an encrypted
 * file and decrypts it with the ring. The DOM part: `unlockForm(url)`, a passphrase form (plain
 * DOM, an Observable view) whose value becomes the decrypted bytes.
 *
 * "Session" is the life of the page's JavaScript: Framework loads each page as its own document,
 * so a reader types the passphrase once per page (all locked files on that page share it). Usage:
 *
 *   const subjectsBytes = view(unlockForm(FileAttachment("subjects.parquet").href));
 *   // null until unlocked, then a Uint8Array (e.g. for DuckDB-WASM's registerFileBuffer)
 */
import { decryptFile, deriveFileKey, passphraseKey, type FileKey, type KdfParameters } from "@trial/foundation";

/** Keys for the life of the page: the passphrase as a non-extractable CryptoKey, and derived keys by (iterations, salt). */
export class SessionKeyRing {
  #base: CryptoKey | null = null;
  readonly #derived = new Map<string, Promise<FileKey>>();
  /** How many PBKDF2 derivations ran (each about a second): for tests and diagnostics. */
  derivations = 0;

  get unlocked(): boolean {
    return this.#base !== null;
  }

  /** Takes the passphrase (imported at once as a non-extractable key; the string is not kept) and forgets earlier keys. */
  async unlock(passphrase: string): Promise<void> {
    const base = await passphraseKey(passphrase);
    this.lock();
    this.#base = base;
  }

  /** Forgets every key (a wrong passphrase, or the reader's "lock" button). */
  lock(): void {
    this.#base = null;
    this.#derived.clear();
  }

  /** The key for a file's KDF parameters, derived once per (iterations, salt) and page. */
  keyFor(kdf: KdfParameters): Promise<FileKey> {
    const base = this.#base;
    if (base === null) return Promise.reject(new Error("unlock: the study passphrase has not been entered on this page"));
    const id = `${kdf.name}:${kdf.iterations}:${kdf.salt}`;
    let key = this.#derived.get(id);
    if (!key) {
      this.derivations++;
      key = deriveFileKey(base, kdf);
      key.catch(() => this.#derived.delete(id));
      this.#derived.set(id, key);
    }
    return key;
  }
}

/** The page's key ring (one per page load: nothing outlives the document). */
export const sessionKeys = new SessionKeyRing();

export type FetchBytes = (url: string) => Promise<Response>;

/** Fetches a file's bytes; an HTTP error is one line naming the URL. */
export async function fetchBytes(url: string, fetchFn: FetchBytes = (u) => fetch(u)): Promise<Uint8Array> {
  const response = await fetchFn(url).catch((error: Error) => {
    throw new Error(`unlock: ${url}: the request failed (${error.message})`);
  });
  if (!response.ok) throw new Error(`unlock: ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Fetches the encrypted file at `url` and returns its plaintext bytes, decrypted with the ring's
 * keys (the header's SHA-256 is checked). A wrong passphrase locks the ring again (so the form asks
 * anew) and throws "wrong passphrase or altered file <url>".
 */
export async function unlockBytes(url: string, ring: SessionKeyRing = sessionKeys, fetchFn?: FetchBytes): Promise<Uint8Array> {
  const bytes = await fetchBytes(url, fetchFn);
  try {
    return (await decryptFile(bytes, (kdf) => ring.keyFor(kdf), { file: url })).bytes;
  } catch (error) {
    if ((error as { rule?: string }).rule === "wrong-passphrase") ring.lock();
    throw error;
  }
}

/** Takes a passphrase into the ring and decrypts every URL with it; on any failure the ring is locked again. */
export async function unlockWithPassphrase(urls: readonly string[], passphrase: string, ring: SessionKeyRing = sessionKeys, fetchFn?: FetchBytes): Promise<Uint8Array[]> {
  await ring.unlock(passphrase);
  try {
    return await Promise.all(urls.map((url) => unlockBytes(url, ring, fetchFn)));
  } catch (error) {
    ring.lock();
    throw error;
  }
}

/** The one-line message a reader sees for an error (the rule in brackets kept: it names what failed). */
export function unlockMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}

export interface UnlockForm extends HTMLFormElement {
  /** null until unlocked, then the plaintext bytes (one URL) or one array per URL. */
  value: Uint8Array | Uint8Array[] | null;
  /** Resolves with the value once the files are unlocked. */
  unlocked: Promise<Uint8Array | Uint8Array[]>;
}

/**
 * Runs `unlock` with the typed passphrase when the form is submitted: the field is cleared at once
 * (the passphrase stays in memory only as long as the key derivation needs it), the button is
 * disabled while the key is derived, and a failure re-enables it with `onError`'s text.
 */
export function onPassphraseSubmit(
  fields: { form: HTMLFormElement; input: HTMLInputElement; button: HTMLButtonElement; status: HTMLOutputElement },
  unlock: (passphrase: string) => Promise<void>,
  onError: (error: unknown) => void = (error) => (fields.status.textContent = unlockMessage(error)),
): void {
  const { form, input, button, status } = fields;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const passphrase = input.value;
    input.value = "";
    if (passphrase === "") return;
    button.disabled = true;
    status.textContent = "Deriving the key (about a second)…";
    unlock(passphrase).catch((error: unknown) => {
      onError(error);
      button.disabled = false;
    });
  });
}

/** The fields of a passphrase form: a password input in its label, an Unlock button and a status line. */
export function passphraseFields(labelText: string): { form: HTMLFormElement; input: HTMLInputElement; button: HTMLButtonElement; status: HTMLOutputElement } {
  const form = document.createElement("form");
  form.className = "unlock-form";
  const label = document.createElement("label");
  label.textContent = labelText;
  const input = document.createElement("input");
  input.type = "password";
  input.name = "study-passphrase";
  input.autocomplete = "off";
  input.spellcheck = false;
  label.append(input);
  const button = document.createElement("button");
  button.type = "submit";
  button.textContent = "Unlock";
  const status = document.createElement("output");
  status.className = "unlock-status";
  form.append(label, " ", button, " ", status);
  return { form, input, button, status };
}

/**
 * A passphrase form for one or more encrypted files (an Observable view: it dispatches "input" when
 * its value becomes the decrypted bytes). When the page's ring is already unlocked (an earlier form
 * on the page), it decrypts at once without asking.
 */
export function unlockForm(url: string | readonly string[], options: { ring?: SessionKeyRing; label?: string; fetch?: FetchBytes } = {}): UnlockForm {
  const urls = typeof url === "string" ? [url] : [...url];
  const ring = options.ring ?? sessionKeys;
  const fields = passphraseFields(options.label ?? "Patient-level data are encrypted. Study passphrase: ");
  const { input, button, status } = fields;
  const form = fields.form as UnlockForm;
  form.value = null;
  let resolve: (v: Uint8Array | Uint8Array[]) => void = () => {};
  form.unlocked = new Promise((r) => (resolve = r));
  const done = (files: Uint8Array[]): void => {
    const value = typeof url === "string" ? (files[0] as Uint8Array) : files;
    form.value = value;
    input.value = "";
    input.disabled = button.disabled = true;
    status.textContent = `Unlocked (${files.length} file${files.length === 1 ? "" : "s"}, ${files.reduce((n, f) => n + f.length, 0).toLocaleString("en-US")} bytes); the key is kept in this page's memory only.`;
    form.dispatchEvent(new Event("input", { bubbles: true }));
    resolve(value);
  };
  onPassphraseSubmit(fields, (passphrase) => unlockWithPassphrase(urls, passphrase, ring, options.fetch).then(done));
  if (ring.unlocked) {
    status.textContent = "Unlocking with this page's key…";
    Promise.all(urls.map((u) => unlockBytes(u, ring, options.fetch))).then(done, (error: unknown) => (status.textContent = unlockMessage(error)));
  }
  return form;
}
