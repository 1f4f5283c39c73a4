export declare const projectRoot: string;
export interface ParsedArgs {
    values: Map<string, string>;
    switches: Set<string>;
    positional: string[];
}
export declare function parseArgs(argv: string[], spec: {
    values: string[];
    switches: string[];
}): ParsedArgs;
export declare function archiveRoot(args: ParsedArgs, env?: NodeJS.ProcessEnv): string;
/** Runs a CLI's main; an error prints its message and exits 1 (or the error's `exitCode`). */
export declare function runCli(main: () => Promise<number>): void;
