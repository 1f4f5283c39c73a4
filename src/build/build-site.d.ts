/** The environment every Framework command runs with: no telemetry, local binaries (tsx) first. */
export declare function observableEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
/** Runs `observable <args>` from the project root; resolves to its exit code. */
export declare function runObservable(args: string[]): Promise<number>;
