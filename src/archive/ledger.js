/**
 * The archive root's ledger (`ledger.jsonl`): one line per publication, appended and never
 * rewritten, recording where each manifest is and its SHA-256. It gives every study its hash
 * chain (the previous publication of a study is the study's last ledger line) and a second seal
 * of each manifest besides the folder's own `manifest.json.sha256`.
 */
import { appendFile, readFile } from "node:fs/promises";
import path from "node:path";
export const LEDGER_FILE = "ledger.jsonl";
export async function readLedger(root) {
    const file = path.join(root, LEDGER_FILE);
    let text;
    try {
        text = await readFile(file, "utf-8");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return [];
        throw error;
    }
    return text
        .split("\n")
        .filter((line) => line.trim() !== "")
        .map((line, i) => {
        try {
            return JSON.parse(line);
        }
        catch (error) {
            throw new Error(`${file}: line ${i + 1} is not valid JSON (${error.message})`);
        }
    });
}
export async function appendLedger(root, entry) {
    await appendFile(path.join(root, LEDGER_FILE), `${JSON.stringify(entry)}\n`);
}
/** The study's entries in publication order. */
export function studyEntries(ledger, study) {
    return ledger.filter((e) => e.study === study).sort((a, b) => a.sequence - b.sequence);
}
/** The folder name of a publication: `2026-02` for revision 0, `2026-02-r2` for revision 2. */
export function folderName(month, revision) {
    return revision === 0 ? month : `${month}-r${revision}`;
}
