/**
 * Snapshot provenance: which files, which loader and which generator produced the numbers on a
 * page, and an in-browser check that the Parquet bytes the page read are the bytes the loader
 * recorded (SHA-256 via the Web Crypto API; nothing is sent anywhere).
 */

export interface SnapshotMember {
  name: string;
  sha256: string;
  rows?: number;
  bytes?: number;
}

export interface SnapshotRecord {
  members: SnapshotMember[];
  [key: string]: unknown;
}

interface AttachmentLike {
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type Verification = Promise<Record<string, { expected: string; actual: string; ok: boolean }>>;

export async function sha256Hex(buffer: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Recompute the SHA-256 of each attached member and compare it with the snapshot record. */
export async function verifySnapshotHashes(snapshot: SnapshotRecord, files: Record<string, AttachmentLike>): Verification {
  const result: Awaited<Verification> = {};
  for (const [table, file] of Object.entries(files)) {
    const member = snapshot.members.find((m) => m.name === `${table}.parquet`);
    if (!member) throw new Error(`snapshot.json has no member "${table}.parquet"`);
    const actual = await sha256Hex(await file.arrayBuffer());
    result[member.name] = { expected: member.sha256, actual, ok: actual === member.sha256 };
  }
  return result;
}

const scalarKeys = (snapshot: SnapshotRecord) => Object.entries(snapshot).filter(([key, value]) => key !== "members" && (typeof value !== "object" || value === null));

/** A table of the snapshot's metadata and members, with a verification badge per checked member. */
export function provenanceTable(snapshot: SnapshotRecord, verification?: Verification): HTMLElement {
  const root = document.createElement("div");
  root.className = "provenance table-scroll";
  const meta = document.createElement("table");
  for (const [key, value] of scalarKeys(snapshot)) meta.append(row([key, String(value)]));
  const members = document.createElement("table");
  members.append(row(["member", "rows", "SHA-256", "check"], "th"));
  for (const member of snapshot.members) {
    const badge = document.createElement("span");
    badge.className = "badge pending";
    badge.textContent = verification ? "…" : "";
    badge.dataset.member = member.name;
    const tr = row([member.name, member.rows === undefined ? "" : String(member.rows), member.sha256, ""]);
    tr.lastElementChild!.append(badge);
    members.append(tr);
  }
  verification?.then(
    (checks) => {
      for (const badge of members.querySelectorAll<HTMLElement>("span.badge")) {
        const check = checks[badge.dataset.member!];
        if (!check) {
          badge.textContent = "";
          continue;
        }
        badge.className = `badge ${check.ok ? "ok" : "fail"}`;
        badge.textContent = check.ok ? "verified" : `MISMATCH: browser read ${check.actual}`;
      }
    },
    (error: unknown) => {
      for (const badge of members.querySelectorAll<HTMLElement>("span.badge")) {
        badge.className = "badge fail";
        badge.textContent = `check failed: ${String(error)}`;
      }
    },
  );
  root.append(meta, members);
  return root;
}

function row(cells: string[], tag: "td" | "th" = "td"): HTMLTableRowElement {
  const tr = document.createElement("tr");
  for (const text of cells) {
    const cell = document.createElement(tag);
    cell.textContent = text;
    tr.append(cell);
  }
  return tr;
}
