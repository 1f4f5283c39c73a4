/**
 * The code being published: the commit, whether the working tree is clean, and a source archive
 * of that commit (`git archive`) with the lockfile.
 */
import { execFile } from "node:child_process";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
const run = promisify(execFile);
export async function gitState(projectRoot) {
    const { stdout: commit } = await run("git", ["rev-parse", "HEAD"], { cwd: projectRoot });
    const { stdout: status } = await run("git", ["status", "--porcelain", "--untracked-files=normal"], { cwd: projectRoot });
    return { commit: commit.trim(), dirtyFiles: status.split("\n").filter((l) => l.trim() !== "") };
}
/** Writes `source.tar.gz` (the commit's tree, `git archive`) and `package-lock.json` into `dir`. */
export async function writeSourceArchive(projectRoot, commit, dir) {
    await run("git", ["archive", "--format=tar.gz", `--prefix=source/`, "-o", path.join(dir, "source.tar.gz"), commit], { cwd: projectRoot });
    await copyFile(path.join(projectRoot, "package-lock.json"), path.join(dir, "package-lock.json"));
}
