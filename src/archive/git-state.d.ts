export interface GitState {
    commit: string;
    /** `git status --porcelain` lines; empty for a clean tree. */
    dirtyFiles: string[];
}
export declare function gitState(projectRoot: string): Promise<GitState>;
/** Writes `source.tar.gz` (the commit's tree, `git archive`) and `package-lock.json` into `dir`. */
export declare function writeSourceArchive(projectRoot: string, commit: string, dir: string): Promise<void>;
