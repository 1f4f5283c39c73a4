/**
 * The one place where the study pages load patient-level files: the subjects, visits and adverse
 * events (`patientParquet(FileAttachment(".../subjects.parquet"))` instead of
 * `FileAttachment(...).parquet()`), the record-level exclusion log and the prediction models' test
 * rows (`patientJson(FileAttachment(".../models/dropout.json"))` instead of `.json()`): the files
 * that publish --encrypt-with-env encrypts (src/archive/encryption/site-encryption.ts).
 *
 * In an ordinary build it is exactly `file.parquet()`. In a site built for an encrypted publication
 * (`publish --encrypt-with-env`: the build sets `TRIAL_PATIENT_DATA=encrypted`, and
 * `observablehq.config.ts` writes `<meta name="trial-patient-data" content="encrypted">` into every
 * page), the page is **locked**: the call puts one passphrase panel at the top of the page and
 * makes no request until the reader gives the study passphrase. Cells that need patient-level rows
 * wait (they show nothing); everything the build computed in aggregate (analysis.json, the model
 * card) still shows, and the aggregates with small cells (the CONSORT log, the time-to-event
 * results, the trial tables) show as their locked views (`aggregateJson`: cells under 5 subjects
 * as `<5`) until the page is unlocked.
 *
 * Once the passphrase is given, every file the page asked for is fetched and decrypted with
 * WebCrypto (`unlock.ts`: the key stays in this page's memory only), then parsed by Framework's own
 * `FileAttachment.parquet()` code (the same parquet-wasm and Arrow bytes as an unencrypted site).
 * A wrong passphrase is refused with one line naming the rule (`[wrong-passphrase]`) and the panel
 * asks again; nothing is decrypted.
 */
import { onPassphraseSubmit, passphraseFields, sessionKeys, unlockBytes, unlockMessage, unlockWithPassphrase, type FetchBytes, type SessionKeyRing } from "./unlock.js";

/** The name of the meta tag that marks a page whose patient-level files are encrypted. */
export const PATIENT_DATA_META = "trial-patient-data";

/** True when this page was built for a publication whose patient-level files are encrypted. */
export function patientDataEncrypted(doc: Document = document): boolean {
  return doc.querySelector(`meta[name="${PATIENT_DATA_META}"]`)?.getAttribute("content") === "encrypted";
}

