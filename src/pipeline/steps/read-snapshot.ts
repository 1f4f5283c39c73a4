/** A snapshot artifact read back for the steps that use it: its members' bytes and snapshot.json. */
import { createHash } from "node:crypto";
import { readArtifact } from "../artifact-store.ts";
import type { SnapshotMembers } from "../../models/model-inputs.ts";

export async function readSnapshotArtifact(dir: string): Promise<SnapshotMembers> {
  const members = await readArtifact(dir);
  const json = members.find((m) => m.name === "snapshot.json");
  if (!json) throw new Error(`${dir}: the snapshot artifact has no snapshot.json`);
  return {
    members,
    record: JSON.parse(new TextDecoder().decode(json.bytes)) as SnapshotMembers["record"],
    snapshotSha: createHash("sha256").update(json.bytes).digest("hex"),
  };
}
