/**
 * The snapshot tables the prediction models read, in the snapshot's conventions (schema.ts): ISO
 * `YYYY-MM-DD` dates, 0/1 for booleans, null for missing. Read back from the snapshot's own Parquet
 * members, so the models see exactly the bytes the pages see, whatever the study's source.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { readParquet } from "../../data-loaders/readers/parquet.ts";
/** Reads subjects, visits and adverse_events from a snapshot's members. */
export async function tablesFromSnapshot(members, cutDate) {
    const dir = await mkdtemp(path.join(tmpdir(), "models-snapshot-"));
    try {
        const read = async (name) => {
            const member = members.find((m) => m.name === `${name}.parquet`);
            if (!member)
                throw new Error(`snapshot has no member ${name}.parquet (members: ${members.map((m) => m.name).join(", ")})`);
            const file = path.join(dir, member.name);
            await writeFile(file, member.bytes);
            return (await readParquet(file)).rows;
        };
        return { subjects: await read("subjects"), visits: await read("visits"), adverse_events: await read("adverse_events"), cutDate };
    }
    finally {
        await rm(dir, { recursive: true, force: true });
    }
}
