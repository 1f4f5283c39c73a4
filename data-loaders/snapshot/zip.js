/**
 * A deterministic zip of the snapshot's members: members in the given order, every mtime
 * 1980-01-01 00:00 (the zip format's epoch, set in local time because zip stores local time),
 * Parquet stored (already compressed), JSON deflated at a fixed level.
 */
import { zipSync } from "fflate";
export function zipMembers(members) {
    const mtime = new Date(1980, 0, 1, 0, 0, 0);
    const files = {};
    for (const m of members) {
        if (m.name in files)
            throw new Error(`zip: duplicate member ${m.name}`);
        files[m.name] = [m.bytes, { level: m.name.endsWith(".parquet") ? 0 : 6, mtime, os: 3, attrs: 0o644 << 16 }];
    }
    return zipSync(files, { mtime, os: 3, attrs: 0o644 << 16 });
}
