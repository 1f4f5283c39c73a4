/**
 * A content-addressed disk cache of trained models. The monitoring of a later data cut needs the
 * models of the study's training month, and retraining them for every later month would multiply
 * the build's training time. Training is deterministic (seeded), so a cached artifact is the
 * artifact a fresh training would give: the key covers everything training reads, namely the
 * snapshot's bytes, the code of src/models/ and the estimator library, and package-lock.json (the
 * TF.js version). A clean clone starts with an empty cache; a change of any input misses it.
 *
 * Location: $TRIAL_MODEL_CACHE, default `.cache/models/` at the project root (git-ignored).
 * Writes are atomic (temporary file, then rename), so concurrent loaders never read half a file.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export function modelCacheDir() {
    return process.env.TRIAL_MODEL_CACHE ?? path.join(projectRoot, ".cache", "models");
}
let codeHash = null;
/** SHA-256 of the training code: src/models/*.ts, estimators/src/*.ts and package-lock.json. */
export function trainingCodeHash() {
    if (codeHash)
        return codeHash;
    const hash = createHash("sha256");
    for (const dir of ["src/models", "estimators/src"]) {
        for (const name of readdirSync(path.join(projectRoot, dir)).filter((f) => f.endsWith(".ts")).sort()) {
            hash.update(`${dir}/${name}\0`).update(readFileSync(path.join(projectRoot, dir, name))).update("\0");
        }
    }
    hash.update(readFileSync(path.join(projectRoot, "package-lock.json")));
    codeHash = hash.digest("hex");
    return codeHash;
}
/** The cache key of a study-month's models: its snapshot members' bytes and the training code. */
export function modelCacheKey(study, month, members) {
    const hash = createHash("sha256").update(`${study}\0${month}\0${trainingCodeHash()}\0`);
    for (const m of [...members].sort((a, b) => a.name.localeCompare(b.name)))
        hash.update(`${m.name}\0`).update(m.bytes).update("\0");
    return hash.digest("hex");
}
/** The cached value of `key`, or `compute()`'s, stored for next time. */
export async function cachedJson(key, compute) {
    const file = path.join(modelCacheDir(), `${key}.json`);
    try {
        return JSON.parse(readFileSync(file, "utf-8"));
    }
    catch (error) {
        if (error.code !== "ENOENT")
            throw new Error(`model cache ${file}: ${error.message} (delete the file to retrain)`);
    }
    const value = await compute();
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
    return value;
}
