/** SHA-256 of bytes as lowercase hex (what snapshot.json records and the page re-computes). */
import { createHash } from "node:crypto";
export function sha256Hex(bytes) {
    return createHash("sha256").update(bytes).digest("hex");
}