/** What `patientParquet` needs of a FileAttachment: its URL, its name and Framework's parquet(). */
export interface ParquetFile {
  readonly name: string;
  readonly href: string;
  parquet(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface Pending {
  url: string;
  resolve: (bytes: Uint8Array) => void;
  reject: (error: unknown) => void;
}

/**
 * The page's lock: which encrypted files the page's cells asked for, the panel that asks for the
 * passphrase, and the promise every locked view waits on. One per page (a page is one document).
 */
export class PageLock {
  readonly #ring: SessionKeyRing;
  readonly #fetch: FetchBytes | undefined;
  readonly #pending: Pending[] = [];
  readonly #listeners: Array<() => void> = [];
  #unlocked = false;
  panel: HTMLElement | null = null;

  constructor(ring: SessionKeyRing = sessionKeys, fetchFn?: FetchBytes) {
    this.#ring = ring;
    this.#fetch = fetchFn;
  }

  get unlocked(): boolean {
    return this.#unlocked;
  }

  /** Runs `listener` once the page is unlocked (at once if it already is). */
  onUnlock(listener: () => void): void {
    if (this.#unlocked) listener();
    else this.#listeners.push(listener);
  }

  /** The decrypted bytes of `url`: fetched only after the passphrase was given. */
  bytes(url: string): Promise<Uint8Array> {
    if (this.#unlocked) return unlockBytes(url, this.#ring, this.#fetch);
    this.#showPanel();
    return new Promise((resolve, reject) => this.#pending.push({ url, resolve, reject }));
  }

  /**
   * Tries a passphrase on every file asked for so far; on success resolves them and unlocks the
   * page. A wrong passphrase throws (the ring is locked again) and leaves every request waiting.
   */
  async unlock(passphrase: string): Promise<void> {
    const requests = [...this.#pending];
    const urls = [...new Set(requests.map((p) => p.url))];
    const files = await unlockWithPassphrase(urls, passphrase, this.#ring, this.#fetch);
    const byUrl = new Map(urls.map((u, i) => [u, files[i] as Uint8Array]));
    this.#pending.splice(0, requests.length);
    this.#unlocked = true;
    for (const p of requests) p.resolve(byUrl.get(p.url) as Uint8Array);
    for (const listener of this.#listeners.splice(0)) listener();
  }

  #showPanel(): void {
    if (this.panel || typeof document === "undefined") return;
    this.panel = lockPanel(this);
    const main = document.querySelector("#observablehq-main") ?? document.querySelector("main") ?? document.body;
    main.prepend(this.panel);
  }
}

/** The page's lock (one per page load). */
export const pageLock = new PageLock();

/** The passphrase panel: what is locked, why, and a form whose wrong passphrase gives one named line. */
export function lockPanel(lock: PageLock): HTMLElement {
  const panel = document.createElement("section");
  panel.className = "patient-lock";
  panel.id = "patient-lock";
  const heading = document.createElement("h2");
  heading.textContent = "Patient-level data are locked";
  const about = document.createElement("p");
  about.textContent =
    "This site's patient-level files (subjects, visits, adverse events, the record-level exclusion log, the prediction models' test and scored rows) are encrypted (AES-256-GCM, key from the study passphrase). " +
    "Without the passphrase this page shows only what the build computed in aggregate, with cells under 5 subjects shown as <5; " +
    "the sections computed from patient-level rows appear once the page is unlocked. The passphrase is kept in this page's memory only.";
  const fields = passphraseFields("Study passphrase: ");
  const { form, input, status } = fields;
  panel.append(heading, about, form);
  onPassphraseSubmit(
    fields,
    (passphrase) =>
      lock.unlock(passphrase).then(() => {
        panel.classList.add("unlocked");
        heading.textContent = "Patient-level data unlocked";
        about.textContent = "The encrypted files were decrypted in this browser; the key is kept in this page's memory only (reload the page to lock it again).";
        form.remove();
      }),
    (error) => {
      // One line that starts with the rule, e.g. "[wrong-passphrase] wrong passphrase or altered file <url> …".
      const message = unlockMessage(error);
      status.textContent = message.includes("[") ? message.slice(message.indexOf("[")) : message;
      input.focus();
    },
  );
  return panel;
}

/**
 * A patient-level Parquet file as an Arrow table: `file.parquet()` in an unencrypted site; in an
 * encrypted one, after the reader unlocked the page (no request before), decrypted and parsed by
 * the same `parquet()` code.
 */
export async function patientParquet<T = unknown>(file: ParquetFile, options: { lock?: PageLock; encrypted?: boolean } = {}): Promise<T> {
  const attachment = patientAttachment(file, options);
  // The bytes are asked for at once (a locked page lists every file it needs before the
  // passphrase); the parse waits for the page's earlier parses (see parquetReady).
  const bytes = attachment.arrayBuffer();
  bytes.catch(() => undefined); // handled: the parse below rethrows it, perhaps after other parses
  const fetched = Object.create(attachment, { arrayBuffer: { value: () => bytes } }) as ParquetFile;
  const parse = parquetReady.then(() => fetched.parquet());
  parquetReady = parse.then(
    () => undefined,
    () => undefined,
  );
  return (await parse) as T;
}

/**
 * Settles when the page's earlier parses have: Framework's `parquet()` initialises parquet-wasm on
 * each call, and wasm-bindgen's init returns early only once an earlier init has finished, so
 * three files read in parallel (the SQL page's) fetched and compiled its 5 MB module three times.
 * Parsing one file after another costs nothing measurable (the bytes are small) and compiles it once.
 */
let parquetReady: Promise<void> = Promise.resolve();

/**
 * The file itself in an unencrypted site; in an encrypted one, the same FileAttachment whose
 * `arrayBuffer()` (and so `parquet()`, which reads it) gives the plaintext once the page is
 * unlocked, and makes no request before. For a page that hashes the bytes it read (provenance).
 */
export function patientAttachment(file: ParquetFile, options: { lock?: PageLock; encrypted?: boolean } = {}): ParquetFile {
  const encrypted = options.encrypted ?? patientDataEncrypted();
  if (!encrypted) return file;
  const lock = options.lock ?? pageLock;
  let plaintext: Promise<ArrayBuffer> | null = null;
  const arrayBuffer = (): Promise<ArrayBuffer> =>
    (plaintext ??= lock.bytes(file.href).then((bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
  return Object.create(file, { arrayBuffer: { value: arrayBuffer } }) as ParquetFile;
}

/** What `patientJson` needs of a FileAttachment. */
export interface JsonFile {
  readonly name: string;
  readonly href: string;
  json(): Promise<unknown>;
}

/**
 * A patient-level JSON file, parsed: `file.json()` in an unencrypted site; in an encrypted one,
 * fetched only after the reader unlocked the page, then decrypted. `href` is where a reader can
 * download it as read: the file's own URL, or (encrypted) a blob: URL of the decrypted bytes.
 */
export async function patientJsonFile<T = unknown>(file: JsonFile, options: { lock?: PageLock; encrypted?: boolean } = {}): Promise<{ value: T; href: string }> {
  const encrypted = options.encrypted ?? patientDataEncrypted();
  if (!encrypted) return { value: (await file.json()) as T, href: file.href };
  const bytes = await (options.lock ?? pageLock).bytes(file.href);
  const value = JSON.parse(new TextDecoder().decode(bytes)) as T;
  const href = typeof URL.createObjectURL === "function" ? URL.createObjectURL(new Blob([bytes as BlobPart], { type: "application/json" })) : file.href;
  return { value, href };
}

/** A patient-level JSON file, parsed (see patientJsonFile): waits, making no request, while the page is locked. */
export async function patientJson<T = unknown>(file: JsonFile, options: { lock?: PageLock; encrypted?: boolean } = {}): Promise<T> {
  return (await patientJsonFile<T>(file, options)).value;
}

/**
 * An aggregate the build wrote in full and, beside it, as a locked page shows it (`locked/<name>`:
 * every cell of fewer than 5 subjects suppressed, src/analysis/locked-views.ts). In an unencrypted
 * site, or on an unlocked page, it yields the full document once. On a locked page it yields the
 * locked view at once (it carries `locked: {threshold, suppressed}`), then, once the reader unlocks
 * the page, the full document, which publish encrypts with the patient-level files because it
 * holds the small cells. Framework re-runs the cells that read it, so they draw every cell:
 * `const consort = aggregateJson(FileAttachment(".../consort.json"), FileAttachment(".../locked/consort.json"))`.
 */
export async function* aggregateJson<T = unknown>(full: JsonFile, locked: JsonFile, options: { lock?: PageLock; encrypted?: boolean } = {}): AsyncGenerator<T, void, undefined> {
  const lock = options.lock ?? pageLock;
  const encrypted = options.encrypted ?? patientDataEncrypted();
  if (encrypted && !lock.unlocked) yield (await locked.json()) as T;
  yield await patientJson<T>(full, { lock, encrypted });
}

/** What `patientDownloadUrl` needs of a FileAttachment. */
export interface DownloadFile {
  readonly name: string;
  readonly href: string;
  url(): Promise<string>;
}

/**
 * Where a reader downloads a built file that publish encrypts (a trial table's CSV or RTF): its URL
 * in an unencrypted site; in an encrypted one, once the page is unlocked, a blob: URL of the
 * decrypted bytes (no request before).
 */
export async function patientDownloadUrl(file: DownloadFile, type: string, options: { lock?: PageLock; encrypted?: boolean } = {}): Promise<string> {
  if (!(options.encrypted ?? patientDataEncrypted())) return file.url();
  const bytes = await (options.lock ?? pageLock).bytes(file.href);
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
}

/**
 * While the page is locked, a note in place of a section computed from patient-level rows: `what`
 * (the subject of "… needs patient-level rows") and that it shows once the page is unlocked. The note removes itself at the unlock. On
 * an unlocked or unencrypted page, nothing (an empty fragment).
 */
export function lockedNote(what: string, options: { id?: string; lock?: PageLock } = {}): HTMLElement | DocumentFragment {
  const lock = options.lock ?? pageLock;
  if (!patientDataEncrypted() || lock.unlocked) return document.createDocumentFragment();
  const note = document.createElement("p");
  note.className = "locked-note";
  if (options.id) note.id = options.id;
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.textContent = "locked";
  note.append(badge, ` ${what} needs patient-level rows, which are encrypted in this site: shown once the page is unlocked with the study passphrase (panel at the top).`);
  lock.onUnlock(() => note.remove());
  return note;
}

/** True while this page holds encrypted patient-level data it has not unlocked (it shows the locked views). */
export function pageLocked(lock: PageLock = pageLock): boolean {
  return patientDataEncrypted() && !lock.unlocked;
}
