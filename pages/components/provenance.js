/**
 * Snapshot provenance: which files, which loader and which generator produced the numbers on a
 * page, and an in-browser check that the Parquet bytes the page read are the bytes the loader
 * recorded (SHA-256 via the Web Crypto API; nothing is sent anywhere).
 */
export async function sha256Hex(buffer) {
    const digest = await crypto.subtle.digest("SHA-256", buffer);
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
/** Recompute the SHA-256 of each attached member and compare it with the snapshot record. */
export async function verifySnapshotHashes(snapshot, files) {
    const result = {};
    for (const [table, file] of Object.entries(files)) {
        const member = snapshot.members.find((m) => m.name === `${table}.parquet`);
        if (!member)
            throw new Error(`snapshot.json has no member "${table}.parquet"`);
        const actual = await sha256Hex(await file.arrayBuffer());
        result[member.name] = { expected: member.sha256, actual, ok: actual === member.sha256 };
    }
    return result;
}
const scalarKeys = (snapshot) => Object.entries(snapshot).filter(([key, value]) => key !== "members" && (typeof value !== "object" || value === null));
/** A table of the snapshot's metadata and members, with a verification badge per checked member. */
export function provenanceTable(snapshot, verification) {
    const root = document.createElement("div");
    root.className = "provenance table-scroll";
    const meta = document.createElement("table");
    for (const [key, value] of scalarKeys(snapshot))
        meta.append(row([key, String(value)]));
    const members = document.createElement("table");
    members.append(row(["member", "rows", "SHA-256", "check"], "th"));
    for (const member of snapshot.members) {
        const badge = document.createElement("span");
        badge.className = "badge pending";
        badge.textContent = verification ? "…" : "";
        badge.dataset.member = member.name;
        const tr = row([member.name, member.rows === undefined ? "" : String(member.rows), member.sha256, ""]);
        tr.lastElementChild.append(badge);
        members.append(tr);
    }
    verification?.then((checks) => {
        for (const badge of members.querySelectorAll("span.badge")) {
            const check = checks[badge.dataset.member];
            if (!check) {
                badge.textContent = "";
                continue;
            }
            badge.className = `badge ${check.ok ? "ok" : "fail"}`;
            badge.textContent = check.ok ? "verified" : `MISMATCH: browser read ${check.actual}`;
        }
    }, (error) => {
        for (const badge of members.querySelectorAll("span.badge")) {
            badge.className = "badge fail";
            badge.textContent = `check failed: ${String(error)}`;
        }
    });
    root.append(meta, members);
    return root;
}
function row(cells, tag = "td") {
    const tr = document.createElement("tr");
    for (const text of cells) {
        const cell = document.createElement(tag);
        cell.textContent = text;
        tr.append(cell);
    }
    return tr;
}
